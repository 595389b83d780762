import { createRouter, type Router } from "../../app/router";
import { billingContext } from "../../domain/billing-context";
import { payInvoice, visibleInvoice } from "../../domain/invoice-payment";
import { serializeInvoice } from "../subscriptions/subscriptions.index";
import * as routes from "./invoices.routes";

export const invoicesRouter: Router = createRouter()
  .openapi(routes.retrieveInvoice, async (c) => {
    const billing = await billingContext(c);
    const row = await billing.inTenant((tx) => visibleInvoice(tx, billing, c.req.valid("param").id));
    return c.json(serializeInvoice(row), 200);
  })
  .openapi(routes.payInvoice, async (c) => {
    const billing = await billingContext(c);
    const row = await payInvoice(billing, c.req.valid("param").id, c.req.valid("json").payment_method);
    return c.json(serializeInvoice(row), 200);
  });
