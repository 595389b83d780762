import type { Sql } from "postgres";
import Stripe from "stripe";
import { type TenantScope, withTenant } from "../../db/tenant";
import { findAccount } from "../connect";

/** Where one organisation's catalogue is mirrored: its connected account in one mode. */
export interface SyncTarget {
  sql: Sql;
  stripe: Stripe;
  tenant: TenantScope;
  stripeAccount: string;
}

/**
 * The target for this tenant, or undefined while the organisation has no connected account in this
 * mode (objects then stay `pending` and nothing is sent). The Stripe client is only built once an
 * account exists, so a mode without a configured secret key is not an error here.
 */
export async function openSyncTarget(sql: Sql, tenant: TenantScope, stripe: () => Stripe): Promise<SyncTarget | undefined> {
  const account = await withTenant(sql, tenant, findAccount);
  if (!account) return undefined;
  return { sql, stripe: stripe(), tenant, stripeAccount: account.stripe_account_id };
}

/** A push that could not run for a reason of ours (its product is not on Stripe), recorded like a Stripe refusal. */
export class SyncBlockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SyncBlockedError";
  }
}

/**
 * Stripe refusing or being unreachable (after the SDK's retries) is a sync failure to record on
 * the object; anything else (our database) is a real error and propagates.
 */
export function syncFailureMessage(error: unknown): string | undefined {
  if (error instanceof SyncBlockedError) return error.message.slice(0, 2000);
  if (!(error instanceof Stripe.errors.StripeError)) return undefined;
  const code = error.code ? ` (${error.code})` : "";
  return `Stripe: ${error.message}${code}`.slice(0, 2000);
}

export const isStripeCode = (error: unknown, code: string) => error instanceof Stripe.errors.StripeError && error.code === code;
