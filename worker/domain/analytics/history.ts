import type { TransactionSql } from "postgres";
import { textArray } from "../../db/text-array";
import type { SeriesQuery } from "./period";

/**
 * The common table expressions every subscription metric reads, up to `to` (docs/analytics.md):
 * - `sub_rows`: each history row of a subscription with the row before it (status, MRR, plan MRR);
 * - `moves`: each change of a customer's MRR in one currency at one moment (two subscriptions of
 *   one customer changing at once, as in a plan swap, are one change) with the customer's MRR
 *   before and after it, and whether the customer had paid before (which tells a reactivation
 *   from a new customer).
 * Both are kept as the history is written (supabase/migrations/20261204030100_customer_mrr_moves.sql:
 * the previous row and the customer on each history row, the moves in `customer_mrr_moves`), so
 * no request recomputes them from the whole history.
 * A customer is Stripe's customer; one customer with subscriptions in two currencies counts once in each.
 */
export function historyCtes(tx: TransactionSql, query: SeriesQuery) {
  return tx`
    sub_rows as (
      select h.subscription_id, h.stripe_customer_id as customer, h.currency, h.occurred, h.status, h.prev_status,
             h.mrr_amount as mrr, coalesce(h.prev_mrr_amount, 0) as prev_mrr,
             coalesce(h.plan_mrr_amount, 0) as plan_mrr, coalesce(h.prev_plan_mrr_amount, 0) as prev_plan_mrr
      from subscription_history h
      where h.occurred < ${query.to} and (${query.currency}::text is null or h.currency = ${query.currency})
    ),
    moves as (
      select customer, currency, occurred, before, after, paid_before from customer_mrr_moves
      where occurred < ${query.to} and (${query.currency}::text is null or currency = ${query.currency}) and before <> after
    )`;
}

/** Statuses in which a subscription is paying (its MRR counts). */
export const PAYING = ["active", "past_due"];
/** Statuses a subscription has started in: it was a trial or was paid for (an incomplete one never started). */
export const STARTED = ["trialing", "active", "past_due", "unpaid", "paused"];
/** Statuses of a subscription that has ended. */
export const ENDED = ["canceled", "incomplete_expired"];

/** A status list as a `text[]` parameter (`status = any(...)`). */
export const statusList = (tx: TransactionSql, statuses: string[]) => tx.typed(statuses as never, textArray.to);
