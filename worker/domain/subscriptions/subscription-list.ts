import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../../db/paginate";
import { currencyExponent } from "../../shared/money";
import { toTimestamp } from "../../shared/schemas";
import { accessEndsAt, isEntitled } from "../dunning/entitlement";
import { describeSubscriptions, type SubscriptionObjectRow, type SubscriptionRow } from "./subscription-objects";

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
    // A customer on a test clock lives at the clock's time (as its past_due_since does).
    entitled: isEntitled(row, row, row.clock_time ?? now),
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
