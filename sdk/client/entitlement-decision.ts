import type { components } from "./openapi";

export type CustomerStateDocument = components["schemas"]["CustomerState"];
export type Entitlement = components["schemas"]["Entitlement"];

/**
 * Why the page's answer is what it is: the server's reasons (`POST /v1/entitlements/check`) that
 * can be told from the cached customer state, plus `signed_out` (no customer session).
 */
export type DecisionReason = "granted" | "unlimited" | "overage" | "grace_period" | "not_in_plan" | "limit_reached" | "signed_out";

export interface EntitlementDecision {
  allowed: boolean;
  reason: DecisionReason;
  /** The customer's entitlement to the feature, when it has one. */
  entitlement: Entitlement | undefined;
}

/** One index per state document (documents are replaced, never mutated), so a decision is a map lookup. */
const indexes = new WeakMap<CustomerStateDocument, Map<string, Entitlement>>();

export function entitlementOf(state: CustomerStateDocument, feature: string): Entitlement | undefined {
  let index = indexes.get(state);
  if (!index) {
    index = new Map(state.entitlements.map((entitlement) => [entitlement.feature, entitlement]));
    indexes.set(state, index);
  }
  return index.get(feature);
}

/** Usage this period as of `now`: a period that has ended since the state was fetched starts again at 0. */
export function currentUsage(entitlement: Entitlement, now: number): number {
  return entitlement.resets_at !== null && now >= entitlement.resets_at ? 0 : entitlement.used;
}

/**
 * May the signed-in customer use `feature` (`required` units of it), decided in the page from the
 * cached customer state, with the server's rules (worker/domain/entitlements/check.ts): booleans and
 * unlimited grants pass, a quota or cap passes while `used + required ≤ limit`, a soft quota (one
 * that prices overage) always passes. This is for the page only: the merchant's server must ask
 * `check()` from `@billingos/sdk/server` before doing the work.
 */
export function decideEntitlement(
  state: CustomerStateDocument | null,
  feature: string,
  required = 1,
  now = Date.now() / 1000,
): EntitlementDecision {
  if (!state) return { allowed: false, reason: "signed_out", entitlement: undefined };
  const entitlement = entitlementOf(state, feature);
  // A grace period that ended since the state was fetched no longer keeps the feature.
  if (!entitlement || (entitlement.grace_until !== null && now >= entitlement.grace_until)) {
    return { allowed: false, reason: "not_in_plan", entitlement: undefined };
  }
  const granted = (reason: DecisionReason): EntitlementDecision => ({
    allowed: true,
    reason: entitlement.grace_until !== null ? "grace_period" : reason,
    entitlement,
  });
  if (entitlement.type === "boolean") return granted("granted");
  if (entitlement.value === "unlimited") return granted("unlimited");
  const limit = typeof entitlement.value === "number" ? entitlement.value : 0;
  if (currentUsage(entitlement, now) + required <= limit) return granted("granted");
  if (entitlement.overage_unit_amounts !== null) return granted("overage");
  return { allowed: false, reason: "limit_reached", entitlement };
}
