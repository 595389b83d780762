import type Stripe from "stripe";
import { idOf } from "../../stripe/expandable";

/** The charge behind a payment and the application fee Stripe took on it (null until there is one). */
export interface ChargeRef {
  chargeId: string | null;
  applicationFeeId: string | null;
  /**
   * BillingOS's fee on the charge as Stripe holds it (null while unknown): what was taken, or, once the
   * invoice events settled a rounded-up percentage (fee-collection.ts), what is kept after the excess.
   */
  applicationFeeAmount: number | null;
}

/** The charge of a PaymentIntent retrieved with `expand: ["latest_charge"]`, and its application fee. */
export function chargeRefOf(intent: Stripe.PaymentIntent): ChargeRef {
  const charge = intent.latest_charge as Stripe.Charge | string | null;
  if (!charge || typeof charge === "string") return { chargeId: idOf(charge), applicationFeeId: null, applicationFeeAmount: null };
  return {
    chargeId: charge.id,
    applicationFeeId: idOf(charge.application_fee),
    applicationFeeAmount: charge.application_fee_amount ?? null,
  };
}

/** The latest charge of a PaymentIntent and its application fee. */
export async function chargeOfIntent(stripe: Stripe, intentId: string, on: Stripe.RequestOptions): Promise<ChargeRef> {
  return chargeRefOf(await stripe.paymentIntents.retrieve(intentId, { expand: ["latest_charge"] }, on));
}

/**
 * An invoice with, once it is paid, the charge that paid it (the invoice's payment → its
 * PaymentIntent → latest charge), so the fee ledger can name the charge and the application fee.
 */
export async function invoiceWithCharge(
  stripe: Stripe,
  id: string,
  on: Stripe.RequestOptions,
): Promise<{ invoice: Stripe.Invoice; charge: ChargeRef | null }> {
  const invoice = await stripe.invoices.retrieve(id, { expand: ["payments"] }, on);
  const payment = invoice.payments?.data.find((candidate) => candidate.status === "paid" && candidate.payment.payment_intent);
  const intentId = idOf(payment?.payment.payment_intent);
  return { invoice, charge: intentId && invoice.status === "paid" ? await chargeOfIntent(stripe, intentId, on) : null };
}

/** The charge of a fee ledger row's payment: its one-time PaymentIntent's, or its paid invoice's. */
export async function chargeOfLedgerRow(
  stripe: Stripe,
  row: { invoice_id: string | null; payment_intent_id: string | null },
  on: Stripe.RequestOptions,
): Promise<ChargeRef | null> {
  if (row.payment_intent_id) return chargeOfIntent(stripe, row.payment_intent_id, on);
  return row.invoice_id ? (await invoiceWithCharge(stripe, row.invoice_id, on)).charge : null;
}
