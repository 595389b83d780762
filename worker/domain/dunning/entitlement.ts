import type { BillingSettings } from "./settings";

/** The fields of a mirrored subscription that decide whether its customer keeps access. */
export interface EntitlementFacts {
  status: string;
  past_due_since: Date | null;
}

const DAY_MS = 86_400_000;

/**
 * When a past_due subscription loses its entitlements: the end of the merchant's grace period,
 * counted from when it fell behind. Null for any other status (paid up, or already without access).
 */
export function accessEndsAt(subscription: EntitlementFacts, settings: Pick<BillingSettings, "grace_period_days">): Date | null {
  if (subscription.status !== "past_due" || !subscription.past_due_since) return null;
  return new Date(subscription.past_due_since.getTime() + settings.grace_period_days * DAY_MS);
}

/**
 * Whether the subscription grants its entitlements at `now`: active and trialing do; past_due
 * does until the grace period ends; everything else (unpaid, paused, canceled, incomplete) does not
 * (Stripe marks a subscription unpaid only after all retries, and the grace period stops access
 * sooner for any grace shorter than the retry schedule).
 */
export function isEntitled(subscription: EntitlementFacts, settings: Pick<BillingSettings, "grace_period_days">, now: Date): boolean {
  if (subscription.status === "active" || subscription.status === "trialing") return true;
  if (subscription.status !== "past_due") return false;
  const ends = accessEndsAt(subscription, settings);
  return ends === null || now < ends;
}
