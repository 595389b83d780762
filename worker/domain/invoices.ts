import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { idOf } from "../stripe/expandable";
import { recordEvent, sameObject } from "./events/record";
import type { ChargeRef } from "./fees/charge-of";
import { ledgerSplit, orgFee } from "./fees/org-fee";
import { type InvoiceRow, serializeInvoice } from "./invoice-objects";

/** The subscription an invoice bills, in the pinned API version (`parent.subscription_details`). */
export function invoiceSubscription(invoice: Stripe.Invoice): string | null {
  return idOf(invoice.parent?.subscription_details?.subscription);
}

/** BillingOS's fee for an invoice of the current tenant: set on the draft so the connected account pays it on the charge. */
export const invoiceFee = async (tx: TransactionSql, invoice: Stripe.Invoice) =>
  (await orgFee(tx, invoice.amount_due, invoice.currency)).fee;

/**
 * Writes Stripe's current view of an invoice; on a paid invoice, records the fee in the ledger
 * once (keyed by the invoice), with `fee + net = gross` enforced by the table too, and the charge
 * and application fee that paid it once known. A paid invoice whose payment had failed before is
 * recovered (`recovered_at`, kept from the first time).
 */
export async function mirrorInvoice(tx: TransactionSql, invoice: Stripe.Invoice, cause: string, charge?: ChargeRef | null): Promise<void> {
  const customer = idOf(invoice.customer) ?? "";
  const failed = cause === "invoice.payment_failed";
  const paidAt = invoice.status_transitions?.paid_at ? new Date(invoice.status_transitions.paid_at * 1000) : null;
  // One mirror of an invoice at a time, even before its row exists (a row lock needs the row): the
  // next one reads what the previous committed, so two handlers of one payment record it once.
  await tx`select pg_advisory_xact_lock(hashtextextended(${invoice.id as string}, 0))`;
  const [before] = await tx<
    (InvoiceRow & { payment_failed: boolean })[]
  >`select * from invoices where id = ${invoice.id as string} for update`;
  // Stripe never takes a paid invoice back: a snapshot that is not paid was read before the payment
  // by a handler that commits late. Writing it would make the next mirror record the payment again.
  if (before?.status === "paid" && invoice.status !== "paid") return;
  await tx`
    insert into invoices (id, org_id, livemode, subscription_id, stripe_customer_id, status, currency, amount_due, amount_paid,
      hosted_invoice_url, invoice_pdf, payment_failed, created, recovered_at, paid_at)
    values (${invoice.id as string}, tenant.org_id(), ${invoice.livemode}, ${invoiceSubscription(invoice)}, ${customer}, ${invoice.status ?? "draft"},
      ${invoice.currency}, ${invoice.amount_due}, ${invoice.amount_paid}, ${invoice.hosted_invoice_url ?? null}, ${invoice.invoice_pdf ?? null},
      ${failed}, ${new Date(invoice.created * 1000)}, ${failed && invoice.status === "paid" ? new Date() : null}, ${paidAt})
    on conflict (id) do update set status = excluded.status, amount_due = excluded.amount_due, amount_paid = excluded.amount_paid,
      hosted_invoice_url = excluded.hosted_invoice_url, invoice_pdf = excluded.invoice_pdf,
      payment_failed = invoices.payment_failed or excluded.payment_failed,
      recovered_at = case when (invoices.payment_failed or excluded.payment_failed) and excluded.status = 'paid'
        then coalesce(invoices.recovered_at, now()) end,
      paid_at = coalesce(excluded.paid_at, invoices.paid_at), updated = now()`;
  if (invoice.status === "paid" && invoice.amount_paid > 0) {
    const split = await ledgerSplit(tx, invoice.amount_paid, invoice.currency, charge);
    await tx`insert into fee_ledger (invoice_id, org_id, livemode, currency, gross, fee, net, charge_id, application_fee_id, paid_at)
             values (${invoice.id as string}, tenant.org_id(), ${invoice.livemode}, ${invoice.currency}, ${split.gross}, ${split.fee}, ${split.net},
                     ${charge?.chargeId ?? null}, ${charge?.applicationFeeId ?? null}, ${paidAt})
             on conflict (invoice_id) where invoice_id is not null do update
               set charge_id = coalesce(fee_ledger.charge_id, excluded.charge_id),
                   application_fee_id = coalesce(fee_ledger.application_fee_id, excluded.application_fee_id),
                   paid_at = coalesce(fee_ledger.paid_at, excluded.paid_at), updated = now()
             where fee_ledger.charge_id is null or fee_ledger.application_fee_id is null or fee_ledger.paid_at is null`;
  }
  await recordInvoiceEvents(tx, invoice.id as string, before, failed);
}

/**
 * `invoice.paid` when the mirror first shows it paid; `invoice.payment_failed` for a failure that
 * changed the invoice or is its first. A re-applied event changes nothing and emits nothing.
 */
async function recordInvoiceEvents(
  tx: TransactionSql,
  id: string,
  before: (InvoiceRow & { payment_failed: boolean }) | undefined,
  failed: boolean,
) {
  const [after] = await tx<InvoiceRow[]>`select * from invoices where id = ${id}`;
  if (!after) return;
  const object = serializeInvoice(after);
  const changed = !before || !sameObject(serializeInvoice(before), object);
  if (after.status === "paid" && before?.status !== "paid") await recordEvent(tx, "invoice.paid", object);
  if (failed && (changed || !before?.payment_failed)) await recordEvent(tx, "invoice.payment_failed", object);
}
