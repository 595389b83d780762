import type { TransactionSql } from "postgres";
import { feeLedgerEntry, statementBatch, statementTotals } from "./fee-ledger";
import { PDF_MAX_LINES } from "./fee-statement-pdf";

/** What the PDF statement of `month` shows for the current tenant: the organisation, totals per currency and the first payments. */
export async function statementData(tx: TransactionSql, month: string) {
  const [organization] = await tx<{ id: string; name: string }[]>`select id, name from organizations where id = tenant.org_id()`;
  const totals = (await statementTotals(tx, month)).map((row) => ({
    currency: row.currency,
    payments: row.payments,
    gross: Number(row.gross),
    fee: Number(row.fee),
    net: Number(row.net),
    refunded: Number(row.refunded),
    fee_returned: Number(row.fee_returned),
  }));
  const lines = (await statementBatch(tx, month, null, PDF_MAX_LINES)).map(feeLedgerEntry);
  const payments = totals.reduce((sum, total) => sum + total.payments, 0);
  return { organization: organization ?? { id: "", name: "" }, totals, lines, payments };
}
