import type { TransactionSql } from "postgres";
import { csvRow } from "../shared/csv-row";
import { type CustomerListQuery, customerConditions, customerSort, searchMatches } from "./customer-list";
import type { CustomerRow } from "./customers";

export const CUSTOMER_CSV_COLUMNS = [
  "id",
  "email",
  "name",
  "external_id",
  "created",
  "stripe_customer_id",
  "livemode",
  "metadata",
] as const;

/** Rows read from Postgres per round trip while exporting. */
export const EXPORT_BATCH = 500;

const cells = (row: CustomerRow) => [
  row.id,
  row.email,
  row.name,
  row.external_id,
  // ISO 8601 in UTC: what spreadsheets read as a date.
  new Date(row.created).toISOString(),
  row.stripe_customer_id,
  row.livemode,
  Object.keys(row.metadata).length === 0 ? null : JSON.stringify(row.metadata),
];

/**
 * Every customer the list would show for `query` (same filters, same order), as CSV handed to
 * `write` in chunks of EXPORT_BATCH rows, header first. One transaction and one server-side
 * cursor: the file is one consistent snapshot, and memory stays at one batch whatever the count.
 */
export async function exportCustomers(tx: TransactionSql, query: CustomerListQuery, write: (chunk: string) => Promise<void>) {
  await write(csvRow(CUSTOMER_CSV_COLUMNS));
  const { key, descending } = customerSort(tx, query);
  const matches = await searchMatches(tx, query.search);
  const rows = tx<CustomerRow[]>`
    select * from customers where ${customerConditions(tx, query, matches)}
    order by ${descending ? tx`${key} desc, id desc` : tx`${key} asc, id asc`}`;
  for await (const batch of rows.cursor(EXPORT_BATCH)) {
    await write(batch.map((row) => csvRow(cells(row))).join(""));
  }
}
