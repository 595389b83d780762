import type { TransactionSql } from "postgres";
import { BENCH_ORG_ID } from "./catalogue";

/**
 * The subscription mirror: `subscription_history` rows as `mirrorSubscription` appends them (one
 * per change of status, price, quantity, MRR or plan MRR — the price's monthly amount whatever the
 * status, worker/domain/subscriptions/mrr.ts — with the Stripe event type — or BillingOS's own
 * action, or `payment_recovered` — as cause), then each subscription's row as its last history row
 * left it, and the customers. Only what happened before `now` is written.
 */
export async function writeMirror(tx: TransactionSql, now: Date): Promise<void> {
  const after = (at: string) => `s.change_at is not null and ${at} >= s.change_at`;
  const priceAt = (at: string) => `case when ${after(at)} then s.to_price else s.price end`;
  const mrrAt = (at: string) => `case when ${after(at)} then s.to_mrr else s.mrr end`;
  await tx.unsafe(
    `create temp table ba_h on commit drop as
    select * from (
      -- Checkout: a trial starts trialing; otherwise incomplete until the first invoice is paid seconds later.
      select s.n, s.created as occurred, 1 as ord, case when s.trial_end is null then 'incomplete' else 'trialing' end as status,
        s.price as price, 0::bigint as mrr, s.mrr as plan, 'customer.subscription.created' as cause from ba_s s
      union all
      select s.n, s.paid_start, 2, 'active', s.price, s.mrr, s.mrr, 'customer.subscription.updated'
      from ba_s s where s.paid_start is not null
      union all
      select s.n, s.end_at, 2, 'incomplete_expired', s.price, 0, s.mrr, 'customer.subscription.updated' from ba_s s where s.end_kind = 'incomplete_expired'
      union all
      -- A trial without a payment method ends canceled (trial_settings.end_behavior.missing_payment_method = cancel).
      select s.n, s.end_at, 2, 'canceled', s.price, 0, s.mrr, 'customer.subscription.deleted' from ba_s s where s.end_kind = 'trial_expired'
      union all
      -- An upgrade made now through POST /v1/subscriptions/{id}/change; a downgrade at renewal by its schedule.
      select s.n, s.change_at, 3, 'active', s.to_price, s.to_mrr, s.to_mrr,
        case s.change_kind when 'upgrade' then 'billingos.change' else 'customer.subscription.updated' end
      from ba_s s where s.change_at is not null
      union all
      select p.n, p.fail_at, 4, 'past_due', ${priceAt("p.p_start")}, ${mrrAt("p.p_start")}, ${mrrAt("p.p_start")}, 'invoice.payment_failed'
      from ba_p p join ba_s s on s.n = p.n where p.fail_at is not null
      union all
      select p.n, p.recovered_at, 5, 'active', ${priceAt("p.p_start")}, ${mrrAt("p.p_start")}, ${mrrAt("p.p_start")}, 'payment_recovered'
      from ba_p p join ba_s s on s.n = p.n where p.recovered_at is not null
      union all
      select s.n, s.end_at, 6, 'canceled', ${priceAt("s.end_at")}, 0, ${mrrAt("s.end_at")},
        case s.end_kind when 'immediate' then 'billingos.cancel' else 'customer.subscription.deleted' end
      from ba_s s where s.end_kind in ('period_end', 'immediate', 'involuntary')
    ) h where h.occurred <= $1`,
    [now],
  );
  await tx`analyze ba_h`;
  await tx`
    insert into customers (id, org_id, livemode, email, name, stripe_customer_id, created, updated)
    select 'cus_ba' || cust, ${BENCH_ORG_ID}, false, 'customer' || cust || '@bench.test', 'Customer ' || cust, 'cus_sba' || cust,
      min(created) - interval '2 minutes', min(created) - interval '2 minutes'
    from ba_s group by cust order by cust`;
  // The row each subscription's last change left, with the billing period it was in.
  await tx`
    create temp table ba_last on commit drop as
    select distinct on (h.n) h.n, h.status, h.price, h.mrr, h.plan, h.occurred from ba_h h order by h.n, h.occurred desc, h.ord desc`;
  await tx`
    insert into subscriptions (id, org_id, livemode, stripe_customer_id, customer_id, status, stripe_price_id, quantity, currency, mrr_amount, plan_mrr_amount,
      current_period_start, current_period_end, cancel_at_period_end, canceled_at, trial_end, paused, created, updated, past_due_since,
      cancellation_reason)
    select 'sub_ba' || s.n, ${BENCH_ORG_ID}, false, 'cus_sba' || s.cust, 'cus_ba' || s.cust, l.status, l.price, s.qty, s.currency, l.mrr, l.plan,
      coalesce(p.p_start, s.created), coalesce(p.p_end, s.trial_end, s.created + s.iv),
      coalesce(l.status <> 'canceled' and s.end_kind = 'period_end' and s.end_at = p.p_end, false),
      case when s.end_kind in ('period_end') and s.end_at <= coalesce(p.p_end, s.end_at) and (l.status = 'canceled' or s.end_at = p.p_end)
             then greatest(p.p_start, s.end_at - interval '10 days')
           when l.status = 'canceled' then s.end_at end,
      s.trial_end, false, s.created, l.occurred, case when l.status = 'past_due' then l.occurred end,
      case when s.end_kind in ('period_end', 'immediate') and (l.status = 'canceled' or s.end_at = p.p_end) then s.reason end
    from ba_s s join ba_last l on l.n = s.n
    left join lateral (select p.p_start, p.p_end from ba_p p where p.n = s.n and p.p_start <= least(s.end_at, ${now}) order by p.k desc limit 1) p on true
    order by s.n`;
  await tx`
    insert into subscription_history (org_id, livemode, subscription_id, status, stripe_price_id, quantity, mrr_amount, plan_mrr_amount, currency, cause,
      occurred, stripe_customer_id, prev_status, prev_mrr_amount, prev_plan_mrr_amount)
    select ${BENCH_ORG_ID}, false, 'sub_ba' || h.n, h.status, h.price, s.qty, h.mrr, h.plan, s.currency, h.cause, h.occurred, 'cus_sba' || s.cust,
      lag(h.status) over w, lag(h.mrr) over w, lag(h.plan) over w
    from ba_h h join ba_s s on s.n = h.n
    window w as (partition by h.n order by h.occurred, h.ord)
    order by h.occurred, h.ord`;
  // The customer MRR moves and subscription days the history triggers keep (off during the load),
  // rebuilt from the facts written above by the migration's own function.
  await tx`select public.rebuild_customer_mrr_moves(${BENCH_ORG_ID}, false)`;
}
