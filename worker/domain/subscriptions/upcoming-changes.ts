import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { idOf } from "../../stripe/expandable";

/** The price and quantity a subscription moves to, and when. */
export interface UpcomingTerms {
  stripePriceId: string;
  quantity: number;
  at: number;
}

/**
 * What the subscription's schedule switches to next: the phase after the current one (or the first,
 * before it starts). Null without a schedule or a next phase; undefined when `schedule` was not
 * expanded, so the caller keeps what it knew.
 */
export function scheduledTerms(subscription: Stripe.Subscription): UpcomingTerms | null | undefined {
  const schedule = subscription.schedule;
  if (!schedule) return null;
  if (typeof schedule === "string") return undefined;
  if (schedule.status !== "active" && schedule.status !== "not_started") return null;
  const from = schedule.current_phase?.end_date;
  const next = from === undefined ? schedule.phases[0] : schedule.phases.find((phase) => phase.start_date >= from);
  const item = next?.items[0];
  if (!next || !item) return null;
  return { stripePriceId: idOf(item.price), quantity: item.quantity ?? 1, at: next.start_date };
}

/** A change made now that waits for its invoice (Stripe's pending_update): the terms, the invoice and when it lapses. */
export function pendingTerms(subscription: Stripe.Subscription): (UpcomingTerms & { invoice: string | null }) | null {
  const pending = subscription.pending_update;
  const item = pending?.subscription_items?.[0];
  if (!pending || !item) return null;
  const invoice = subscription.latest_invoice;
  return {
    stripePriceId: item.price.id,
    quantity: item.quantity ?? 1,
    at: pending.expires_at,
    invoice: idOf(invoice),
  };
}

const at = (seconds: number | undefined) => (seconds === undefined ? null : new Date(seconds * 1000));

/** Writes both upcoming changes onto the mirrored subscription (the scheduled one only when its schedule was expanded). */
export async function mirrorUpcomingChanges(tx: TransactionSql, subscription: Stripe.Subscription): Promise<void> {
  const pending = pendingTerms(subscription);
  const scheduled = scheduledTerms(subscription);
  const schedule =
    scheduled === undefined
      ? tx``
      : tx`, scheduled_stripe_price_id = ${scheduled?.stripePriceId ?? null}, scheduled_quantity = ${scheduled?.quantity ?? null},
           scheduled_change_at = ${at(scheduled?.at)}`;
  await tx`
    update subscriptions set pending_stripe_price_id = ${pending?.stripePriceId ?? null}, pending_quantity = ${pending?.quantity ?? null},
      pending_invoice_id = ${pending?.invoice ?? null}, pending_expires_at = ${at(pending?.at)} ${schedule}
    where id = ${subscription.id}`;
}
