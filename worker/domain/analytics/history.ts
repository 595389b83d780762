import type { TransactionSql } from "postgres";
import { textArray } from "../../db/text-array";
import type { SeriesQuery } from "./period";

/**
 * The common table expressions every subscription metric reads, up to `to` (docs/analytics.md):
 * - `sub_rows`: each history row of a subscription with the row before it (status, MRR, plan MRR);
 * - `customer_changes`: the net MRR change of a customer in one currency at one moment (two
 *   subscriptions of one customer changing at once, as in a plan swap, are one change);
 * - `moves`: each customer change with the customer's MRR before and after it, and whether the
 *   customer had paid before (which tells a reactivation from a new customer).
 * A customer is Stripe's customer; one customer with subscriptions in two currencies counts once in each.
 */
export function historyCtes(tx: TransactionSql, query: SeriesQuery) {
  return tx`
    sub_rows as (
      select h.subscription_id, s.stripe_customer_id as customer, h.currency, h.occurred, h.status,
             lag(h.status) over w as prev_status,
             h.mrr_amount as mrr, coalesce(lag(h.mrr_amount) over w, 0) as prev_mrr,
             coalesce(h.plan_mrr_amount, 0) as plan_mrr, coalesce(lag(h.plan_mrr_amount) over w, 0) as prev_plan_mrr
      from subscription_history h join subscriptions s on s.id = h.subscription_id
      where h.occurred < ${query.to} and (${query.currency}::text is null or h.currency = ${query.currency})
      window w as (partition by h.subscription_id order by h.occurred, h.id)
    ),
    customer_changes as (
      select customer, currency, occurred, sum(mrr - prev_mrr)::bigint as delta
      from sub_rows group by customer, currency, occurred having sum(mrr - prev_mrr) <> 0
    ),
    timeline as (
      select customer, currency, occurred, delta, sum(delta) over (partition by customer, currency order by occurred)::bigint as after
      from customer_changes
    ),
    moves as (
      select customer, currency, occurred, after - delta as before, after,
             coalesce(max(after) over (partition by customer, currency order by occurred rows between unbounded preceding and 1 preceding), 0) > 0
               as paid_before
      from timeline
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
