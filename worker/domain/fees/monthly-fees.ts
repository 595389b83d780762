import type { TransactionSql } from "postgres";
import { currencyExponent } from "../../shared/money";

const AMOUNTS = ["invoices", "gross", "fee", "net", "refunded", "fee_returned", "fee_income"] as const;
type Amount = (typeof AMOUNTS)[number];

/** The fee ledger per month (UTC) and currency, newest month first, over the last `months` months. */
export async function monthlyFees(tx: TransactionSql, months: number) {
  const rows = await tx<Record<"month" | "currency" | Amount, string>[]>`
    select to_char(date_trunc('month', created at time zone 'UTC'), 'YYYY-MM') as month, currency, count(*)::int as invoices,
           sum(gross)::text as gross, sum(fee)::text as fee, sum(net)::text as net,
           sum(refunded)::text as refunded, sum(fee_returned)::text as fee_returned, sum(fee - fee_returned)::text as fee_income
    from fee_ledger
    where created >= date_trunc('month', now() at time zone 'UTC') at time zone 'UTC' - make_interval(months => ${months - 1})
    group by 1, 2 order by 1 desc, 2`;
  return rows.map((row) => ({
    month: row.month,
    currency: row.currency,
    currency_exponent: currencyExponent(row.currency),
    ...(Object.fromEntries(AMOUNTS.map((amount) => [amount, Number(row[amount])])) as Record<Amount, number>),
  }));
}
