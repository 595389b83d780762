import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { withTenant } from "../../db/tenant";
import { pinnedCustomerOf } from "../../domain/customer-scope";
import { listSubscriptions } from "../../domain/subscriptions/subscription-list";
import * as routes from "./subscriptions.routes";

export const subscriptionsRouter: Router = createRouter().openapi(routes.listSubscriptions, async (c) => {
  const query = c.req.valid("query");
  // A customer session always lists its own customer's, whatever `customer` it names.
  const customer = pinnedCustomerOf(c.var.principal) ?? query.customer;
  const page = await withTenant(c.var.db(), requestContext(c).context.tenant, (tx) =>
    listSubscriptions(tx, customer, query, "/v1/subscriptions"),
  );
  return c.json(page, 200);
});
