import type { TransactionSql } from "postgres";
import { applicationFee, type FeeSplit } from "./application-fee";

/** BillingOS tiers whose subscription replaces the transaction fee (organizations.billing_tier). */
const FEE_FREE_TIERS = new Set(["starter", "growth", "scale", "enterprise"]);

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
