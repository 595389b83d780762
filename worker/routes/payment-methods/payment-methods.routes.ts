import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchantOrCustomer } from "../../auth/access";
import { STRIPE_REFUSALS } from "../../shared/error-codes";
import { IdParam, listSchema, PageQuerySchema } from "../../shared/schemas";

const tags = ["Billing"];

export const PaymentMethodSchema = z
  .object({
    id: z.string(),
    object: z.literal("payment_method"),
    brand: z.string().nullable(),
    last4: z.string().nullable(),
    exp_month: z.number().int().nullable(),
    exp_year: z.number().int().nullable(),
    default: z.boolean().describe("Whether it pays the customer's invoices by default."),
  })
  .openapi("PaymentMethod");

const MethodParams = IdParam.extend({
  pm: z
    .string()
    .max(100)
    .openapi({ param: { name: "pm", in: "path" } }),
});

export const listPaymentMethods = defineRoute({
  method: "get",
  path: "/v1/customers/{id}/payment_methods",
  tags,
  summary: "List a customer's cards (brand, last 4 digits, expiry, default)",
  access: forMerchantOrCustomer("subscriptions:read"),
  errors: [...STRIPE_REFUSALS],
  request: { params: IdParam, query: PageQuerySchema },
  responses: {
    200: { description: "Cards.", content: { "application/json": { schema: listSchema(PaymentMethodSchema, "PaymentMethodList") } } },
  },
});

export const createSetupIntent = defineRoute({
  method: "post",
  path: "/v1/customers/{id}/setup_intents",
  tags,
  summary: "Start adding a card: a SetupIntent client secret for Stripe.js",
  access: forMerchantOrCustomer("subscriptions:write"),
  errors: [...STRIPE_REFUSALS],
  request: { params: IdParam },
  responses: {
    201: {
      description: "Confirm it with Stripe.js (confirmSetup); the card is then attached to the customer.",
      content: {
        "application/json": {
          schema: z
            .object({
              object: z.literal("setup_intent"),
              client_secret: z.string(),
              stripe: z
                .object({
                  publishable_key: z.string().nullable().describe("The platform's publishable key for this mode (null if not configured)."),
                  account: z.string().describe("The merchant's connected account the SetupIntent lives on."),
                })
                .describe("What Stripe.js needs to confirm it in the page: `Stripe(publishable_key, { stripeAccount: account })`."),
            })
            .openapi("SetupIntentSecret"),
        },
      },
    },
  },
});

export const setDefaultPaymentMethod = defineRoute({
  method: "post",
  path: "/v1/customers/{id}/payment_methods/{pm}/default",
  tags,
  summary: "Make a card the default for the customer's invoices and active subscriptions",
  access: forMerchantOrCustomer("subscriptions:write"),
  errors: [...STRIPE_REFUSALS],
  request: { params: MethodParams },
  responses: { 200: { description: "The new default.", content: { "application/json": { schema: PaymentMethodSchema } } } },
});

export const removePaymentMethod = defineRoute({
  method: "delete",
  path: "/v1/customers/{id}/payment_methods/{pm}",
  tags,
  summary: "Remove (detach) a card",
  access: forMerchantOrCustomer("subscriptions:write"),
  errors: [...STRIPE_REFUSALS],
  request: { params: MethodParams },
  responses: {
    200: {
      description: "Removed.",
      content: {
        "application/json": {
          schema: z
            .object({ id: z.string(), object: z.literal("payment_method"), deleted: z.literal(true) })
            .openapi("DeletedPaymentMethod"),
        },
      },
    },
  },
});
