import type { TransactionSql } from "postgres";
import { inUtc, periodRow, periods, type SeriesQuery, toNumber, wholePeriods } from "./period";

const AMOUNTS = ["payments", "gross", "subscription_gross", "one_time_gross", "refunds", "billingos_fees"] as const;

/**
 * Money received per period and currency (docs/analytics.md, Revenue): every payment in the fee
 * ledger — paid invoices (first payments, renewals, prorations, overage) and one-time payments —
 * counted when Stripe recorded it paid; refunds that succeeded, when they were made; BillingOS's
 * fees on the period's payments, less what refunds of them returned.
 */
export async function revenueSeries(tx: TransactionSql, asked: SeriesQuery) {
  const query = wholePeriods(asked);
  await inUtc(tx);
  // Per UTC day, kept with the ledger and refunds (supabase/migrations/20261204030300_revenue_daily.sql).
  const days = tx`revenue_daily where day >= ${query.from} and day < ${query.to} and (${query.currency}::text is null or currency = ${query.currency})`;
  const rows = await tx<(Record<(typeof AMOUNTS)[number], string> & { period_start: Date; period_end: Date; currency: string })[]>`
    with periods as (${periods(tx, query)}),
    paid as (
      select date_trunc(${query.interval}, day) as period_start, currency, sum(payments) as payments, sum(gross) as gross,
             sum(subscription_gross) as subscription_gross, sum(one_time_gross) as one_time_gross, sum(billingos_fees) as billingos_fees
      from ${days} group by 1, 2 having sum(payments) > 0
    ),
    refunded as (
      select date_trunc(${query.interval}, day) as period_start, currency, sum(refunds) as refunds
      from ${days} group by 1, 2 having sum(refunds) > 0
    ),
    currencies as (
      select currency from paid union select currency from refunded
      union select ${query.currency}::text where ${query.currency}::text is not null
    )
    select p.period_start, p.period_end, c.currency, coalesce(pd.payments, 0)::text as payments, coalesce(pd.gross, 0)::text as gross,
           coalesce(pd.subscription_gross, 0)::text as subscription_gross, coalesce(pd.one_time_gross, 0)::text as one_time_gross,
           coalesce(r.refunds, 0)::text as refunds, coalesce(pd.billingos_fees, 0)::text as billingos_fees
    from periods p cross join currencies c
    left join paid pd on pd.period_start = p.period_start and pd.currency = c.currency
    left join refunded r on r.period_start = p.period_start and r.currency = c.currency
    order by c.currency, p.period_start`;
  return rows.map((row) => {
    const [payments, gross, subscriptionGross, oneTimeGross, refunds, fees] = AMOUNTS.map((name) => toNumber(row[name])) as number[];
    const net = (gross ?? 0) - (refunds ?? 0);
    return {
      ...periodRow(row),
      payments: payments ?? 0,
      gross: gross ?? 0,
      subscription_gross: subscriptionGross ?? 0,
      one_time_gross: oneTimeGross ?? 0,
      refunds: refunds ?? 0,
      net,
      billingos_fees: fees ?? 0,
      net_after_fees: net - (fees ?? 0),
    };
  });
}
