import type { TransactionSql } from "postgres";
import type { SeriesQuery } from "./period";

/**
 * A customer's MRR moves before `to` (table `customer_mrr_moves`, kept by a trigger in the
 * transaction that appends the subscription history; migration 20261204030100): each change of a
 * customer's MRR in one currency at one moment, with the MRR before and after it and whether the
 * customer had paid before (which tells a reactivation from a new customer). Moments whose changes
 * cancelled out are skipped. A customer is Stripe's customer; one customer with subscriptions in
 * two currencies counts once in each (docs/analytics.md).
 */
export function customerMoves(tx: TransactionSql, query: SeriesQuery) {
  return tx`
    select customer, currency, occurred, before, after, paid_before from customer_mrr_moves
    where before <> after and occurred < ${query.to} and (${query.currency}::text is null or currency = ${query.currency})`;
}
