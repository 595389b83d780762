import type { Sql, TransactionSql } from "postgres";
import type { TenantScope } from "../../db/tenant";
import { InvalidRequestError, NotFoundError } from "../../shared/errors";
import { randomId } from "../../shared/ids";
import { type Aggregation, applyToCounter, type CounterTarget, periodKey } from "../usage/counters";
import { recordUsageThresholds, type UsageThresholdReached } from "../usage/usage-alerts";
import type { GrantKind } from "./combine";
import { recomputeEntitlements } from "./recompute";

/**
 * Why a check answered as it did; a closed list (documented in the README):
 * allowed: `granted` (within the limit, or a boolean feature), `unlimited`, `overage` (past the
 * quota, accepted and billed), `grace_period` (only a past_due subscription in its grace keeps it);
 * refused: `customer_unknown`, `feature_unknown`, `no_subscription` (no entitled subscription nor
 * grant), `not_in_plan` (entitled subscriptions, but none grants the feature), `limit_reached`.
 */
export const CHECK_REASONS = [
  "granted",
  "unlimited",
  "overage",
  "grace_period",
  "customer_unknown",
  "feature_unknown",
  "no_subscription",
  "not_in_plan",
  "limit_reached",
] as const;
export type CheckReason = (typeof CHECK_REASONS)[number];

export interface CheckInput {
  customer: string;
  feature: string;
  required: number;
  consume: boolean;
}

export interface CheckResult {
  allowed: boolean;
  reason: CheckReason;
  customer: string | null;
  feature: string;
  type: "boolean" | "metered" | "limit" | null;
  limit: number | null;
  used: number;
  balance: number | null;
  unlimited: boolean;
  resets_at: Date | null;
  overage: number;
}

/** Everything a check needs, read in one statement over primary keys. */
export interface CheckRow {
  customer_id: string;
  derived: boolean;
  valid_until: Date | null;
  has_subscription: boolean | null;
  feature_id: string | null;
  type: "boolean" | "metered" | "limit" | null;
  aggregation: Aggregation | null;
  /** The feature's alert thresholds (percent of the limit). */
  alert_thresholds: number[] | null;
  kind: GrantKind | null;
  limit_amount: string | null;
  overage_unit_amounts: Record<string, number> | null;
  period_start: Date | null;
  period_end: Date | null;
  grace_until: Date | null;
  used: string | null;
}

function readCheckRow(tx: TransactionSql, customer: string, feature: string) {
  return tx<CheckRow[]>`
    select c.id as customer_id, s.customer_id is not null as derived, s.valid_until, s.has_subscription,
           f.id as feature_id, f.type, f.aggregation, to_jsonb(f.alert_thresholds) as alert_thresholds, e.kind, e.limit_amount, e.overage_unit_amounts,
           e.period_start, e.period_end, e.grace_until, u.used
    from customers c
    left join entitlement_states s on s.org_id = c.org_id and s.livemode = c.livemode and s.customer_id = c.id
    left join features f on f.org_id = c.org_id and f.livemode = c.livemode and f.key = ${feature}
    left join entitlements e on e.org_id = c.org_id and e.livemode = c.livemode and e.customer_id = c.id and e.feature_id = f.id
    left join usage_counters u on u.org_id = c.org_id and u.livemode = c.livemode and u.customer_id = c.id and u.feature_id = f.id
      and u.period_start = coalesce(e.period_start, '-infinity')
    where c.deleted_at is null
      and (c.id = ${customer} or (c.org_id = tenant.org_id() and c.livemode = tenant.livemode() and c.external_id = ${customer}))
    order by c.id = ${customer} desc limit 1`;
}

/** True when the row can be answered from as read: no customer, or a derivation that is present and not stale by time. */
function isCurrent(row: CheckRow | undefined, now: Date): boolean {
  return !row || (row.derived && !(row.valid_until && row.valid_until <= now));
}

/**
 * The check row of a customer (id or external id) and feature key, derived again first when the
 * customer's derivation is missing or stale by time. Undefined when the customer is unknown.
 */
export async function readFreshCheckRow(tx: TransactionSql, customer: string, feature: string, now: Date): Promise<CheckRow | undefined> {
  const [row] = await readCheckRow(tx, customer, feature);
  if (!row || isCurrent(row, now)) return row;
  await recomputeEntitlements(tx, row.customer_id, now);
  return (await readCheckRow(tx, row.customer_id, feature))[0];
}

/**
 * A check without `consume`, answered from one bare statement (tenant.entitlement_check_row, no
 * transaction) when the customer's derivation is current; undefined when it is not, and the caller
 * runs checkEntitlement, which derives it again first.
 */
export async function checkWithoutTransaction(
  sql: Sql,
  tenant: TenantScope,
  input: CheckInput,
  pinned: string | null,
  now = new Date(),
): Promise<CheckResult | undefined> {
  const [row] = await sql<CheckRow[]>`
    select * from tenant.entitlement_check_row(${tenant.orgId}, ${tenant.livemode}, ${input.customer}, ${input.feature})`;
  if (!isCurrent(row, now)) return undefined;
  return answerCheck(undefined, row, { ...input, consume: false }, pinned, now);
}

/** The customer a request names: its id or external id; a customer session only ever its own. */
export function assertOwnCustomer(resolved: string | null, pinned: string | null, named: string) {
  if (pinned && resolved !== pinned) throw new NotFoundError(`No such customer: '${named}'.`, "resource_missing", "customer");
}

/**
 * May the customer use the feature, and how much is left? One read in the common case; the
 * derivation is refreshed first when it is missing or has gone stale by time. With `consume`, the
 * units are deducted by one conditional statement (see applyToCounter), so the answer and the
 * deduction are one atomic step; the consumption is recorded as a usage event, and the usage
 * thresholds it reaches are recorded in the same step (pushed to `alerts`, to send after commit).
 */
export async function checkEntitlement(
  tx: TransactionSql,
  input: CheckInput,
  pinned: string | null,
  now = new Date(),
  alerts: UsageThresholdReached[] = [],
): Promise<CheckResult> {
  return answerCheck(tx, await readFreshCheckRow(tx, input.customer, input.feature, now), input, pinned, now, alerts);
}

/** The answer from a check row; with `consume`, the deduction in `tx` (a check without consume writes nothing and needs none). */
async function answerCheck(
  tx: TransactionSql | undefined,
  row: CheckRow | undefined,
  input: CheckInput,
  pinned: string | null,
  now: Date,
  alerts: UsageThresholdReached[] = [],
): Promise<CheckResult> {
  assertOwnCustomer(row?.customer_id ?? null, pinned, input.customer);
  const base = {
    customer: row?.customer_id ?? null,
    feature: input.feature,
    limit: null,
    used: 0,
    balance: null,
    unlimited: false,
    resets_at: null,
    overage: 0,
  };
  if (!row) return { ...base, allowed: false, reason: "customer_unknown", type: null };
  if (!row.feature_id || !row.type) return { ...base, allowed: false, reason: "feature_unknown", type: null };
  if (input.consume && (row.type === "boolean" || (row.aggregation !== null && !["sum", "count"].includes(row.aggregation)))) {
    throw new InvalidRequestError(
      "parameter_invalid",
      `'${input.feature}' cannot be consumed: only metered features that sum or count, and limit features, can.`,
      "consume",
    );
  }
  if (!row.kind) return { ...base, type: row.type, allowed: false, reason: row.has_subscription ? "not_in_plan" : "no_subscription" };

  const limit = row.limit_amount === null ? null : Number(row.limit_amount);
  const unlimited = row.kind === "unlimited";
  const soft = row.overage_unit_amounts !== null;
  let used = row.used === null ? 0 : Number(row.used);
  const fits = (value: number) => row.type === "boolean" || unlimited || limit === null || value + input.required <= limit || soft;
  let allowed = fits(used);
  if (allowed && input.consume && tx) {
    const target: CounterTarget = {
      customerId: row.customer_id,
      featureId: row.feature_id,
      periodStart: row.period_start,
      periodEnd: row.period_end,
    };
    const hardLimit = unlimited || soft ? null : limit;
    const after = await applyToCounter(tx, target, { aggregation: "sum", value: input.required, timestamp: now, hardLimit });
    if (after === null) allowed = false;
    else {
      used = after;
      await tx`
        insert into usage_events (org_id, livemode, id, customer_id, feature_id, value, "timestamp", properties, period_start)
        values (tenant.org_id(), tenant.livemode(), ${randomId("consume")}, ${row.customer_id}, ${row.feature_id}, ${input.required}, ${now},
          ${tx.json({ source: "check" })}, ${periodKey(tx, row.period_start)})`;
      const thresholds = row.alert_thresholds ?? [];
      alerts.push(...(await recordUsageThresholds(tx, { ...target, used, limit: unlimited ? null : limit, thresholds })));
    }
  }
  const overage = limit === null ? 0 : Math.max(0, used - limit);
  const reason: CheckReason = !allowed
    ? "limit_reached"
    : row.grace_until
      ? "grace_period"
      : unlimited
        ? "unlimited"
        : limit !== null && used + (input.consume ? 0 : input.required) > limit
          ? "overage"
          : "granted";
  return {
    ...base,
    allowed,
    reason,
    type: row.type,
    limit,
    used,
    balance: limit === null ? null : Math.max(0, limit - used),
    unlimited,
    resets_at: row.period_end,
    overage,
  };
}
