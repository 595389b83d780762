import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchantOrCustomer } from "../../auth/access";
import { SUBSCRIPTION_STATUSES } from "../../domain/subscriptions/subscription-filters";
import { SUBSCRIPTION_SORTS } from "../../domain/subscriptions/subscription-list";
import { CurrencyExponent } from "../../shared/money";
import { listSchema, PageQuerySchema, Timestamp, UnixTimeQuery } from "../../shared/schemas";

const tags = ["Billing"];
/** A list query that may name one customer (shared by the subscription and invoice lists). */
export const ByCustomer = PageQuerySchema.extend({
  customer: z.string().max(100).optional().describe("Only this customer's (a customer session always sees only its own)."),
});

/** Narrowing by plan (shared by the subscription and customer lists); `who` names what is listed. */
export const planFilters = (who: string) => ({
  product: z
    .string()
    .max(100)
    .regex(/^prod_[A-Za-z0-9]+$/, "must be a product id (prod_…)")
    .optional()
    .describe(`Only ${who} billing one of this product's prices (any version).`)
    .openapi({ example: "prod_pro" }),
  price: z
    .string()
    .max(100)
    .regex(/^price_[A-Za-z0-9]+$/, "must be a price id (price_…)")
    .optional()
    .describe(`Only ${who} billing this price.`)
    .openapi({ example: "price_pro_monthly" }),
});

export const SortOrder = z.enum(["asc", "desc"]);

export const SubscriptionStatus = z.enum(SUBSCRIPTION_STATUSES);

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
  summary: "List subscriptions (mirrored from Stripe): filter by status, plan, renewal date and customer; sort by creation or renewal",
  access: forMerchantOrCustomer("subscriptions:read"),
  description:
    "Cursor pagination (`starting_after`/`ending_before` take a subscription id) follows the chosen `sort`: keep the same `sort`, `order` and filters while paging.",
  request: {
    query: ByCustomer.extend({
      status: SubscriptionStatus.optional(),
      ...planFilters("subscriptions"),
      "current_period_end[gte]": UnixTimeQuery.optional().describe("Renews (the current period ends) at or after this Unix time."),
      "current_period_end[lte]": UnixTimeQuery.optional().describe("Renews at or before this Unix time."),
      sort: z
        .enum(SUBSCRIPTION_SORTS)
        .optional()
        .describe("created (default) or current_period_end (renewal; subscriptions without a period come last)."),
      order: SortOrder.optional().describe(
        "desc by default for created, asc (soonest first) for current_period_end. Ties are ordered by id.",
      ),
    }),
  },
  responses: {
    200: { description: "Subscriptions.", content: { "application/json": { schema: listSchema(SubscriptionSchema, "SubscriptionList") } } },
  },
});
