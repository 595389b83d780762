import type { TransactionSql } from "postgres";
import { inUtc, periods, type SeriesQuery, wholePeriods } from "./period";

/** How close to its limit a customer is: at least this share of it is "near". */
export const NEAR_LIMIT = 0.8;

/**
 * Usage per feature and period (docs/analytics.md, Usage): each counter — a customer's usage of a
 * feature in one billing period, aggregated as the feature says (sum, count, max, unique, last) —
 * counts in the period where its billing period starts. Features that never reset have no
 * periods and are left out. One row per period and feature with usage in the range.
 */
export async function usageSeries(tx: TransactionSql, asked: Omit<SeriesQuery, "currency">) {
  const query = wholePeriods({ ...asked, currency: null });
  await inUtc(tx);
  const rows = await tx<{ period_start: Date; period_end: Date; feature: string; key: string; total: string; customers: number }[]>`
    with periods as (${periods(tx, query)}),
    totals as (
      select date_trunc(${query.interval}, period_start) as period_start, feature_id, sum(used) as total, count(*)::int as customers
      from usage_counters where period_start >= ${query.from} and period_start < ${query.to} group by 1, 2
    ),
    used_features as (select distinct feature_id from totals)
    select p.period_start, p.period_end, f.id as feature, f.key, coalesce(t.total, 0)::text as total, coalesce(t.customers, 0) as customers
    from periods p cross join used_features u join features f on f.id = u.feature_id
    left join totals t on t.period_start = p.period_start and t.feature_id = u.feature_id
    order by f.key, p.period_start`;
  return rows.map((row) => ({
    period_start: Math.floor(row.period_start.getTime() / 1000),
    period_end: Math.floor(row.period_end.getTime() / 1000),
    feature: row.feature,
    feature_key: row.key,
    total: Number(row.total),
    customers: row.customers,
  }));
}

/**
 * Customers at or above NEAR_LIMIT of a quota or cap in their current period, or over it
 * (docs/analytics.md, Usage), fullest first: their entitlement's limit against the counter of the
 * entitlement's period.
 */
export async function customersNearLimits(tx: TransactionSql, options: { feature: string | null; limit: number | null }) {
  // A customer with no usage (no counter, or 0) is never near, so this is an inner join. Matching
  // the tenant columns too and joining features only to the pairs found keeps the planner on one
  // hash join: RLS makes it guess one feature row, and it then looked up a counter per entitlement.
  const rows = await tx<{ customer: string; feature: string; key: string; used: string; limit_amount: string; state: "near" | "over" }[]>`
    with near as materialized (
      select e.customer_id, e.feature_id, e.limit_amount, u.used
      from entitlements e join usage_counters u on u.org_id = e.org_id and u.livemode = e.livemode
        and u.customer_id = e.customer_id and u.feature_id = e.feature_id
        and u.period_start = coalesce(e.period_start, '-infinity'::timestamptz)
      where e.kind in ('quota', 'cap') and (${options.feature}::text is null or e.feature_id = ${options.feature})
        and u.used > 0 and u.used >= ${String(NEAR_LIMIT)}::numeric * e.limit_amount
    )
    select n.customer_id as customer, n.feature_id as feature, f.key, n.used::text as used, n.limit_amount::text,
           case when n.used > n.limit_amount then 'over' else 'near' end as state
    from near n join features f on f.id = n.feature_id
    order by case when n.limit_amount = 0 then null else n.used / n.limit_amount end desc nulls first, n.customer_id, n.feature_id
    ${options.limit === null ? tx`` : tx`limit ${options.limit}`}`;
  return rows.map((row) => {
    const used = Number(row.used);
    const limit = Number(row.limit_amount);
    return {
      customer: row.customer,
      feature: row.feature,
      feature_key: row.key,
      used,
      limit,
      usage_ratio: limit === 0 ? null : Math.round((used * 10_000) / limit) / 10_000,
      state: row.state,
    };
  });
}
