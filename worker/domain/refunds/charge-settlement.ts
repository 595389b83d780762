import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { idOf } from "../../stripe/expandable";
import { recordEvent } from "../events/record";
import { feeToReturn } from "../fees/application-fee";
import { excessReturned } from "../fees/fee-collection";
import { type RefundRow, serializeRefund } from "./refund-list";

/** Stripe's view of a (partly) refunded charge, after BillingOS returned its share of the fee. */
export interface ChargeSettlement {
  charge: Stripe.Charge;
  /** The invoice the charge paid, if any (found through invoice payments). */
  invoice: string | null;
  feeId: string | null;
  /** The application fee returned for refunds of the charge so far, this settlement included (excess returns apart). */
  feeReturned: number;
  refunds: Stripe.Refund[];
}

/**
 * Returns BillingOS's fee in proportion to what the charge has refunded so far (the rule
 * `feeToReturn`, on the application fee Stripe actually took). It works from Stripe's current
 * totals, and the fee refund's idempotency key is the running total it brings the fee to, so
 * calling it again — a duplicate or concurrent webhook, a retried request — returns nothing twice.
 */
export async function settleRefundedCharge(stripe: Stripe, on: Stripe.RequestOptions, chargeId: string): Promise<ChargeSettlement> {
  const charge = await stripe.charges.retrieve(chargeId, {}, on);
  const intent = idOf(charge.payment_intent);
  const [refunds, payments] = await Promise.all([
    stripe.refunds.list({ charge: charge.id, limit: 100 }, on),
    intent ? stripe.invoicePayments.list({ payment: { type: "payment_intent", payment_intent: intent }, limit: 1 }, on) : null,
  ]);
  const invoice = payments?.data[0] ? idOf(payments.data[0].invoice as string | { id: string }) : null;
  const feeId = idOf(charge.application_fee);
  if (!feeId) return { charge, invoice, feeId, feeReturned: 0, refunds: refunds.data };
  const [fee, excess] = await Promise.all([stripe.applicationFees.retrieve(feeId), excessReturned(stripe, feeId)]);
  // The fee BillingOS kept (a rounded-up percentage's excess was given back apart, see fee-collection.ts).
  const kept = fee.amount - excess;
  const returned = fee.amount_refunded - excess;
  const split = { gross: charge.amount_captured, fee: kept, net: charge.amount_captured - kept };
  const due = Math.min(
    feeToReturn(split, Math.min(charge.amount_refunded, charge.amount_captured), returned),
    fee.amount - fee.amount_refunded,
  );
  if (due > 0)
    await stripe.applicationFees.createRefund(
      fee.id,
      { amount: due, metadata: { charge: charge.id } },
      { idempotencyKey: `billingos-fee-return-${fee.id}-${fee.amount_refunded + due}` },
    );
  return { charge, invoice, feeId, feeReturned: returned + due, refunds: refunds.data };
}

/**
 * Records a settlement on the fee ledger row of the charge (found by charge, PaymentIntent or
 * invoice) and its refunds, once each. Totals only move up, so a late or repeated event never
 * takes them back. Returns the ledger row id, or null for a charge outside the ledger.
 */
export async function recordSettlement(tx: TransactionSql, settlement: ChargeSettlement): Promise<number | null> {
  const { charge } = settlement;
  const intent = idOf(charge.payment_intent);
  const [row] = await tx<{ id: string; invoice_id: string | null; payment_intent_id: string | null }[]>`
    select id, invoice_id, payment_intent_id from fee_ledger
    where charge_id = ${charge.id} or (${intent}::text is not null and payment_intent_id = ${intent})
       or (${settlement.invoice}::text is not null and invoice_id = ${settlement.invoice})
    order by id limit 1 for update`;
  if (!row) return null;
  await tx`update fee_ledger set charge_id = coalesce(charge_id, ${charge.id}), application_fee_id = coalesce(application_fee_id, ${settlement.feeId}),
             refunded = greatest(refunded, least(${charge.amount_refunded}, gross)), fee_returned = greatest(fee_returned, least(${settlement.feeReturned}, fee)),
             updated = now()
           where id = ${row.id}`;
  for (const refund of settlement.refunds) {
    // `xmax = 0` marks a row this statement inserted rather than updated: only a new refund is an event,
    // so the API call and its own charge.refunded webhook (or a redelivery) record it once between them.
    const [written] = await tx<(RefundRow & { inserted: boolean })[]>`
      insert into refunds (id, org_id, livemode, fee_ledger_id, charge_id, invoice_id, payment_intent_id, amount, currency, reason, status, created)
      values (${refund.id}, tenant.org_id(), ${charge.livemode}, ${row.id}, ${charge.id}, ${row.invoice_id}, ${row.payment_intent_id ?? intent},
              ${refund.amount}, ${refund.currency}, ${refund.reason ?? null}, ${refund.status ?? "succeeded"}, to_timestamp(${refund.created}))
      on conflict (id) do update set status = excluded.status where refunds.status is distinct from excluded.status
      returning *, (xmax = 0) as inserted`;
    if (written?.inserted) {
      const { inserted: _, ...created } = written;
      await recordEvent(tx, "refund.created", serializeRefund(created));
    }
  }
  return Number(row.id);
}
