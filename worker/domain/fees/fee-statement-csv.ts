import type { Sql } from "postgres";
import { type TenantScope, withTenant } from "../../db/tenant";
import { feeLedgerEntry, statementBatch } from "./fee-ledger";
import { decimalMinor } from "./statement-format";

const BATCH = 500;

export const CSV_COLUMNS = [
  "date",
  "entry",
  "invoice",
  "payment_intent",
  "charge",
  "application_fee",
  "currency",
  "gross",
  "fee",
  "net",
  "refunded",
  "fee_returned",
  "fee_income",
] as const;

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a leading apostrophe. */
const cell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/**
 * One month's fee statement as CSV, streamed: the ledger is read in batches of 500 rows (each in its
 * own tenant transaction on `sql`, which the stream ends when it is done or cancelled), so a month
 * of any size never sits in memory. Amounts are decimals in the currency's major unit (from the
 * integer minor units and the currency's exponent), beside the ISO code.
 */
export function feeStatementCsv(sql: Sql, tenant: TenantScope, month: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const lines: string[] = started ? [] : [CSV_COLUMNS.join(",")];
        started = true;
        const rows = await withTenant(sql, tenant, (tx) => statementBatch(tx, month, after, BATCH));
        for (const row of rows) {
          const entry = feeLedgerEntry(row);
          const money = (amount: number) => decimalMinor(amount, entry.currency);
          const values = [
            new Date(entry.created * 1000).toISOString(),
            entry.id,
            entry.invoice ?? "",
            entry.payment_intent ?? "",
            entry.charge ?? "",
            entry.application_fee ?? "",
            entry.currency.toUpperCase(),
            money(entry.gross),
            money(entry.fee),
            money(entry.net),
            money(entry.refunded),
            money(entry.fee_returned),
            money(entry.fee_income),
          ];
          lines.push(values.map(cell).join(","));
        }
        after = rows.at(-1)?.id ?? after;
        if (lines.length > 0) controller.enqueue(encoder.encode(`${lines.join("\r\n")}\r\n`));
        if (rows.length < BATCH) {
          controller.close();
          await sql.end({ timeout: 5 });
        }
      } catch (error) {
        controller.error(error);
        await sql.end({ timeout: 1 });
      }
    },
    async cancel() {
      await sql.end({ timeout: 1 });
    },
  });
}
