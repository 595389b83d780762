import type { Fragment, TransactionSql } from "postgres";
import type { PageQuery } from "../../db/paginate";
import { InvalidRequestError } from "../../shared/errors";
import { currencyExponent } from "../../shared/money";
import { DEFAULT_LIMIT, MAX_LIMIT, toTimestamp } from "../../shared/schemas";

/** A fee ledger row as stored (amounts are bigint, read as text so no precision is lost). */
export interface LedgerRow {
  id: string;
  livemode: boolean;
  invoice_id: string | null;
  payment_intent_id: string | null;
  charge_id: string | null;
  application_fee_id: string | null;
  currency: string;
  gross: string;
  fee: string;
  net: string;
  refunded: string;
  fee_returned: string;
  created: Date;
}

/** Entries are named `fle_<ledger row id>`: the row id is an identity, not a prefixed id. */
export const ENTRY_ID = /^fle_[1-9][0-9]{0,17}$/;
const entryId = (row: { id: string }) => `fle_${row.id}`;

export const feeLedgerEntry = (row: LedgerRow) => ({
  id: entryId(row),
  object: "fee_ledger_entry" as const,
  livemode: row.livemode,
  invoice: row.invoice_id,
  payment_intent: row.payment_intent_id,
  charge: row.charge_id,
  application_fee: row.application_fee_id,
  currency: row.currency,
  currency_exponent: currencyExponent(row.currency),
  gross: Number(row.gross),
  fee: Number(row.fee),
  net: Number(row.net),
  refunded: Number(row.refunded),
  fee_returned: Number(row.fee_returned),
  fee_income: Number(row.fee) - Number(row.fee_returned),
  created: toTimestamp(row.created) as number,
});

export type FeeLedgerEntry = ReturnType<typeof feeLedgerEntry>;

export interface LedgerFilter {
  /** YYYY-MM: payments of that calendar month (UTC). */
  month?: string;
  currency?: string;
}

const COLUMNS = `id::text, livemode, invoice_id, payment_intent_id, charge_id, application_fee_id, currency,
  gross::text, fee::text, net::text, refunded::text, fee_returned::text, created`;

/** The rows of a month (UTC) and currency, as SQL; the tenant comes from row-level security. */
export function ledgerWhere(tx: TransactionSql, filter: LedgerFilter): Fragment {
  const start = filter.month ? `${filter.month}-01T00:00:00Z` : null;
  return tx`true
    ${start ? tx`and created >= ${start}::timestamptz and created < ${start}::timestamptz + interval '1 month'` : tx``}
    ${filter.currency ? tx`and currency = ${filter.currency}` : tx``}`;
}

/** A page of the fee ledger, newest first (created, then row id), with Stripe's cursor rules. */
export async function listFeeLedger(tx: TransactionSql, query: PageQuery & LedgerFilter, url: string) {
  if (query.starting_after && query.ending_before)
    throw new InvalidRequestError("parameter_invalid", "Pass starting_after or ending_before, not both.", "ending_before");
  const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const where = ledgerWhere(tx, query);
  const cursorParam = query.starting_after ? "starting_after" : "ending_before";
  const cursorId = query.starting_after ?? query.ending_before;
  let cursor = tx`true`;
  if (cursorId) {
    const rowId = ENTRY_ID.test(cursorId) ? cursorId.slice(4) : null;
    const [found] = rowId ? await tx<{ created: Date }[]>`select 1 from fee_ledger where id = ${rowId}::bigint and ${where}` : [];
    if (!found) throw new InvalidRequestError("resource_missing", `No such fee ledger entry: ${cursorId}.`, cursorParam);
    const position = tx`(select created, id from fee_ledger where id = ${rowId}::bigint)`;
    cursor = query.starting_after ? tx`(created, id) < ${position}` : tx`(created, id) > ${position}`;
  }
  const ascending = Boolean(query.ending_before);
  const rows = await tx<LedgerRow[]>`
    select ${tx.unsafe(COLUMNS)} from fee_ledger where ${where} and ${cursor}
    order by ${ascending ? tx`created asc, id asc` : tx`created desc, id desc`} limit ${limit + 1}`;
  const page = rows.slice(0, limit);
  if (ascending) page.reverse();
  return { object: "list" as const, data: page.map(feeLedgerEntry), has_more: rows.length > limit, url };
}

/**
 * Up to `size` rows of a statement's month, oldest first, after the row with id `after` (a statement
 * reads its month in batches; the position is compared in SQL, where timestamps keep their microseconds).
 */
export function statementBatch(tx: TransactionSql, month: string, after: string | null, size: number) {
  return tx<LedgerRow[]>`
    select ${tx.unsafe(COLUMNS)} from fee_ledger where ${ledgerWhere(tx, { month })}
    ${after ? tx`and (created, id) > (select created, id from fee_ledger where id = ${after}::bigint)` : tx``}
    order by created, id limit ${size}`;
}

/** A month's totals per currency (the statement's summary). */
export function statementTotals(tx: TransactionSql, month: string) {
  return tx<{ currency: string; payments: number; gross: string; fee: string; net: string; refunded: string; fee_returned: string }[]>`
    select currency, count(*)::int as payments, sum(gross)::text as gross, sum(fee)::text as fee, sum(net)::text as net,
           sum(refunded)::text as refunded, sum(fee_returned)::text as fee_returned
    from fee_ledger where ${ledgerWhere(tx, { month })} group by currency order by currency`;
}
