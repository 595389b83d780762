import type { TransactionSql } from "postgres";
import { applicationFee, FEE_BASIS_POINTS, type FeeSplit, FIXED_FEE_MINOR } from "./application-fee";
import type { ChargeRef } from "./charge-of";

/** BillingOS tiers whose subscription replaces the transaction fee (organizations.billing_tier). */
const FEE_FREE_TIERS = new Set(["starter", "growth", "scale", "enterprise"]);

/** The organisation's transaction fee rule in `currency` for its tier: a share of each payment and a fixed part (both 0 on a paid tier). */
export function feeRule(billingTier: string, currency: string): { basis_points: number; fixed_amount: number } {
  if (FEE_FREE_TIERS.has(billingTier)) return { basis_points: 0, fixed_amount: 0 };
  return { basis_points: Number(FEE_BASIS_POINTS), fixed_amount: FIXED_FEE_MINOR[currency.toLowerCase()] ?? 0 };
}

/**
 * The one place that decides BillingOS's fee on a charge of the current tenant: the fee rule of
 * `applicationFee`, or nothing for an organisation on a paying BillingOS tier. Every fee (checkout
 * invoices and PaymentIntents, renewal invoices, the fee ledger) goes through here.
 */
export async function orgFee(tx: TransactionSql, gross: number, currency: string): Promise<FeeSplit> {
  const [org] = await tx<{ billing_tier: string }[]>`select billing_tier from organizations where id = tenant.org_id()`;
  if (org && FEE_FREE_TIERS.has(org.billing_tier)) return { gross, fee: 0, net: gross };
  return applicationFee(gross, currency);
}

/**
 * The split the fee ledger records for a paid charge: the fee Stripe holds when the charge is known
 * (taken, less any excess returned) (so the ledger and the refunds computed from Stripe's totals agree even if the tier
 * changed in between), else what `orgFee` decides now.
 */
export async function ledgerSplit(
  tx: TransactionSql,
  gross: number,
  currency: string,
  charge: ChargeRef | null | undefined,
): Promise<FeeSplit> {
  if (charge?.applicationFeeAmount === null || charge?.applicationFeeAmount === undefined) return orgFee(tx, gross, currency);
  const fee = Math.min(charge.applicationFeeAmount, gross);
  return { gross, fee, net: gross - fee };
}
