/**
 * How a customer's sources of a feature make one entitlement. Plain functions over plain values,
 * so the rule is written (and tested) once.
 *
 * The rule, for one feature:
 * 1. The plan value is what the customer's entitled subscriptions grant, combined: boolean
 *    features are on if any grants them; quotas and caps are the SUM of what each grants (a second
 *    subscription or an add-on adds to the first); `unlimited` anywhere is unlimited.
 * 2. An override (the newest unexpired one) replaces the plan value, but only while some entitled
 *    subscription grants the feature: it adjusts a plan, it never grants access on its own.
 * 3. Manual grants (unexpired) add to the result by the same sum/any/unlimited rule, with or
 *    without a subscription.
 */
export type GrantKind = "enabled" | "quota" | "cap" | "unlimited";

export interface SourceValue {
  kind: GrantKind;
  amount: number | null;
}

export interface FeatureSources {
  /** What each entitled subscription's plan grants for this feature (one entry per subscription). */
  plans: Array<SourceValue & { subscription: string; overage: Record<string, number> | null; graceUntil: Date | null }>;
  overrides: Array<SourceValue & { id: string; created: Date }>;
  grants: Array<SourceValue & { id: string }>;
}

export interface CombinedEntitlement extends SourceValue {
  /** The subscription whose period the usage counter follows (the first that grants the feature), or null. */
  subscription: string | null;
  /** Overage prices of that subscription's grant: usage above the quota is accepted and billed. */
  overage: Record<string, number> | null;
  /** Set when only past_due subscriptions in their grace period grant the feature: access ends then. */
  graceUntil: Date | null;
  sources: Array<{ type: "subscription" | "override" | "grant"; id: string; kind: GrantKind; amount: number | null }>;
}

/** Adds two values of one feature: unlimited wins, amounts sum, enabled stays enabled. */
function add(a: SourceValue | null, b: SourceValue): SourceValue {
  if (!a) return { ...b };
  if (a.kind === "unlimited" || b.kind === "unlimited") return { kind: "unlimited", amount: null };
  if (a.amount === null || b.amount === null) return { kind: a.kind, amount: a.amount ?? b.amount };
  return { kind: a.kind, amount: Math.min(a.amount + b.amount, Number.MAX_SAFE_INTEGER) };
}

/** The customer's entitlement to one feature, or null when nothing grants it. */
export function combine(sources: FeatureSources): CombinedEntitlement | null {
  let value: SourceValue | null = null;
  const used: CombinedEntitlement["sources"] = [];
  for (const plan of sources.plans) {
    value = add(value, plan);
    used.push({ type: "subscription", id: plan.subscription, kind: plan.kind, amount: plan.amount });
  }
  const override = [...sources.overrides].sort((x, y) => y.created.getTime() - x.created.getTime())[0];
  if (value && override) {
    value = { kind: override.kind, amount: override.amount };
    used.push({ type: "override", id: override.id, kind: override.kind, amount: override.amount });
  }
  for (const grant of sources.grants) {
    value = add(value, grant);
    used.push({ type: "grant", id: grant.id, kind: grant.kind, amount: grant.amount });
  }
  if (!value) return null;
  const primary = sources.plans[0] ?? null;
  // Grace matters only when nothing else keeps the feature: a paid-up plan or a manual grant.
  const graced = sources.plans.length > 0 && sources.grants.length === 0 && sources.plans.every((plan) => plan.graceUntil !== null);
  const graceUntil = graced ? new Date(Math.max(...sources.plans.map((plan) => (plan.graceUntil as Date).getTime()))) : null;
  return { ...value, subscription: primary?.subscription ?? null, overage: primary?.overage ?? null, graceUntil, sources: used };
}
