import type { TransactionSql } from "postgres";
import { listPage, type PageQuery, type PageSort } from "../../db/paginate";
import { currencyExponent } from "../../shared/money";
import { toTimestamp } from "../../shared/schemas";
import { accessEndsAt, isEntitled } from "../dunning/entitlement";
import { type SubscriptionFilter, subscriptionConditions } from "./subscription-filters";
import { describeSubscriptions, type SubscriptionObjectRow, type SubscriptionRow } from "./subscription-objects";

export const SUBSCRIPTION_SORTS = ["created", "current_period_end"] as const;

/** What the subscription list may be narrowed and ordered by, besides the page and the customer. */
export interface SubscriptionListQuery extends PageQuery, SubscriptionFilter {
  "current_period_end[gte]"?: number | undefined;
  "current_period_end[lte]"?: number | undefined;
  sort?: (typeof SUBSCRIPTION_SORTS)[number] | undefined;
  order?: "asc" | "desc" | undefined;
}

/**
 * Newest first by default; by renewal (`current_period_end`) soonest first, a subscription without
 * a period last (index subscriptions_by_renewal, migration 20261204040000).
 */
function subscriptionSort(tx: TransactionSql, query: SubscriptionListQuery): PageSort {
  const renewal = query.sort === "current_period_end";
  return {
    key: renewal ? tx`coalesce(current_period_end, 'infinity')` : tx`created`,
    descending: (query.order ?? (renewal ? "asc" : "desc")) === "desc",
  };
}

/**
 * A page of subscriptions as the API shows them; with `customer`, only that customer's; narrowed by
 * status, plan and renewal date.
 */
export async function listSubscriptions(
  tx: TransactionSql,
  customer: string | undefined,
  query: SubscriptionListQuery,
  url: string,
  now = new Date(),
) {
  const gte = query["current_period_end[gte]"];
  const lte = query["current_period_end[lte]"];
  const rows = await listPage<SubscriptionRow, SubscriptionRow>(tx, {
    table: "subscriptions",
    where: tx`true
      ${customer ? tx`and customer_id = ${customer}` : tx``}
      ${subscriptionConditions(tx, query)}
      ${gte !== undefined ? tx`and current_period_end >= to_timestamp(${gte})` : tx``}
      ${lte !== undefined ? tx`and current_period_end < to_timestamp(${lte + 1})` : tx``}`,
    query,
    url,
    map: (row) => row,
    sort: subscriptionSort(tx, query),
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
