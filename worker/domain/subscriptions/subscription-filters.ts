import type { Fragment, TransactionSql } from "postgres";

/** Every status a mirrored subscription can have (Stripe's). */
export const SUBSCRIPTION_STATUSES = [
  "incomplete",
  "incomplete_expired",
  "trialing",
  "active",
  "past_due",
  "unpaid",
  "canceled",
  "paused",
] as const;

/** What the subscription and customer lists may narrow subscriptions by. */
export interface SubscriptionFilter {
  status?: string | undefined;
  /** Our product: the subscription bills one of its prices (any version). */
  product?: string | undefined;
  /** Our price. */
  price?: string | undefined;
}

/**
 * `and …` conditions on a row of `subscriptions` (unqualified columns, so it fits both the list's
 * own query and a subquery over subscriptions). Subscriptions bill Stripe prices; ours are found
 * by their `stripe_id`, so a price never pushed to Stripe has no subscribers and matches nothing.
 */
export function subscriptionConditions(tx: TransactionSql, filter: SubscriptionFilter): Fragment {
  return tx`${filter.status ? tx`and status = ${filter.status}` : tx``}
    ${filter.price ? tx`and stripe_price_id = (select p.stripe_id from prices p where p.id = ${filter.price})` : tx``}
    ${filter.product ? tx`and stripe_price_id in (select p.stripe_id from prices p where p.product_id = ${filter.product} and p.stripe_id is not null)` : tx``}`;
}

/** Whether any condition is set (a customer list without one needs no subscription lookup). */
export const filtersSubscriptions = (filter: SubscriptionFilter) => Boolean(filter.status || filter.product || filter.price);
