import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../../db/paginate";
import { currencyExponent } from "../../shared/money";
import { toTimestamp } from "../../shared/schemas";

export interface RefundRow {
  id: string;
  livemode: boolean;
  charge_id: string;
  invoice_id: string | null;
  payment_intent_id: string | null;
  amount: string;
  currency: string;
  reason: string | null;
  status: string;
  created: Date;
}

/** The refund object the API shows. */
export function serializeRefund(row: RefundRow) {
  return {
    id: row.id,
    object: "refund" as const,
    livemode: row.livemode,
    amount: Number(row.amount),
    currency: row.currency,
    currency_exponent: currencyExponent(row.currency),
    charge: row.charge_id,
    invoice: row.invoice_id,
    payment_intent: row.payment_intent_id,
    reason: row.reason,
    status: row.status,
    created: toTimestamp(row.created) as number,
  };
}

/** A page of refunds, newest first. */
export function listRefunds(tx: TransactionSql, query: PageQuery, url: string) {
  return listPage<RefundRow, ReturnType<typeof serializeRefund>>(tx, { table: "refunds", query, url, map: serializeRefund });
}
