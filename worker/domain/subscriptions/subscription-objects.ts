import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../../db/paginate";
import { currencyExponent } from "../../shared/money";
import { toTimestamp } from "../../shared/schemas";
import { accessEndsAt, isEntitled } from "../dunning/entitlement";
import { getBillingSettings } from "../dunning/settings";

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
  /** Our price ids by Stripe price id, for the upcoming changes' prices. */
  prices: ReadonlyMap<string, string>;
}

/**
 * Adds our price, product and product version (the price whose Stripe id the subscription bills;
 * null for a price BillingOS does not know) and the tenant's grace period, in two queries.
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
  return rows.map((row) => {
    const price = row.stripe_price_id ? byStripeId.get(row.stripe_price_id) : undefined;
    return {
      ...row,
      price_id: price?.id ?? null,
      product_id: price?.product_id ?? null,
      product_version: price?.version ?? null,
      grace_period_days,
      prices: ours,
    };
  });
}

/** A page of subscriptions as the API shows them, newest first; with `customer`, only that customer's. */
export async function listSubscriptions(tx: TransactionSql, customer: string | undefined, query: PageQuery, url: string, now = new Date()) {
  const rows = await listPage<SubscriptionRow, SubscriptionRow>(tx, {
    table: "subscriptions",
    where: customer ? tx`customer_id = ${customer}` : tx`true`,
    query,
    url,
    map: (row) => row,
  });
  const described = await describeSubscriptions(tx, rows.data);
  return { ...rows, data: described.map((row) => serializeSubscription(row, now)) };
}

/** One subscription as the API shows it (with its price, version and entitlement), read in `tx`. */
export async function subscriptionObject(tx: TransactionSql, row: SubscriptionRow, now = new Date()) {
  const [described] = await describeSubscriptions(tx, [row]);
  return serializeSubscription(described as SubscriptionObjectRow, now);
}

/** The subscription object: rows come from `describeSubscriptions`; `now` decides the entitlement. */
export function serializeSubscription(row: SubscriptionObjectRow, now: Date) {
  return {
    id: row.id,
    object: "subscription" as const,
    livemode: row.livemode,
    customer: row.customer_id,
    status: row.status,
    entitled: isEntitled(row, row, now),
    past_due_since: toTimestamp(row.past_due_since),
    access_ends_at: toTimestamp(accessEndsAt(row, row)),
    price: row.price_id,
    product: row.product_id,
    product_version: row.product_version,
    stripe_price_id: row.stripe_price_id,
    quantity: row.quantity,
    currency: row.currency,
    currency_exponent: currencyExponent(row.currency),
    mrr_amount: Number(row.mrr_amount),
    current_period_end: toTimestamp(row.current_period_end),
    cancel_at_period_end: row.cancel_at_period_end,
    trial_end: toTimestamp(row.trial_end),
    paused: row.paused,
    cancellation_reason: row.cancellation_reason,
    cancellation_comment: row.cancellation_comment,
    scheduled_change:
      row.scheduled_stripe_price_id === null
        ? null
        : {
            price: row.prices.get(row.scheduled_stripe_price_id) ?? null,
            stripe_price_id: row.scheduled_stripe_price_id,
            quantity: row.scheduled_quantity ?? 1,
            effective_at: toTimestamp(row.scheduled_change_at),
          },
    pending_change:
      row.pending_stripe_price_id === null
        ? null
        : {
            price: row.prices.get(row.pending_stripe_price_id) ?? null,
            stripe_price_id: row.pending_stripe_price_id,
            quantity: row.pending_quantity ?? 1,
            invoice: row.pending_invoice_id,
            expires_at: toTimestamp(row.pending_expires_at),
          },
    created: toTimestamp(row.created) as number,
    updated: toTimestamp(row.updated) as number,
  };
}
