import type { TransactionSql } from "postgres";
import { BENCH_ORG_ID } from "./catalogue";

/**
 * What the entitlement derivation and usage metering would hold now: for each customer with an
 * entitled subscription (active, trialing, or past_due inside the 7-day grace period), its plan's
 * entitlements (API calls with the period of the subscription, seats without one) and
 * `entitlement_states`; API-call counters for the current period and up to two before it (the
 * current period's from two usage events each; older events are past the 35 days events are kept),
 * spread so some customers are at 80 % of their quota or over it; seat counters up to the cap.
 */
export async function writeUsage(tx: TransactionSql, now: Date): Promise<void> {
  await tx`
    create temp table ba_e on commit drop as
    select s.id as subscription_id, s.customer_id, s.status, s.current_period_start, s.current_period_end, s.past_due_since,
      p.product_id, g.feature_id, g.kind, g.amount, g.id as grant_id,
      case when s.status = 'past_due' then s.past_due_since + interval '7 days' end as grace_until
    from subscriptions s
    join prices p on p.org_id = s.org_id and p.livemode = s.livemode and p.stripe_id = s.stripe_price_id
    join plan_grants g on g.product_id = p.product_id and g.version = p.version
    where s.org_id = ${BENCH_ORG_ID} and s.livemode = false
      and (s.status in ('active', 'trialing') or (s.status = 'past_due' and s.past_due_since + interval '7 days' > ${now}))`;
  await tx`
    insert into entitlement_states (org_id, livemode, customer_id, valid_until, has_subscription, computed)
    select distinct ${BENCH_ORG_ID}, false, e.customer_id, e.grace_until, true, ${now}::timestamptz from ba_e e`;
  await tx`
    insert into entitlements (org_id, livemode, customer_id, feature_id, kind, limit_amount, overage_unit_amounts, period_start, period_end,
      subscription_id, grace_until, sources, updated)
    select ${BENCH_ORG_ID}, false, e.customer_id, e.feature_id, e.kind, e.amount,
      case when e.kind = 'quota' then (select jsonb_object_agg(o.currency, o.unit_amount) from grant_overage_amounts o where o.grant_id = e.grant_id) end,
      case when e.feature_id = 'feat_baApiCalls' then e.current_period_start end, case when e.feature_id = 'feat_baApiCalls' then e.current_period_end end,
      e.subscription_id, e.grace_until,
      jsonb_build_array(jsonb_build_object('type', 'subscription', 'id', e.subscription_id, 'kind', e.kind, 'amount', e.amount)), ${now}::timestamptz
    from ba_e e`;
  // API calls per period: the current one and, for subscriptions that renewed, up to two periods before it.
  await tx`
    create temp table ba_u on commit drop as
    select e.customer_id, e.subscription_id, x.period_start, x.period_end, x.current,
      floor(coalesce(e.amount, 2000000) * 1.15 * power(random(), 1.5) * case when x.current then
        least(1, extract(epoch from ${now} - x.period_start) / nullif(extract(epoch from x.period_end - x.period_start), 0)) else 1 end) as used
    from ba_e e
    cross join lateral (
      select e.current_period_start as period_start, e.current_period_end as period_end, true as current
      union all
      select p.p_start, p.p_end, false from ba_p p
      where p.n = substr(e.subscription_id, 7)::int and p.p_end <= e.current_period_start and p.p_start >= e.current_period_start - interval '100 days'
    ) x
    where e.feature_id = 'feat_baApiCalls'`;
  await tx`
    insert into usage_counters (org_id, livemode, customer_id, feature_id, period_start, period_end, used, updated)
    select ${BENCH_ORG_ID}, false, u.customer_id, 'feat_baApiCalls', u.period_start, u.period_end, u.used, least(u.period_end, ${now})
    from ba_u u
    union all
    select ${BENCH_ORG_ID}, false, e.customer_id, e.feature_id, '-infinity', null, 1 + floor(random() * coalesce(e.amount, 40)), ${now}
    from ba_e e where e.feature_id = 'feat_baSeats'`;
  await tx`
    insert into usage_events (org_id, livemode, id, customer_id, feature_id, value, "timestamp", period_start, received)
    select ${BENCH_ORG_ID}, false, 'ev_' || substr(u.customer_id, 5) || '_' || part, u.customer_id, 'feat_baApiCalls',
      case part when 1 then floor(u.used / 3) else u.used - floor(u.used / 3) end,
      u.period_start + (${now} - u.period_start) * (case part when 1 then .3 else .9 end), u.period_start,
      u.period_start + (${now} - u.period_start) * (case part when 1 then .3 else .9 end) + interval '1 second'
    from ba_u u, generate_series(1, 2) part where u.current and u.used > 0`;
}
