import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { stripeCode } from "../../shared/error-codes";
import { ApiError, InvalidRequestError, NotFoundError } from "../../shared/errors";
import { recordAudit } from "../audit";
import type { BillingContext } from "../billing-context";
import { chargeOfLedgerRow } from "../fees/charge-of";
import { recordSettlement, settleRefundedCharge } from "./charge-settlement";
import type { RefundRow } from "./refund-list";

export const REFUND_REASONS = ["duplicate", "fraudulent", "requested_by_customer"] as const;

export interface RefundInput {
  invoice?: string | undefined;
  payment_intent?: string | undefined;
  amount?: number | undefined;
  reason?: (typeof REFUND_REASONS)[number] | undefined;
}

interface LedgerRow {
  id: string;
  invoice_id: string | null;
  payment_intent_id: string | null;
  charge_id: string | null;
  gross: string;
  refunded: string;
}

/**
 * The fee ledger row of the payment to refund, locked until the transaction ends, and how much is
 * left to refund on it.
 */
async function refundable(tx: TransactionSql, input: RefundInput): Promise<{ ledger: LedgerRow; amount: number }> {
  const param = input.invoice ? "invoice" : "payment_intent";
  const [ledger] = input.invoice
    ? await tx<LedgerRow[]>`select * from fee_ledger where invoice_id = ${input.invoice} for update`
    : await tx<LedgerRow[]>`select * from fee_ledger where payment_intent_id = ${input.payment_intent as string} for update`;
  if (!ledger) {
    const [invoice] = input.invoice ? await tx`select status from invoices where id = ${input.invoice}` : [];
    if (invoice) throw new InvalidRequestError("invoice_not_paid", `Invoice '${input.invoice}' has no payment to refund.`, "invoice");
    throw new NotFoundError(`No paid ${param.replace("_", " ")} '${input.invoice ?? input.payment_intent}'.`, "resource_missing", param);
  }
  const left = Number(ledger.gross) - Number(ledger.refunded);
  if (left <= 0) throw new InvalidRequestError("charge_already_refunded", "This payment has been refunded in full.", param);
  const amount = input.amount ?? left;
  if (amount > left)
    throw new InvalidRequestError("amount_too_large", `At most ${left} (minor units) is left to refund on this payment.`, "amount");
  return { ledger, amount };
}

/**
 * Refunds all or part of a payment on the connected account, then returns BillingOS's share of
 * the fee and records both on the fee ledger. Over-refunds are refused before Stripe is called.
 * The payment's ledger row stays locked from the check to the record, so refunds of one payment
 * run one after the other, each seeing what the one before left (a double submit makes two
 * refunds only if the payment covers both; send one Idempotency-Key to make it one).
 */
export async function createRefund(billing: BillingContext, input: RefundInput): Promise<RefundRow> {
  if ((input.invoice === undefined) === (input.payment_intent === undefined))
    throw new InvalidRequestError("parameter_invalid", "Pass either invoice or payment_intent (exactly one).", "invoice");
  return billing.inTenant((tx) => refundLocked(billing, tx, input));
}

async function refundLocked(billing: BillingContext, tx: TransactionSql, input: RefundInput): Promise<RefundRow> {
  const { ledger, amount } = await refundable(tx, input);
  const charge = ledger.charge_id ?? (await chargeOfLedgerRow(billing.stripe, ledger, billing.on))?.chargeId;
  if (!charge) throw new InvalidRequestError("charge_not_found", "Stripe has no successful charge for this payment.", "invoice");
  const refund = await billing.stripe.refunds
    .create(
      { charge, amount, ...(input.reason ? { reason: input.reason } : {}), metadata: { billingos_ledger: ledger.id } },
      { ...billing.on, idempotencyKey: `billingos-refund-${ledger.id}-${ledger.refunded}-${amount}` },
    )
    .catch((error: Stripe.errors.StripeError) => {
      if (error.type === "StripeInvalidRequestError")
        throw new InvalidRequestError(stripeCode(error.code, "refund_refused"), error.message, "amount");
      throw error;
    });
  const settlement = await settleRefundedCharge(billing.stripe, billing.on, charge);
  await recordSettlement(tx, settlement);
  await recordAudit(tx, billing.context, {
    action: "refund.created",
    target: { type: "refund", id: refund.id },
    after: { amount, invoice: ledger.invoice_id, payment_intent: ledger.payment_intent_id },
  });
  const [row] = await tx<RefundRow[]>`select * from refunds where id = ${refund.id}`;
  if (!row) throw new ApiError(500, "api_error", "refund_not_recorded", "The refund was made on Stripe but not recorded.");
  return row;
}
