import type { TransactionSql } from "postgres";
import { ApiError, InvalidRequestError, NotFoundError } from "../../shared/errors";
import { type CheckRow, readFreshCheckRow } from "../entitlements/check";
import { type Aggregation, applyToCounter, type CounterTarget, periodKey } from "./counters";
import { recordUsageThresholds, type UsageThresholdReached } from "./usage-alerts";

/** How far a usage timestamp may be ahead of our clock, and how far back (the dedup window too). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
export const PAST_WINDOW_MS = 35 * 86_400_000;

export interface UsageEventInput {
  id: string;
  customer: string;
  feature: string;
  value: number;
  /** When the usage happened; defaults to now. */
  timestamp: Date;
  properties: Record<string, string | number | boolean>;
}

export interface IngestOutcome {
  id: string;
  status: "accepted" | "duplicate";
  customer: string;
  feature: string;
  /** The counter after this event (its current value for a duplicate). */
  used: number;
  period_start: Date | null;
}

/** The timestamp window: refuses usage from the far future or from beyond the 35 days an id is kept for. */
export function assertTimestampInWindow(timestamp: Date, now: Date) {
  if (timestamp.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    throw new InvalidRequestError("timestamp_in_future", "timestamp is more than 5 minutes ahead of the server's clock.", "timestamp");
  if (timestamp.getTime() < now.getTime() - PAST_WINDOW_MS)
    throw new InvalidRequestError(
      "timestamp_too_old",
      "timestamp is more than 35 days in the past; such usage cannot be recorded.",
      "timestamp",
    );
}

/** Customers and features read once per batch: a batch mostly repeats a few pairs. */
export type RowCache = Map<string, CheckRow | undefined>;

async function entitlementFor(tx: TransactionSql, input: UsageEventInput, now: Date, cache: RowCache) {
  const key = `${input.customer}\u0000${input.feature}`;
  if (!cache.has(key)) cache.set(key, await readFreshCheckRow(tx, input.customer, input.feature, now));
  const row = cache.get(key);
  if (!row) throw new NotFoundError(`No such customer: '${input.customer}'.`, "resource_missing", "customer");
  if (!row.feature_id || !row.type) throw new InvalidRequestError("resource_missing", `No such feature: '${input.feature}'.`, "feature");
  if (row.type === "boolean")
    throw new InvalidRequestError("feature_not_metered", `'${input.feature}' is a boolean feature: it has no usage.`, "feature");
  if (!row.kind)
    throw new ApiError(409, "invalid_request_error", "not_entitled", `The customer is not entitled to '${input.feature}'.`, "feature");
  return row as CheckRow & { feature_id: string; kind: NonNullable<CheckRow["kind"]> };
}

const refused = Symbol("refused");

/** What one event needs before it is written: its entitlement, counter, aggregation and hard limit. */
export interface PreparedEvent {
  input: UsageEventInput;
  row: CheckRow & { feature_id: string; kind: NonNullable<CheckRow["kind"]> };
  aggregation: Aggregation;
  limit: number | null;
  /** The limit the counter must not pass (null: unlimited or soft, overage priced). */
  hardLimit: number | null;
  target: CounterTarget;
  uniqueValue: string | undefined;
}

/** Checks one event (timestamp window, customer, feature, entitlement, unique key) without writing it. */
export async function prepareEvent(tx: TransactionSql, input: UsageEventInput, now: Date, cache: RowCache): Promise<PreparedEvent> {
  assertTimestampInWindow(input.timestamp, now);
  const row = await entitlementFor(tx, input, now, cache);
  const aggregation = row.aggregation ?? "sum";
  const uniqueValue = input.properties.unique_key;
  if (aggregation === "unique" && (uniqueValue === undefined || String(uniqueValue).length > 500))
    throw new InvalidRequestError(
      "parameter_missing",
      "A unique feature counts distinct properties.unique_key values: set it.",
      "properties.unique_key",
    );
  const limit = row.limit_amount === null ? null : Number(row.limit_amount);
  const hardLimit = row.kind === "unlimited" || row.overage_unit_amounts !== null ? null : limit;
  const target: CounterTarget = {
    customerId: row.customer_id,
    featureId: row.feature_id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
  };
  return { input, row, aggregation, limit, hardLimit, target, uniqueValue: uniqueValue === undefined ? undefined : String(uniqueValue) };
}

/** The 409 an event gets when it would pass the customer's hard limit. */
export const limitReached = (prepared: PreparedEvent) =>
  new ApiError(
    409,
    "invalid_request_error",
    "limit_reached",
    `This event would pass the customer's limit of ${prepared.limit} for '${prepared.input.feature}'.`,
    "value",
  );

/**
 * Records one usage event exactly once (its id is the key per organisation and mode) and adds it
 * to the customer's counter for the current period. Late events whose timestamp falls before the
 * current period (a closed period, already invoiced) count in the current period: usage is never
 * lost and a billed invoice is never reopened. A hard limit refuses the event that would cross it
 * (409 limit_reached) and nothing is written; a soft limit (overage priced) accepts it. The usage
 * thresholds an accepted event reaches are recorded with it (pushed to `alerts`, to send after commit).
 */
export async function ingestEvent(
  tx: TransactionSql,
  input: UsageEventInput,
  now: Date,
  cache: RowCache = new Map(),
  alerts: UsageThresholdReached[] = [],
): Promise<IngestOutcome> {
  const prepared = await prepareEvent(tx, input, now, cache);
  const { row, aggregation, limit, hardLimit, target, uniqueValue } = prepared;
  const outcome = { id: input.id, customer: row.customer_id, feature: input.feature, period_start: row.period_start };

  const record = async (sp: TransactionSql): Promise<IngestOutcome> => {
    const [fresh] = await sp`
      insert into usage_events (org_id, livemode, id, customer_id, feature_id, value, "timestamp", properties, period_start)
      values (tenant.org_id(), tenant.livemode(), ${input.id}, ${row.customer_id}, ${row.feature_id}, ${input.value}, ${input.timestamp},
        ${sp.json(input.properties)}, ${periodKey(sp, row.period_start)})
      on conflict (org_id, livemode, id) do nothing returning 1`;
    if (!fresh) {
      const [counter] = await sp<{ used: string }[]>`
        select used from usage_counters where customer_id = ${row.customer_id} and feature_id = ${row.feature_id}
          and period_start = ${periodKey(sp, row.period_start)}`;
      return { ...outcome, status: "duplicate", used: counter ? Number(counter.used) : 0 };
    }
    const used = await applyToCounter(sp, target, {
      aggregation,
      value: input.value,
      timestamp: input.timestamp,
      hardLimit,
      uniqueValue,
    });
    if (used === null) throw refused;
    const thresholds = row.alert_thresholds ?? [];
    alerts.push(...(await recordUsageThresholds(sp, { ...target, used, limit: row.kind === "unlimited" ? null : limit, thresholds })));
    return { ...outcome, status: "accepted", used };
  };
  // A refusal must take the event row back with it: only a limit can refuse, so only then a savepoint.
  if (hardLimit === null) return record(tx);
  try {
    return await tx.savepoint(record);
  } catch (error) {
    if (error !== refused) throw error;
    throw limitReached(prepared);
  }
}
