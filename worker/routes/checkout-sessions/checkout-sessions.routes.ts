import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/access";
import { STRIPE_REFUSALS } from "../../shared/error-codes";
import { CurrencyExponent } from "../../shared/money";
import { IdParam, jsonBody, PlainText, Timestamp } from "../../shared/schemas";

const tags = ["Checkout"];
const buyers = ["secret_key", "restricted_key", "customer_session"] as Array<"secret_key" | "restricted_key" | "customer_session">;
const Amount = z.number().int().describe("Minor units of the session's currency.");

export const CheckoutSessionSchema = z
  .object({
    id: z.string(),
    object: z.literal("checkout_session"),
    livemode: z.boolean(),
    status: z.enum(["open", "complete", "expired"]),
    customer: z.string(),
    price: z.string(),
    quantity: z.number().int(),
    currency: z.string(),
    currency_exponent: CurrencyExponent,
    promotion_code: z.string().nullable(),
    intent: z.object({
      kind: z.enum(["payment_intent", "setup_intent", "none"]),
      client_secret: z
        .string()
        .nullable()
        .describe("Confirm it with Stripe.js (Payment Element) in the page; null once the session is no longer open."),
    }),
    stripe: z
      .object({
        publishable_key: z.string().nullable().describe("The platform's publishable key for this mode (null if not configured)."),
        account: z.string().describe("The merchant's connected account the intent lives on."),
      })
      .describe("What Stripe.js needs: `Stripe(publishable_key, { stripeAccount: account })`."),
    subscription: z.string().nullable().describe("The Stripe subscription (recurring prices)."),
    payment_intent: z.string().nullable().describe("The Stripe PaymentIntent the customer confirms, when there is one."),
    summary: z
      .object({
        line_items: z.array(z.object({ description: z.string(), quantity: z.number().int(), unit_amount: Amount, amount: Amount })),
        subtotal: Amount,
        discount: Amount,
        total_due_now: Amount,
        recurring: z
          .object({
            amount: Amount.describe("List amount per period, before discounts."),
            interval: z.string(),
            interval_count: z.number().int(),
          })
          .nullable(),
        trial_end: Timestamp.nullable(),
      })
      .nullable()
      .describe("What the customer pays, taken from Stripe's invoice (or the PaymentIntent's amount), so it equals the charge."),
    expires_at: Timestamp,
    created: Timestamp,
  })
  .openapi("CheckoutSession");

export const CreateCheckoutSessionSchema = z.strictObject({
  customer: z
    .string()
    .max(100)
    .optional()
    .describe("Required with a secret key; a customer session buys for its own customer.")
    .openapi({ example: "cus_demoAda" }),
  price: z.string().max(100).openapi({ example: "price_demoProMonthly" }),
  quantity: z.number().int().min(1).max(10_000).default(1),
  currency: z
    .string()
    .regex(/^[a-z]{3}$/, "a three-letter ISO 4217 code in lower case")
    .optional()
    .describe("One of the price's currencies; default the price's own.")
    .openapi({ example: "usd" }),
  promotion_code: PlainText(100).optional().describe("The code the customer typed (e.g. SPRING25).").openapi({ example: "SPRING25" }),
});

export const createCheckoutSession = defineRoute({
  method: "post",
  path: "/v1/checkout_sessions",
  tags,
  summary: "Start a checkout in the page: returns the client secret to confirm with Stripe.js",
  access: { principals: buyers, permission: "subscriptions:write", scope: "org" },
  errors: [
    "already_subscribed",
    "promotion_code_invalid",
    "price_inactive",
    "price_not_synced",
    "currency_not_available",
    "amount_too_large",
    "account_not_ready",
    "customer_not_synced",
    ...STRIPE_REFUSALS,
  ],
  request: { body: jsonBody(CreateCheckoutSessionSchema) },
  responses: {
    201: {
      description: "The session (an identical open one on a double submit).",
      content: { "application/json": { schema: CheckoutSessionSchema } },
    },
  },
});

export const getCheckoutSession = defineRoute({
  method: "get",
  path: "/v1/checkout_sessions/{id}",
  tags,
  summary: "Retrieve a checkout session, its status refreshed from Stripe",
  access: { principals: buyers, permission: "subscriptions:read", scope: "org" },
  errors: [...STRIPE_REFUSALS],
  request: { params: IdParam },
  responses: { 200: { description: "The session.", content: { "application/json": { schema: CheckoutSessionSchema } } } },
});
