import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchantOrCustomer } from "../../auth/access";
import { CANCELLATION_REASONS } from "../../domain/subscriptions/subscription-actions";
import { type ErrorCode, STRIPE_REFUSALS } from "../../shared/error-codes";
import { CurrencyExponent } from "../../shared/money";
import { IdParam, jsonBody, PlainText, Timestamp, UnixTime } from "../../shared/schemas";
import { SubscriptionSchema } from "./subscriptions.routes";

const tags = ["Billing"];
const subscription = {
  200: { description: "The subscription, as Stripe now has it.", content: { "application/json": { schema: SubscriptionSchema } } },
};

const Change = {
  price: z.string().max(100).optional().describe("A BillingOS price id: recurring, active, in the subscription's currency."),
  quantity: z.number().int().min(1).max(100_000).optional(),
  proration_date: UnixTime.optional().describe("Prorate as of this second (within the current period); use the preview's value."),
};

/** Every action calls Stripe on a subscription that must not have ended. */
const ACTION_ERRORS: ErrorCode[] = ["subscription_canceled", ...STRIPE_REFUSALS];
/** A plan or quantity change (and its preview) checks the new price and the subscription's single item. */
const CHANGE_ERRORS: ErrorCode[] = [
  ...ACTION_ERRORS,
  "subscription_items_unsupported",
  "nothing_to_change",
  "price_not_recurring",
  "price_inactive",
  "price_currency_mismatch",
  "price_not_synced",
];

/** A POST on one subscription answering with the subscription: the part every action shares. */
const onSubscription = (path: string, summary: string, errors: ErrorCode[] = ACTION_ERRORS) => ({
  method: "post" as const,
  path: `/v1/subscriptions/{id}/${path}`,
  tags,
  summary,
  access: forMerchantOrCustomer("subscriptions:write"),
  errors,
  responses: subscription,
});

const action = <T extends z.ZodTypeAny>(path: string, summary: string, body: T, errors?: ErrorCode[]) =>
  defineRoute({ ...onSubscription(path, summary, errors), request: { params: IdParam, body: jsonBody(body) } });

const bodiless = (path: string, summary: string, errors?: ErrorCode[]) =>
  defineRoute({ ...onSubscription(path, summary, errors), request: { params: IdParam } });

export const retrieveSubscription = defineRoute({
  method: "get",
  path: "/v1/subscriptions/{id}",
  tags,
  summary: "Retrieve a subscription (a customer session only its own)",
  access: forMerchantOrCustomer("subscriptions:read"),
  // The billing context needs the connected account before it reads anything.
  errors: ["stripe_account_missing"],
  request: { params: IdParam },
  responses: subscription,
});

const PreviewLine = z.object({
  description: z.string(),
  amount: z.number().int().describe("Minor units; negative for a credit."),
  proration: z.boolean(),
  period: z.object({ start: Timestamp, end: Timestamp }),
});

export const previewChange = defineRoute({
  method: "post",
  path: "/v1/subscriptions/{id}/preview_change",
  tags,
  summary: "Preview a plan or quantity change: what is charged now and the next invoice",
  access: forMerchantOrCustomer("subscriptions:write"),
  errors: CHANGE_ERRORS,
  request: { params: IdParam, body: jsonBody(z.strictObject(Change)) },
  responses: {
    200: {
      description: "The preview.",
      content: {
        "application/json": {
          schema: z
            .object({
              object: z.literal("subscription_change_preview"),
              currency: z.string(),
              currency_exponent: CurrencyExponent,
              proration_date: Timestamp,
              lines: z.array(PreviewLine),
              amount_due_now: z.number().int(),
              next_invoice_amount: z.number().int().nullable().describe("Null when the subscription is set to cancel."),
            })
            .openapi("SubscriptionChangePreview"),
        },
      },
    },
  },
});

export const changeSubscription = defineRoute({
  ...onSubscription("change", "Change plan or quantity now (prorated and charged at once) or at the end of the period"),
  description:
    "`now`: the difference is prorated, invoiced and charged at once, and the change applies only once that payment succeeds. " +
    "A declined payment is a 402: the subscription keeps its plan, `pending_change` names the open invoice, and paying it " +
    "(POST /v1/invoices/{id}/pay) applies the change; otherwise it lapses at `pending_change.expires_at`. " +
    "`period_end`: the subscription switches at renewal (`scheduled_change`).",
  errors: CHANGE_ERRORS,
  request: { params: IdParam, body: jsonBody(z.strictObject({ ...Change, timing: z.enum(["now", "period_end"]) })) },
});

export const cancelSubscription = action(
  "cancel",
  "Cancel now or at the end of the period, with a reason",
  z.strictObject({
    at_period_end: z.boolean(),
    reason: z.enum(CANCELLATION_REASONS).optional(),
    comment: PlainText(500).optional(),
  }),
);

export const undoCancel = bodiless("undo_cancel", "Undo a cancellation scheduled for the end of the period", [
  ...ACTION_ERRORS,
  "cancellation_not_scheduled",
]);

export const pauseSubscription = action(
  "pause",
  "Pause payment collection (invoices are voided) until resumed or resumes_at",
  z.strictObject({ resumes_at: UnixTime.positive().optional() }),
  [...ACTION_ERRORS, "subscription_paused"],
);

export const resumeSubscription = bodiless("resume", "Resume payment collection", [...ACTION_ERRORS, "subscription_not_paused"]);
