import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchantOrCustomer } from "../../auth/access";
import { STRIPE_REFUSALS } from "../../shared/error-codes";
import { CurrencyExponent } from "../../shared/money";
import { IdParam, jsonBody, listSchema, Timestamp } from "../../shared/schemas";
import { ByCustomer } from "../subscriptions/subscriptions.routes";

const tags = ["Billing"];

export const InvoiceSchema = z
  .object({
    id: z.string(),
    object: z.literal("invoice"),
    livemode: z.boolean(),
    subscription: z.string().nullable(),
    status: z.string(),
    currency: z.string(),
    currency_exponent: CurrencyExponent,
    amount_due: z.number().int(),
    amount_paid: z.number().int(),
    hosted_invoice_url: z.string().nullable(),
    invoice_pdf: z.string().nullable(),
    created: Timestamp,
    updated: Timestamp.describe("Unix time of the last change (events are not delivered in order: compare this)."),
  })
  .openapi("Invoice");

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

export const listInvoices = defineRoute({
  method: "get",
  path: "/v1/invoices",
  tags,
  summary: "List invoices, newest first, with hosted and PDF links",
  access: forMerchantOrCustomer("subscriptions:read"),
  request: { query: ByCustomer },
  responses: { 200: { description: "Invoices.", content: { "application/json": { schema: listSchema(InvoiceSchema, "InvoiceList") } } } },
});
