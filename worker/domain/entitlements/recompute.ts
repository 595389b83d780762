import type { TransactionSql } from "postgres";
import { accessEndsAt, isEntitled } from "../dunning/entitlement";
import { getBillingSettings } from "../dunning/settings";
import { recordEvent } from "../events/record";
import { customerTime } from "../test-clock-time";
import { type CombinedEntitlement, combine, type FeatureSources, type GrantKind } from "./combine";
import { entitlementListObject } from "./entitlement-objects";

interface SubscriptionGrantRow {
  subscription_id: string;
  status: string;
  past_due_since: Date | null;
  paused: boolean;
  current_period_start: Date | null;
  current_period_end: Date | null;
  feature_id: string | null;
  kind: GrantKind | null;
  amount: string | null;
  overage: Record<string, number> | null;
}

interface CustomerGrantRow {
  id: string;
  feature_id: string;
  effect: "add" | "override";
  kind: GrantKind;
  amount: string | null;
  expires_at: Date | null;
  created: Date;
}

interface FeatureRow {
  id: string;
  reset: "billing_period" | "never" | null;
}

/** The calendar month (UTC) around `now`: the usage period of a feature granted by hand alone. */
export function calendarMonth(now: Date): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
    end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
  };
}

const earliest = (dates: Array<Date | null>): Date | null =>
  dates.reduce<Date | null>((min, date) => (date && (!min || date < min) ? date : min), null);

/**
 * Derives the customer's entitlements from its sources and stores them, replacing the previous
 * derivation. Called in the transaction of every write that changes a source (the subscription
 * mirror, manual grants) and by a check or the cron when the derivation has gone stale by time.
 * Entitled subscriptions follow `isEntitled` (past_due within its grace); a paused subscription
 * counts only when the merchant's `paused_keeps_access` says so. A customer on a test clock is
 * derived at the clock's time, and its derivation goes stale only when the clock moves (the clock's
 * event derives it again: recordClockTime), never by real time.
 */
export async function recomputeEntitlements(tx: TransactionSql, customerId: string, realNow = new Date()): Promise<void> {
  const { at: now, clocked } = await customerTime(tx, customerId, realNow);
  const settings = await getBillingSettings(tx);
  // Locks the customer's derivation, so two writers for one customer recompute one after the other.
  await tx`insert into entitlement_states (org_id, livemode, customer_id) values (tenant.org_id(), tenant.livemode(), ${customerId})
           on conflict (org_id, livemode, customer_id) do update set computed = now()`;
  const before = await entitlementListObject(tx, customerId);
  const [subscriptionRows, customerGrants] = await Promise.all([
    tx<SubscriptionGrantRow[]>`
      select s.id as subscription_id, s.status, s.past_due_since, s.paused, s.current_period_start, s.current_period_end,
             g.feature_id, g.kind, g.amount,
             (select jsonb_object_agg(o.currency, o.unit_amount) from grant_overage_amounts o where o.grant_id = g.id) as overage
      from subscriptions s
      left join prices p on p.org_id = s.org_id and p.livemode = s.livemode and p.stripe_id = s.stripe_price_id
      left join plan_grants g on g.product_id = p.product_id and g.version = p.version
      where s.customer_id = ${customerId} and s.status not in ('canceled', 'incomplete_expired')
      order by s.created, s.id`,
    tx<CustomerGrantRow[]>`
      select id, feature_id, effect, kind, amount, expires_at, created from customer_grants
      where customer_id = ${customerId} and (expires_at is null or expires_at > ${now})`,
  ]);

  const bySubscription = new Map<string, SubscriptionGrantRow[]>();
  for (const row of subscriptionRows) bySubscription.set(row.subscription_id, [...(bySubscription.get(row.subscription_id) ?? []), row]);
  const sources = new Map<string, FeatureSources>();
  const sourcesOf = (featureId: string) => {
    const entry = sources.get(featureId) ?? { plans: [], overrides: [], grants: [] };
    sources.set(featureId, entry);
    return entry;
  };
  const periods = new Map<string, { start: Date | null; end: Date | null }>();
  const timeLimits: Array<Date | null> = [];
  let hasSubscription = false;
  for (const [subscriptionId, rows] of bySubscription) {
    const facts = rows[0] as SubscriptionGrantRow;
    const entitled = facts.paused
      ? settings.paused_keeps_access && (facts.status === "paused" || isEntitled(facts, settings, now))
      : isEntitled(facts, settings, now);
    if (!entitled) continue;
    hasSubscription = true;
    const graceUntil = accessEndsAt(facts, settings);
    timeLimits.push(graceUntil);
    periods.set(subscriptionId, { start: facts.current_period_start, end: facts.current_period_end });
    for (const row of rows) {
      if (!row.feature_id || !row.kind) continue;
      const amount = row.amount === null ? null : Number(row.amount);
      sourcesOf(row.feature_id).plans.push({ subscription: subscriptionId, kind: row.kind, amount, overage: row.overage, graceUntil });
    }
  }
  for (const grant of customerGrants) {
    const value = { id: grant.id, kind: grant.kind, amount: grant.amount === null ? null : Number(grant.amount) };
    if (grant.effect === "override") sourcesOf(grant.feature_id).overrides.push({ ...value, created: grant.created });
    else sourcesOf(grant.feature_id).grants.push(value);
    timeLimits.push(grant.expires_at);
  }

  const combined = new Map<string, CombinedEntitlement>();
  for (const [featureId, featureSources] of sources) {
    const entitlement = combine(featureSources);
    if (entitlement) combined.set(featureId, entitlement);
  }
  const features = combined.size ? await tx<FeatureRow[]>`select id, reset from features where id in ${tx([...combined.keys()])}` : [];
  const month = calendarMonth(now);
  const rows = features.map((feature): EntitlementWrite => {
    const entitlement = combined.get(feature.id) as CombinedEntitlement;
    const subscriptionPeriod = entitlement.subscription ? periods.get(entitlement.subscription) : undefined;
    const resets = feature.reset === "billing_period";
    const period = !resets ? { start: null, end: null } : subscriptionPeriod?.start ? subscriptionPeriod : month;
    // A calendar-month period rolls over by time alone: derive again when it ends.
    if (resets && period === month) timeLimits.push(month.end);
    return {
      feature_id: feature.id,
      kind: entitlement.kind,
      limit_amount: entitlement.kind === "quota" || entitlement.kind === "cap" ? entitlement.amount : null,
      overage_unit_amounts: entitlement.kind === "quota" ? entitlement.overage : null,
      period_start: period.start,
      period_end: period.end,
      subscription_id: entitlement.subscription,
      grace_until: entitlement.graceUntil,
      sources: entitlement.sources,
    };
  });
  await writeEntitlements(tx, customerId, rows);
  await tx`update entitlement_states set valid_until = ${clocked ? null : earliest(timeLimits)}, has_subscription = ${hasSubscription}, computed = now()
           where customer_id = ${customerId}`;
  const after = await entitlementListObject(tx, customerId);
  // Usage moves `used` and `balance` all day; the event is about what the customer is granted.
  if (grantedPart(before) !== grantedPart(after))
    await recordEvent(tx, "entitlements.updated", { ...after, customer: customerId }, customerId);
}

const grantedPart = (list: Awaited<ReturnType<typeof entitlementListObject>>) =>
  JSON.stringify(list.data.map(({ used: _used, balance: _balance, ...granted }) => granted));

type EntitlementWrite = {
  feature_id: string;
  kind: GrantKind;
  limit_amount: number | null;
  overage_unit_amounts: Record<string, number> | null;
  period_start: Date | null;
  period_end: Date | null;
  subscription_id: string | null;
  grace_until: Date | null;
  sources: CombinedEntitlement["sources"];
};

/** Replaces the customer's stored entitlements with `rows`: one statement removes, one upserts them all. */
async function writeEntitlements(tx: TransactionSql, customerId: string, rows: EntitlementWrite[]) {
  const kept = rows.map((row) => row.feature_id);
  if (kept.length) await tx`delete from entitlements where customer_id = ${customerId} and feature_id not in ${tx(kept)}`;
  else await tx`delete from entitlements where customer_id = ${customerId}`;
  if (!rows.length) return;
  await tx`
    insert into entitlements (org_id, livemode, customer_id, feature_id, kind, limit_amount, overage_unit_amounts,
      period_start, period_end, subscription_id, grace_until, sources)
    select tenant.org_id(), tenant.livemode(), ${customerId}, r.feature_id, r.kind, r.limit_amount, r.overage_unit_amounts,
      r.period_start, r.period_end, r.subscription_id, r.grace_until, r.sources
    from jsonb_to_recordset(${tx.json(rows as never)}) as r(feature_id text, kind text, limit_amount bigint, overage_unit_amounts jsonb,
      period_start timestamptz, period_end timestamptz, subscription_id text, grace_until timestamptz, sources jsonb)
    on conflict (org_id, livemode, customer_id, feature_id) do update set kind = excluded.kind, limit_amount = excluded.limit_amount,
      overage_unit_amounts = excluded.overage_unit_amounts, period_start = excluded.period_start, period_end = excluded.period_end,
      subscription_id = excluded.subscription_id, grace_until = excluded.grace_until, sources = excluded.sources, updated = now()`;
}
