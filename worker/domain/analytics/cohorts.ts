import type { TransactionSql } from "postgres";
import { currencyExponent } from "../../shared/money";
import { customerMoves } from "./history";
import { inUtc, nextPeriod, periodStartOf, ratio, type SeriesQuery, toNumber, wholePeriods } from "./period";

/**
 * Cohorts (docs/analytics.md, Cohorts): customers by the month (UTC) they first paid, in each
 * currency; for each month since, how many of them pay at that month's end and their MRR then,
 * against the cohort's size and the MRR each customer first paid. Cohorts whose month lies in
 * [from, to); cells up to the month holding the earlier of `to` and now.
 */
export async function cohortTable(tx: TransactionSql, asked: SeriesQuery, now = new Date()) {
  const query = wholePeriods({ ...asked, interval: "month" });
  const lastMonth = periodStartOf(new Date(Math.min(query.to.getTime(), now.getTime()) - 1), "month");
  const history = { ...query, to: nextPeriod(lastMonth, "month") };
  await inUtc(tx);
  const rows = await tx<
    {
      cohort: Date;
      currency: string;
      months_since: number;
      customers: string;
      initial_mrr: string;
      retained_customers: string;
      retained_mrr: string;
    }[]
  >`
    with moves as (${customerMoves(tx, history)}),
    firsts as (
      select distinct on (customer, currency) customer, currency, date_trunc('month', occurred) as cohort, after as initial
      from moves where before = 0 order by customer, currency, occurred
    ),
    cohorts as (
      select cohort, currency, count(*) as customers, sum(initial) as initial_mrr from firsts
      where cohort >= ${query.from} and cohort < ${query.to} group by 1, 2
    ),
    changes as (
      select f.cohort, m.currency, date_trunc('month', m.occurred) as month, sum(m.after - m.before) as mrr,
             sum((m.after > 0)::int - (m.before > 0)::int) as customers
      from moves m join firsts f on f.customer = m.customer and f.currency = m.currency
      where f.cohort >= ${query.from} and f.cohort < ${query.to} group by 1, 2, 3
    ),
    cells as (
      select c.cohort, c.currency, c.customers, c.initial_mrr, month
      from cohorts c cross join lateral generate_series(c.cohort, ${lastMonth}::timestamptz, interval '1 month') month
    )
    select cells.cohort, cells.currency,
           ((extract(year from cells.month) - extract(year from cells.cohort)) * 12
             + extract(month from cells.month) - extract(month from cells.cohort))::int as months_since,
           cells.customers::text, cells.initial_mrr::text,
           (sum(coalesce(ch.customers, 0)) over w)::text as retained_customers, (sum(coalesce(ch.mrr, 0)) over w)::text as retained_mrr
    from cells left join changes ch on ch.cohort = cells.cohort and ch.currency = cells.currency and ch.month = cells.month
    window w as (partition by cells.cohort, cells.currency order by cells.month)
    order by cells.currency, cells.cohort, cells.month`;
  return rows.map((row) => {
    const [customers, initial, retainedCustomers, retainedMrr] = [
      row.customers,
      row.initial_mrr,
      row.retained_customers,
      row.retained_mrr,
    ].map(toNumber) as [number, number, number, number];
    return {
      cohort: Math.floor(row.cohort.getTime() / 1000),
      currency: row.currency,
      currency_exponent: currencyExponent(row.currency),
      months_since: row.months_since,
      customers,
      retained_customers: retainedCustomers,
      logo_retention: ratio(retainedCustomers, customers),
      initial_mrr: initial,
      retained_mrr: retainedMrr,
      revenue_retention: ratio(retainedMrr, initial),
    };
  });
}
