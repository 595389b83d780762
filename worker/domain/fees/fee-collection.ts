import type Stripe from "stripe";

/**
 * Collecting BillingOS's exact fee on an invoice Stripe finalizes and pays before BillingOS can set
 * `application_fee_amount` on its draft (a checkout's first invoice, a plan change made now).
 * Stripe documents two tools for this: the subscription's `application_fee_percent` (two decimals,
 * fixed on each invoice at finalization) and application fee refunds. The percentage is rounded up
 * so it never takes less than the fee, and the excess goes back with a fee refund tagged
 * `EXCESS_RETURN` when the invoice is paid, so what BillingOS keeps is the fee exactly.
 */
export const EXCESS_RETURN = { billingos_return: "excess" } as const;

/**
 * The smallest `application_fee_percent` (hundredths of a percent) whose share of `amount` is at
 * least `fee` before any rounding, so Stripe's rounding of it to a minor unit cannot fall below the fee.
 * It overshoots by less than `amount / 10 000` minor units, which returnExcessFee gives back.
 */
export function percentCovering(fee: number, amount: number): number {
  if (!Number.isSafeInteger(fee) || !Number.isSafeInteger(amount) || fee < 0 || amount <= 0 || fee > amount)
    throw new RangeError(`fee ${fee} must be between 0 and the amount ${amount}`);
  const hundredths = (BigInt(fee) * 10_000n + BigInt(amount) - 1n) / BigInt(amount);
  return Number(hundredths) / 100;
}

/** How much of an application fee was returned as excess (not for a refund of the charge). */
export async function excessReturned(stripe: Stripe, feeId: string): Promise<number> {
  const refunds = await stripe.applicationFees.listRefunds(feeId, { limit: 100 });
  return refunds.data
    .filter((refund) => refund.metadata?.billingos_return === EXCESS_RETURN.billingos_return)
    .reduce((sum, refund) => sum + refund.amount, 0);
}

/**
 * Brings an application fee down to `exact` by returning the excess once (keyed by the fee, so a
 * repeated or concurrent call returns nothing twice), never more than is still unrefunded. Returns
 * the fee BillingOS keeps: `exact`, or less when Stripe took less (nothing can be added afterwards).
 */
export async function returnExcessFee(stripe: Stripe, feeId: string, exact: number): Promise<number> {
  const fee = await stripe.applicationFees.retrieve(feeId);
  const returned = await excessReturned(stripe, feeId);
  if (returned > 0) return fee.amount - returned;
  const excess = Math.min(fee.amount - exact, fee.amount - fee.amount_refunded);
  if (excess <= 0) return fee.amount;
  await stripe.applicationFees.createRefund(
    fee.id,
    { amount: excess, metadata: { ...EXCESS_RETURN } },
    { idempotencyKey: `billingos-fee-excess-${fee.id}` },
  );
  return fee.amount - excess;
}
