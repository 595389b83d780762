import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { withTenant } from "../../db/tenant";
import { listRefunds, serializeRefund } from "../../domain/refunds/refund-list";
import { createRefund } from "../../domain/refunds/refunds";
import * as routes from "./refunds.routes";

export const refundsRouter: Router = createRouter()
  .openapi(routes.createRefund, async (c) => {
    const billing = await requestContext(c).billing();
    return c.json(serializeRefund(await createRefund(billing, c.req.valid("json"))), 201);
  })
  .openapi(routes.listRefunds, async (c) => {
    const query = c.req.valid("query");
    const page = await withTenant(c.var.db(), requestContext(c).context.tenant, (tx) => listRefunds(tx, query, "/v1/refunds"));
    return c.json(page, 200);
  });
