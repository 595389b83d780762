import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { InvalidRequestError, NotFoundError, PaymentDeclinedError } from "../../shared/errors";
import { idOf } from "../../stripe/expandable";
import { recordAudit } from "../audit";
import type { BillingContext } from "../billing-context";
import { inCustomerScope } from "../customer-scope";
import { mirrorInvoice } from "../invoices";
import { MRR_EXPAND } from "./mrr";
import type { DeclinedChange } from "./subscription-change-now";
import type { SubscriptionRow } from "./subscription-objects";
import { ENDED_SUBSCRIPTION_STATUSES } from "./subscription-objects";
import { mirrorSubscription } from "./subscriptions";

/** Stripe's cancellation_details.feedback values. */
export const CANCELLATION_REASONS = [
  "customer_service",
  "low_quality",
  "missing_features",
  "other",
  "switched_service",
  "too_complex",
  "too_expensive",
  "unused",
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

/** Our mirror of a subscription, if the caller may see it (a customer session only its own customer's). */
export async function visibleSubscription(tx: TransactionSql, billing: BillingContext, id: string): Promise<SubscriptionRow> {
  const [row] = await tx<SubscriptionRow[]>`select * from subscriptions where id = ${id}`;
  if (!row || !inCustomerScope(billing.pinnedCustomer, row.customer_id))
    throw new NotFoundError(`No such subscription: '${id}'.`, "resource_missing", "id");
  return row;
}

/** Stripe's current state of a subscription, once the caller may see it (see visibleSubscription). */
export async function currentSubscription(billing: BillingContext, id: string): Promise<Stripe.Subscription> {
  await billing.inTenant((tx) => visibleSubscription(tx, billing, id));
  return billing.stripe.subscriptions.retrieve(id, {}, billing.on);
}

/**
 * Runs one change on a subscription: checks the caller may see it, reads Stripe's current state,
 * lets `act` refuse (400) or change it on Stripe, then mirrors Stripe's result (with its latest
 * invoice and its schedule) and records the action in the same transaction, so the answer and a
 * later GET agree. A payment `act` reports as `declined` is answered 402 once all that is saved.
 */
export async function actOnSubscription(
  billing: BillingContext,
  id: string,
  action: string,
  act: (current: Stripe.Subscription) => Promise<Record<string, unknown> & { declined?: DeclinedChange | null }>,
): Promise<SubscriptionRow> {
  const details = await act(await currentSubscription(billing, id));
  const result = await billing.stripe.subscriptions.retrieve(id, { expand: ["latest_invoice", "schedule", ...MRR_EXPAND] }, billing.on);
  const row = await billing.inTenant(async (tx) => {
    await mirrorSubscription(tx, result, `billingos.${action}`);
    // A change made now is invoiced at once: mirror that invoice too, so it can be shown and paid again.
    if (result.latest_invoice && typeof result.latest_invoice !== "string")
      await mirrorInvoice(tx, result.latest_invoice, `billingos.${action}`);
    await recordAudit(tx, billing.context, { action: `subscription.${action}`, target: { type: "subscription", id }, after: details });
    return visibleSubscription(tx, billing, id);
  });
  const declined = details.declined;
  if (declined)
    throw new PaymentDeclinedError(
      declined.code,
      `${declined.message} The subscription keeps its current plan; the change applies once invoice ${declined.invoice} is paid (POST /v1/invoices/${declined.invoice}/pay).`,
      "payment_method",
    );
  return row;
}

export function assertNotEnded(subscription: Stripe.Subscription): void {
  if (ENDED_SUBSCRIPTION_STATUSES.includes(subscription.status))
    throw new InvalidRequestError("subscription_canceled", `Subscription '${subscription.id}' has already ended.`, "id");
}

/** A subscription schedule (from a change at period end) must go before the subscription itself changes. */
export async function releaseSchedule(billing: BillingContext, subscription: Stripe.Subscription): Promise<void> {
  if (!subscription.schedule) return;
  await billing.stripe.subscriptionSchedules.release(idOf(subscription.schedule), {}, billing.on);
}

export function cancel(billing: BillingContext, input: { at_period_end: boolean; reason?: CancellationReason; comment?: string }) {
  return async (subscription: Stripe.Subscription) => {
    assertNotEnded(subscription);
    await releaseSchedule(billing, subscription);
    const cancellation_details = { feedback: input.reason ?? "", comment: input.comment ?? "" };
    if (input.at_period_end)
      await billing.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true, cancellation_details }, billing.on);
    else await billing.stripe.subscriptions.cancel(subscription.id, { cancellation_details }, billing.on);
    return { at_period_end: input.at_period_end, reason: input.reason ?? null };
  };
}

export function undoCancel(billing: BillingContext) {
  return async (subscription: Stripe.Subscription) => {
    assertNotEnded(subscription);
    if (!subscription.cancel_at_period_end && subscription.cancel_at === null)
      throw new InvalidRequestError("cancellation_not_scheduled", `Subscription '${subscription.id}' is not scheduled to cancel.`, "id");
    // A cancellation at period end is undone with its flag; one set for a date (e.g. in Stripe's dashboard) by clearing cancel_at.
    const undo = subscription.cancel_at_period_end ? { cancel_at_period_end: false } : { cancel_at: "" as const };
    await billing.stripe.subscriptions.update(
      subscription.id,
      { ...undo, cancellation_details: { feedback: "", comment: "" } },
      billing.on,
    );
    return { cancel_at_period_end: false };
  };
}

export function pause(billing: BillingContext, input: { resumes_at?: number }) {
  return async (subscription: Stripe.Subscription) => {
    assertNotEnded(subscription);
    if (subscription.pause_collection || subscription.status === "paused")
      throw new InvalidRequestError("subscription_paused", `Subscription '${subscription.id}' is already paused.`, "id");
    if (input.resumes_at !== undefined && input.resumes_at <= Math.floor(Date.now() / 1000))
      throw new InvalidRequestError("parameter_invalid", "resumes_at must be in the future.", "resumes_at");
    const pause_collection = { behavior: "void" as const, ...(input.resumes_at ? { resumes_at: input.resumes_at } : {}) };
    await billing.stripe.subscriptions.update(subscription.id, { pause_collection }, billing.on);
    return { pause_collection };
  };
}

export function resume(billing: BillingContext) {
  return async (subscription: Stripe.Subscription) => {
    assertNotEnded(subscription);
    if (subscription.status === "paused") await billing.stripe.subscriptions.resume(subscription.id, {}, billing.on);
    else if (subscription.pause_collection)
      await billing.stripe.subscriptions.update(subscription.id, { pause_collection: "" }, billing.on);
    else throw new InvalidRequestError("subscription_not_paused", `Subscription '${subscription.id}' is not paused.`, "id");
    return { paused: false };
  };
}
