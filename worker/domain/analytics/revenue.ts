import type { TransactionSql } from "postgres";
import { inUtc, periodRow, periods, type SeriesQuery, toNumber, wholePeriods } from "./period";

const AMOUNTS = ["payments", "gross", "subscription_gross", "one_time_gross", "refunds", "billingos_fees"] as const;

/**
 * Money received per period and currency (docs/analytics.md, Revenue): every payment in the fee
 * ledger — paid invoices (first payments, renewals, prorations, overage) and one-time payments —
 * counted when Stripe recorded it paid; refunds that succeeded, when they were made; BillingOS's
 * fees on the period's payments, less what refunds of them returned. Read from the day facts
 * (table `revenue_daily`, kept by triggers in the transaction that writes a ledger row or a refund;
 * migration 20261204030300).
 */
export async function revenueSeries(tx: TransactionSql, asked: SeriesQuery) {
  const query = wholePeriods(asked);
  await inUtc(tx);
  const rows = await tx<(Record<(typeof AMOUNTS)[number], string> & { period_start: Date; period_end: Date; currency: string })[]>`
    with periods as (${periods(tx, query)}),
    sums as (
      select date_trunc(${query.interval}, day) as period_start, currency, sum(payments) as payments, sum(gross) as gross,
             sum(subscription_gross) as subscription_gross, sum(one_time_gross) as one_time_gross, sum(refunds) as refunds,
             sum(billingos_fees) as billingos_fees
      from revenue_daily
      where day >= ${query.from} and day < ${query.to} and (${query.currency}::text is null or currency = ${query.currency})
      group by 1, 2
    ),
    currencies as (select currency from sums union select ${query.currency}::text where ${query.currency}::text is not null)
    select p.period_start, p.period_end, c.currency, coalesce(s.payments, 0)::text as payments, coalesce(s.gross, 0)::text as gross,
           coalesce(s.subscription_gross, 0)::text as subscription_gross, coalesce(s.one_time_gross, 0)::text as one_time_gross,
           coalesce(s.refunds, 0)::text as refunds, coalesce(s.billingos_fees, 0)::text as billingos_fees
    from periods p cross join currencies c left join sums s on s.period_start = p.period_start and s.currency = c.currency
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
