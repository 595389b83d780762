import { z } from "@hono/zod-openapi";
import { STRIPE_REFUSALS } from "../../app/error-codes";
import { IdParam, jsonBody } from "../../app/schemas";
import { defineRoute, forMerchantOrCustomer } from "../../auth/access";
import { InvoiceSchema } from "../subscriptions/billing-lists.routes";

const tags = ["Billing"];
const invoice = {
  200: { description: "The invoice, with hosted and PDF links.", content: { "application/json": { schema: InvoiceSchema } } },
};

export const retrieveInvoice = defineRoute({
  method: "get",
  path: "/v1/invoices/{id}",
  tags,
  summary: "Retrieve an invoice with its hosted page and PDF (a customer session only its own)",
  access: forMerchantOrCustomer("subscriptions:read"),
  // The billing context needs the connected account before it reads anything.
  errors: ["stripe_account_missing"],
  request: { params: IdParam },
  responses: invoice,
});

export const payInvoice = defineRoute({
  method: "post",
  path: "/v1/invoices/{id}/pay",
  tags,
  summary: "Pay an open invoice again with one of the customer's cards",
  access: forMerchantOrCustomer("subscriptions:write"),
  errors: ["invoice_not_open", ...STRIPE_REFUSALS],
  request: {
    params: IdParam,
    body: jsonBody(z.strictObject({ payment_method: z.string().max(100).describe("A card of the invoice's customer.") })),
  },
  responses: invoice,
});
