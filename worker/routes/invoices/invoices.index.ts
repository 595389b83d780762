import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { withTenant } from "../../db/tenant";
import { pinnedCustomerOf } from "../../domain/customer-scope";
import { listInvoices, serializeInvoice } from "../../domain/invoice-objects";
import { payInvoice, visibleInvoice } from "../../domain/invoice-payment";
import * as routes from "./invoices.routes";

export const invoicesRouter: Router = createRouter()
  .openapi(routes.listInvoices, async (c) => {
    const query = c.req.valid("query");
    // A customer session always lists its own customer's, whatever `customer` it names.
    const customer = pinnedCustomerOf(c.var.principal) ?? query.customer;
    const page = await withTenant(c.var.db(), requestContext(c).context.tenant, (tx) => listInvoices(tx, customer, query, "/v1/invoices"));
    return c.json(page, 200);
  })
  .openapi(routes.retrieveInvoice, async (c) => {
    const billing = await requestContext(c).billing();
    const row = await billing.inTenant((tx) => visibleInvoice(tx, billing, c.req.valid("param").id));
    return c.json(serializeInvoice(row), 200);
  })
  .openapi(routes.payInvoice, async (c) => {
    const billing = await requestContext(c).billing();
    const row = await payInvoice(billing, c.req.valid("param").id, c.req.valid("json").payment_method);
    return c.json(serializeInvoice(row), 200);
  });
