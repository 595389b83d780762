import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { idOf } from "../../stripe/expandable";
import { recomputeEntitlements } from "../entitlements/recompute";
import { type EventType, recordEvent, sameObject } from "../events/record";
import { mirrorCancellationDetails } from "./cancellation-details";
import { MRR_EXPAND, monthlyAmounts } from "./mrr";
import { subscriptionObject } from "./subscription-list";
import type { SubscriptionRow } from "./subscription-objects";
import { mirrorUpcomingChanges } from "./upcoming-changes";

/**
 * What a subscription is read with before mirrorSubscription: its schedule, whose next phase is the
 * scheduled change; its latest invoice, whose failure time on a test clock is when it fell behind;
 * and what its MRR needs.
 */
export const MIRROR_EXPAND = ["schedule", "latest_invoice", ...MRR_EXPAND];

const FELL_BEHIND = new Set(["past_due", "unpaid"]);

const at = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);

/**
 * When a subscription on a test clock fell behind, in Stripe's time: its latest invoice's attempt
 * (finalized and charged at the clock's time), else the clock's last known time. Null for a
 * subscription on real time, which fell behind now (when BillingOS learned it).
 */
async function clockedFailureTime(tx: TransactionSql, subscription: Stripe.Subscription): Promise<Date | null> {
  if (!subscription.test_clock) return null;
  const invoice = subscription.latest_invoice;
  if (invoice && typeof invoice !== "string") {
    const attempted = at(invoice.status_transitions?.finalized_at) ?? at(invoice.created);
    if (attempted) return attempted;
  }
  const [clock] = await tx<{ frozen_time: Date }[]>`select frozen_time from test_clock_times where id = ${idOf(subscription.test_clock)}`;
  return clock?.frozen_time ?? null;
}

/**
 * Writes Stripe's current view of a subscription and appends a history row when its status,
 * plan, quantity, MRR or plan MRR (mrr.ts) changed — so replays and late events add nothing. `past_due_since` keeps
 * the moment it first fell behind (the grace period counts from there) until it is paid up; on a
 * test clock that moment is the clock's (see clockedFailureTime), as the grace check's "now" is.
 */
export async function mirrorSubscription(tx: TransactionSql, subscription: Stripe.Subscription, cause: string): Promise<void> {
  const item = subscription.items.data[0];
  const monthly = monthlyAmounts(subscription);
  const stripeCustomer = idOf(subscription.customer);
  const values = {
    status: subscription.status,
    stripe_customer_id: stripeCustomer,
    stripe_price_id: item?.price.id ?? null,
    quantity: item?.quantity ?? 1,
    currency: subscription.currency,
    mrr_amount: monthly.mrr,
    plan_mrr_amount: monthly.plan,
    current_period_start: at(item?.current_period_start),
    current_period_end: at(item?.current_period_end),
    cancel_at_period_end: subscription.cancel_at_period_end,
    canceled_at: at(subscription.canceled_at),
    trial_end: at(subscription.trial_end),
    paused: subscription.pause_collection !== null || subscription.status === "paused",
  };
  // One mirror of a subscription at a time, even before its row exists (a row lock needs the row):
  // the next one then reads what the previous committed.
  await tx`select pg_advisory_xact_lock(hashtextextended(${subscription.id}, 0))`;
  const [previous] = await tx<
    { status: string; stripe_price_id: string | null; quantity: number; mrr_amount: string; plan_mrr_amount: string | null }[]
  >`
    select status, stripe_price_id, quantity, mrr_amount, plan_mrr_amount from subscriptions where id = ${subscription.id} for update`;
  // Stripe never returns a subscription to `incomplete`: such a snapshot was read before the one we
  // stored (handlers read Stripe before their transaction, so two can commit in the other order).
  if (previous && previous.status !== "incomplete" && values.status === "incomplete") return;
  const before = previous ? await currentObject(tx, subscription.id) : undefined;
  const fellBehindAt = FELL_BEHIND.has(values.status) ? await clockedFailureTime(tx, subscription) : null;
  await tx`
    insert into subscriptions (id, org_id, livemode, stripe_customer_id, status, stripe_price_id, quantity, currency, mrr_amount, plan_mrr_amount,
      current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end, paused, created, past_due_since, test_clock)
    values (${subscription.id}, tenant.org_id(), ${subscription.livemode}, ${values.stripe_customer_id}, ${values.status}, ${values.stripe_price_id},
      ${values.quantity}, ${values.currency}, ${values.mrr_amount}, ${values.plan_mrr_amount}, ${values.current_period_start}, ${values.current_period_end},
      ${values.cancel_at_period_end}, ${values.canceled_at}, ${values.trial_end}, ${values.paused}, ${at(subscription.created)},
      case when ${values.status} in ('past_due', 'unpaid') then coalesce(${fellBehindAt}::timestamptz, now()) end,
      ${subscription.test_clock ? idOf(subscription.test_clock) : null})
    on conflict (id) do update set status = excluded.status, stripe_price_id = excluded.stripe_price_id, quantity = excluded.quantity,
      past_due_since = case when excluded.status in ('past_due', 'unpaid') then coalesce(subscriptions.past_due_since, excluded.past_due_since) end,
      currency = excluded.currency, mrr_amount = excluded.mrr_amount, plan_mrr_amount = excluded.plan_mrr_amount, current_period_start = excluded.current_period_start,
      current_period_end = excluded.current_period_end, cancel_at_period_end = excluded.cancel_at_period_end,
      canceled_at = excluded.canceled_at, trial_end = excluded.trial_end, paused = excluded.paused, test_clock = excluded.test_clock, updated = now()`;
  await tx`update subscriptions s set customer_id = c.id from customers c
           where s.id = ${subscription.id} and s.customer_id is null and c.stripe_customer_id = s.stripe_customer_id`;
  const [linked] = await tx<{ customer_id: string | null }[]>`select customer_id from subscriptions where id = ${subscription.id}`;
  await mirrorCancellationDetails(tx, subscription);
  await mirrorUpcomingChanges(tx, subscription);
  // Every change of a subscription reaches its customer's entitlements in this same transaction.
  if (linked?.customer_id) await recomputeEntitlements(tx, linked.customer_id);
  const changed =
    !previous ||
    previous.status !== values.status ||
    previous.stripe_price_id !== values.stripe_price_id ||
    previous.quantity !== values.quantity ||
    Number(previous.mrr_amount) !== values.mrr_amount ||
    previous.plan_mrr_amount === null ||
    Number(previous.plan_mrr_amount) !== values.plan_mrr_amount;
  // Back to active from past_due or unpaid: a failed payment was recovered (the recovery-rate metric reads this cause).
  const recovered = previous !== undefined && FELL_BEHIND.has(previous.status) && values.status === "active";
  await recordSubscriptionEvent(tx, subscription.id, before, cause);
  if (changed) {
    await tx`insert into subscription_history (org_id, livemode, subscription_id, status, stripe_price_id, quantity, mrr_amount, plan_mrr_amount, currency, cause)
             values (tenant.org_id(), ${subscription.livemode}, ${subscription.id}, ${values.status}, ${values.stripe_price_id}, ${values.quantity},
                     ${values.mrr_amount}, ${values.plan_mrr_amount}, ${values.currency}, ${recovered ? "payment_recovered" : cause})`;
  }
}

const currentObject = async (tx: TransactionSql, id: string) => {
  const [row] = await tx<SubscriptionRow[]>`select * from subscriptions where id = ${id}`;
  return row ? subscriptionObject(tx, row) : undefined;
};

type SubscriptionObject = NonNullable<Awaited<ReturnType<typeof currentObject>>>;

/**
 * One event per change of the mirror, named by what changed most: a new subscription, its end, a
 * fall behind on payment, a pause or resume, another plan, or any other field. Stripe's
 * `trial_will_end` notice is passed on as it comes (its duplicates never reach here: receive.ts
 * claims each Stripe event once). Re-applying a state the mirror holds emits nothing.
 */
async function recordSubscriptionEvent(tx: TransactionSql, id: string, before: SubscriptionObject | undefined, cause: string) {
  const after = await currentObject(tx, id);
  if (!after) return;
  if (cause === "customer.subscription.trial_will_end") await recordEvent(tx, "subscription.trial_will_end", after);
  if (before && sameObject(before, after)) return;
  await recordEvent(tx, subscriptionEventType(before, after), after);
}

function subscriptionEventType(before: SubscriptionObject | undefined, after: SubscriptionObject): EventType {
  if (!before) return "subscription.created";
  if (after.status !== before.status && after.status === "canceled") return "subscription.canceled";
  if (after.status !== before.status && after.status === "past_due") return "subscription.past_due";
  if (after.paused !== before.paused) return after.paused ? "subscription.paused" : "subscription.resumed";
  if (after.stripe_price_id !== before.stripe_price_id) return "subscription.plan_changed";
  return "subscription.updated";
}
