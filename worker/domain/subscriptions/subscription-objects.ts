import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { getBillingSettings } from "../dunning/settings";
import { subscriptionClockTimes } from "../test-clock-time";

/** Statuses of a subscription that has ended: it cannot renew, change or come back. */
export const ENDED_SUBSCRIPTION_STATUSES: readonly Stripe.Subscription.Status[] = ["canceled", "incomplete_expired"];

/** A mirrored subscription as stored. */
export interface SubscriptionRow {
  id: string;
  livemode: boolean;
  customer_id: string | null;
  status: string;
  stripe_price_id: string | null;
  quantity: number;
  currency: string;
  mrr_amount: string;
  current_period_end: Date | null;
  cancel_at_period_end: boolean;
  trial_end: Date | null;
  paused: boolean;
  past_due_since: Date | null;
  cancellation_reason: string | null;
  cancellation_comment: string | null;
  scheduled_stripe_price_id: string | null;
  scheduled_quantity: number | null;
  scheduled_change_at: Date | null;
  pending_stripe_price_id: string | null;
  pending_quantity: number | null;
  pending_invoice_id: string | null;
  pending_expires_at: Date | null;
  created: Date;
  updated: Date;
}

/** The subscription with what the API object derives from elsewhere: our price (and its product version) and the grace period. */
export interface SubscriptionObjectRow extends SubscriptionRow {
  price_id: string | null;
  product_id: string | null;
  product_version: number | null;
  grace_period_days: number;
  /** The customer's test clock time (its "now" for the grace period); null on real time. */
  clock_time: Date | null;
  /** Our price ids by Stripe price id, for the upcoming changes' prices. */
  prices: ReadonlyMap<string, string>;
}

/**
 * Adds our price, product and product version (the price whose Stripe id the subscription bills;
 * null for a price BillingOS does not know), the tenant's grace period and the customer's clock time.
 */
export async function describeSubscriptions(tx: TransactionSql, rows: SubscriptionRow[]): Promise<SubscriptionObjectRow[]> {
  if (rows.length === 0) return [];
  const stripePrices = [
    ...new Set(
      rows
        .flatMap((row) => [row.stripe_price_id, row.scheduled_stripe_price_id, row.pending_stripe_price_id])
        .filter((id): id is string => id !== null),
    ),
  ];
  const prices =
    stripePrices.length === 0
      ? []
      : await tx<{ id: string; product_id: string; version: number; stripe_id: string }[]>`
          select id, product_id, version, stripe_id from prices where stripe_id in ${tx(stripePrices)}`;
  const byStripeId = new Map(prices.map((price) => [price.stripe_id, price]));
  const ours = new Map(prices.map((price) => [price.stripe_id, price.id]));
  const { grace_period_days } = await getBillingSettings(tx);
  const clockTimes = await subscriptionClockTimes(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const price = row.stripe_price_id ? byStripeId.get(row.stripe_price_id) : undefined;
    return {
      ...row,
      price_id: price?.id ?? null,
      product_id: price?.product_id ?? null,
      product_version: price?.version ?? null,
      grace_period_days,
      clock_time: clockTimes.get(row.id) ?? null,
      prices: ours,
    };
  });
}
