import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import { REFUND_REASONS } from "../../domain/refunds/refunds";
import { STRIPE_REFUSALS } from "../../shared/error-codes";
import { CurrencyExponent } from "../../shared/money";
import { jsonBody, listSchema, PageQuerySchema, Timestamp } from "../../shared/schemas";

const tags = ["Billing"];

export const RefundSchema = z
  .object({
    id: z.string(),
    object: z.literal("refund"),
    livemode: z.boolean(),
    amount: z.number().int(),
    currency: z.string(),
    currency_exponent: CurrencyExponent,
    charge: z.string(),
    invoice: z.string().nullable(),
    payment_intent: z.string().nullable(),
    reason: z.string().nullable(),
    status: z.string(),
    created: Timestamp,
  })
  .openapi("Refund");

export const createRefund = defineRoute({
  method: "post",
  path: "/v1/refunds",
  tags,
  summary: "Refund all or part of a paid invoice or one-time payment; BillingOS returns its fee in proportion",
  access: forMerchant("subscriptions:write"),
  errors: [
    "invoice_not_paid",
    "charge_already_refunded",
    "amount_too_large",
    "charge_not_found",
    "refund_refused",
    "refund_not_recorded",
    ...STRIPE_REFUSALS,
  ],
  request: {
    body: jsonBody(
      z.strictObject({
        invoice: z.string().max(100).optional().describe("The paid invoice to refund (or payment_intent)."),
        payment_intent: z.string().max(100).optional().describe("The one-time payment to refund (or invoice)."),
        amount: z
          .number()
          .int()
          .positive()
          .max(Number.MAX_SAFE_INTEGER)
          .optional()
          .describe("Minor units; default: everything not refunded yet."),
        reason: z.enum(REFUND_REASONS).optional(),
      }),
    ),
  },
  responses: { 201: { description: "Refunded.", content: { "application/json": { schema: RefundSchema } } } },
});

export const listRefunds = defineRoute({
  method: "get",
  path: "/v1/refunds",
  tags,
  summary: "List refunds, newest first (made here or in Stripe's dashboard)",
  access: forMerchant("subscriptions:read"),
  request: { query: PageQuerySchema },
  responses: { 200: { description: "Refunds.", content: { "application/json": { schema: listSchema(RefundSchema, "RefundList") } } } },
});
