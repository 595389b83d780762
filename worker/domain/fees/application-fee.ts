/**
 * BillingOS's fee on every successful charge on a connected account: 0.5 % of the amount plus a
 * fixed part per currency, taken as a Stripe application fee.
 *
 * Rounding rule (the only one): the percentage part is rounded half up to a whole minor unit;
 * the fee never exceeds the amount; `net = gross - fee`, so `fee + net = gross` always holds.
 * All arithmetic is on integers (BigInt inside, so amounts up to 2^53 cannot overflow).
 */
export const FEE_BASIS_POINTS = 50n; // 0.5 %

/**
 * The fixed part, in each currency's minor unit, roughly 30 US cents at the time of writing.
 * Currencies not listed pay the percentage only (documented in README: Fees).
 */
export const FIXED_FEE_MINOR: Readonly<Record<string, number>> = {
  usd: 30,
  eur: 25,
  gbp: 20,
  cad: 40,
  aud: 45,
  nzd: 50,
  chf: 30,
  sek: 300,
  nok: 300,
  dkk: 200,
  pln: 120,
  czk: 700,
  jpy: 45,
  sgd: 40,
  hkd: 240,
  inr: 2500,
  brl: 150,
  mxn: 500,
};

export interface FeeSplit {
  gross: number;
  fee: number;
  net: number;
}

export function applicationFee(gross: number, currency: string): FeeSplit {
  if (!Number.isSafeInteger(gross) || gross < 0)
    throw new RangeError(`gross must be a non-negative safe integer of minor units, got ${gross}`);
  const percentage = (BigInt(gross) * FEE_BASIS_POINTS + 5_000n) / 10_000n; // half up
  const fixed = BigInt(gross === 0 ? 0 : (FIXED_FEE_MINOR[currency.toLowerCase()] ?? 0));
  const fee = Number(percentage + fixed > BigInt(gross) ? BigInt(gross) : percentage + fixed);
  return { gross, fee, net: gross - fee };
}

/**
 * The fee returned by a refund: the fee's share of everything refunded so far (rounded half up),
 * minus what earlier refunds already returned. Computing on the running total means a refund that
 * completes the charge returns exactly the rest of the fee, and the sum never exceeds it.
 */
export function feeToReturn(split: FeeSplit, refundedSoFar: number, alreadyReturned: number): number {
  if (!Number.isSafeInteger(refundedSoFar) || refundedSoFar < 0 || refundedSoFar > split.gross)
    throw new RangeError("refunded must be between 0 and gross");
  if (split.gross === 0) return 0;
  const dueSoFar = Number((BigInt(split.fee) * BigInt(refundedSoFar) * 2n + BigInt(split.gross)) / (2n * BigInt(split.gross)));
  return Math.max(0, dueSoFar - alreadyReturned);
}
