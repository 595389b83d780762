import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../db/paginate";
import { currencyExponent } from "../shared/money";
import { toTimestamp } from "../shared/schemas";

/** A mirrored invoice as stored. */
export interface InvoiceRow {
  id: string;
  livemode: boolean;
  subscription_id: string | null;
  status: string;
  currency: string;
  amount_due: string;
  amount_paid: string;
  hosted_invoice_url: string | null;
  invoice_pdf: string | null;
  created: Date;
  updated: Date;
}

/** A page of invoices, newest first; with `customer`, only that customer's (by its Stripe customer). */
export function listInvoices(tx: TransactionSql, customer: string | undefined, query: PageQuery, url: string) {
  return listPage<InvoiceRow, ReturnType<typeof serializeInvoice>>(tx, {
    table: "invoices",
    where: customer ? tx`stripe_customer_id = (select stripe_customer_id from customers where id = ${customer})` : tx`true`,
    query,
    url,
    map: serializeInvoice,
  });
}

/** The invoice object the API shows. */
export function serializeInvoice(row: InvoiceRow) {
  return {
    id: row.id,
    object: "invoice" as const,
    livemode: row.livemode,
    subscription: row.subscription_id,
    status: row.status,
    currency: row.currency,
    currency_exponent: currencyExponent(row.currency),
    amount_due: Number(row.amount_due),
    amount_paid: Number(row.amount_paid),
    hosted_invoice_url: row.hosted_invoice_url,
    invoice_pdf: row.invoice_pdf,
    created: toTimestamp(row.created) as number,
    updated: toTimestamp(row.updated) as number,
  };
}
