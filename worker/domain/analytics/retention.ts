import type { TransactionSql } from "postgres";
import { customerMoves } from "./history";
import { dividedHalfUp, inUtc, periodRow, ratio, type SeriesQuery, toNumber, wholePeriods } from "./period";
import { periodTotals } from "./period-totals";

/**
 * Per period and currency, over the customers paying at the period's start that changed within it
 * (the others end as they began): their net MRR change, the MRR they lost (each customer's net
 * decrease) and how many of them stopped paying.
 */
async function startingCustomers(tx: TransactionSql, asked: SeriesQuery) {
  const query = wholePeriods(asked);
  await inUtc(tx);
  const rows = await tx<{ period_start: Date; currency: string; change: string; lost: string; churned: string }[]>`
    with moves as (${customerMoves(tx, query)}),
    changed as (
      select date_trunc(${query.interval}, occurred) as period_start, customer, currency,
             (array_agg(before order by occurred))[1] as first_before, (array_agg(after order by occurred desc))[1] as last_after
      from moves where occurred >= ${query.from} group by 1, 2, 3
    )
    select period_start, currency, sum(last_after - first_before)::text as change,
           sum(greatest(first_before - last_after, 0))::text as lost, count(*) filter (where last_after = 0)::text as churned
    from changed where first_before > 0 group by 1, 2`;
  return new Map(rows.map((row) => [`${row.period_start.getTime()} ${row.currency}`, row]));
}

/**
 * ARPU, logo and revenue churn, net revenue retention, LTV and trial conversion per period
 * (docs/analytics.md, Retention). Rates are decimals rounded half up to 4 places; null when their
 * base is 0. LTV needs a monthly churn rate, so it is given for `interval=month` only.
 */
export async function retentionSeries(tx: TransactionSql, query: SeriesQuery) {
  const totals = await periodTotals(tx, query);
  const starting = await startingCustomers(tx, query);
  return totals.map((row) => {
    const start = starting.get(`${row.period_start.getTime()} ${row.currency}`);
    const change = toNumber(start?.change);
    const lost = toNumber(start?.lost);
    const churnedCustomers = toNumber(start?.churned);
    const arpu = dividedHalfUp(row.mrr, row.customers);
    const ltv = query.interval === "month" && arpu !== null && lost > 0 ? dividedHalfUp(arpu * row.mrr_start, lost) : null;
    return {
      ...periodRow(row),
      active_customers_start: row.customers_start,
      active_customers: row.customers,
      churned_customers: churnedCustomers,
      mrr_start: row.mrr_start,
      mrr: row.mrr,
      arpu,
      logo_churn_rate: ratio(churnedCustomers, row.customers_start),
      revenue_churn_rate: ratio(lost, row.mrr_start),
      net_revenue_retention: ratio(row.mrr_start + change, row.mrr_start),
      ltv,
      trials_ended: row.trials_ended,
      trials_converted: row.trials_converted,
      trial_conversion_rate: ratio(row.trials_converted, row.trials_ended),
    };
  });
}
