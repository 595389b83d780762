import type { TransactionSql } from "postgres";
import { inUtc, periodRow, periods, ratio, type SeriesQuery, toNumber, wholePeriods } from "./period";

/**
 * Failed-payment recovery per period and currency (docs/analytics.md, Recovery): invoices created in
 * the period whose payment failed at least once, those of them paid since (recovered), the amount
 * recovered, and what is still open or was given up (uncollectible or void).
 */
export async function recoverySeries(tx: TransactionSql, asked: SeriesQuery) {
  const query = wholePeriods(asked);
  await inUtc(tx);
  const rows = await tx<
    {
      period_start: Date;
      period_end: Date;
      currency: string;
      failed: string;
      failed_amount: string;
      recovered: string;
      recovered_amount: string;
      open: string;
      lost: string;
    }[]
  >`
    with periods as (${periods(tx, query)}),
    failed as (
      select date_trunc(${query.interval}, created) as period_start, currency, count(*) as failed, sum(amount_due) as failed_amount,
             count(*) filter (where status = 'paid') as recovered, sum(amount_paid) filter (where status = 'paid') as recovered_amount,
             count(*) filter (where status in ('open', 'draft')) as open, count(*) filter (where status in ('uncollectible', 'void')) as lost
      from invoices
      where payment_failed and created >= ${query.from} and created < ${query.to}
        and (${query.currency}::text is null or currency = ${query.currency})
      group by 1, 2
    ),
    currencies as (select currency from failed union select ${query.currency}::text where ${query.currency}::text is not null)
    select p.period_start, p.period_end, c.currency, coalesce(f.failed, 0)::text as failed, coalesce(f.failed_amount, 0)::text as failed_amount,
           coalesce(f.recovered, 0)::text as recovered, coalesce(f.recovered_amount, 0)::text as recovered_amount,
           coalesce(f.open, 0)::text as open, coalesce(f.lost, 0)::text as lost
    from periods p cross join currencies c left join failed f on f.period_start = p.period_start and f.currency = c.currency
    order by c.currency, p.period_start`;
  return rows.map((row) => ({
    ...periodRow(row),
    failed_invoices: toNumber(row.failed),
    failed_amount: toNumber(row.failed_amount),
    recovered_invoices: toNumber(row.recovered),
    recovered_amount: toNumber(row.recovered_amount),
    open_invoices: toNumber(row.open),
    lost_invoices: toNumber(row.lost),
    recovery_rate: ratio(toNumber(row.recovered), toNumber(row.failed)),
  }));
}
