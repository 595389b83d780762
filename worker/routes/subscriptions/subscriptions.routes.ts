import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchantOrCustomer } from "../../auth/access";
import { CurrencyExponent } from "../../shared/money";
import { listSchema, PageQuerySchema, Timestamp } from "../../shared/schemas";

const tags = ["Billing"];
/** A list query that may name one customer (shared by the subscription and invoice lists). */
export const ByCustomer = PageQuerySchema.extend({
  customer: z.string().max(100).optional().describe("Only this customer's (a customer session always sees only its own)."),
});

export const SubscriptionSchema = z
  .object({
    id: z.string(),
    object: z.literal("subscription"),
    livemode: z.boolean(),
    customer: z.string().nullable(),
    status: z.string(),
    entitled: z
      .boolean()
      .describe("Whether the customer gets the plan's entitlements now: active, trialing, or past_due within the grace period."),
    past_due_since: Timestamp.nullable().describe("When the subscription fell behind on payments; null while it is paid up."),
    access_ends_at: Timestamp.nullable().describe("While past_due: when the grace period ends and entitlements stop."),
    price: z.string().nullable().describe("Our price the subscription bills (null if the Stripe price is not one of ours)."),
    product: z.string().nullable(),
    product_version: z.number().int().nullable().describe("The product version the subscriber is on (that price's version)."),
    stripe_price_id: z.string().nullable(),
    quantity: z.number().int(),
    currency: z.string(),
    currency_exponent: CurrencyExponent,
    mrr_amount: z.number().int().describe("Monthly recurring revenue in minor units."),
    current_period_end: Timestamp.nullable(),
    cancel_at_period_end: z.boolean(),
    trial_end: Timestamp.nullable(),
    paused: z.boolean(),
    cancellation_reason: z.string().nullable().describe("Stripe's cancellation_details.feedback, once canceled or set to cancel."),
    cancellation_comment: z.string().nullable(),
    scheduled_change: z
      .object({
        price: z.string().nullable().describe("Our price it switches to (null if the Stripe price is not one of ours)."),
        stripe_price_id: z.string(),
        quantity: z.number().int(),
        effective_at: Timestamp.nullable().describe("When it takes effect: the end of the current period."),
      })
      .nullable()
      .describe("A change made for the end of the period (POST /v1/subscriptions/{id}/change with timing period_end); null if none."),
    pending_change: z
      .object({
        price: z.string().nullable().describe("Our price it moves to (null if the Stripe price is not one of ours)."),
        stripe_price_id: z.string(),
        quantity: z.number().int(),
        invoice: z.string().nullable().describe("The open invoice whose payment applies the change (POST /v1/invoices/{id}/pay)."),
        expires_at: Timestamp.nullable().describe(
          "When the change lapses unpaid and its invoice is voided (at most 23 hours after it was made).",
        ),
      })
      .nullable()
      .describe(
        "A change made now whose payment was declined: the subscription keeps its current plan until `invoice` is paid; null if none.",
      ),
    created: Timestamp,
    updated: Timestamp.describe("Unix time of the last change (events are not delivered in order: compare this)."),
  })
  .openapi("Subscription");

export const listSubscriptions = defineRoute({
  method: "get",
  path: "/v1/subscriptions",
  tags,
  summary: "List subscriptions, newest first (mirrored from Stripe)",
  access: forMerchantOrCustomer("subscriptions:read"),
  request: { query: ByCustomer },
  responses: {
    200: { description: "Subscriptions.", content: { "application/json": { schema: listSchema(SubscriptionSchema, "SubscriptionList") } } },
  },
});
