import type { TransactionSql } from "postgres";
import { toTimestamp } from "../../shared/schemas";
import { recordEvent } from "../events/record";
import { type CounterTarget, periodKey } from "./counters";

/** The thresholds (percent of the limit) a feature alerts at unless the merchant sets its own. */
export const DEFAULT_ALERT_THRESHOLDS = [80, 100];

/** Where a counter stands after a change, and what its feature alerts at. */
export interface CounterReading extends CounterTarget {
  used: number;
  /** The customer's limit (quota or cap); null for unlimited and boolean features, which never alert. */
  limit: number | null;
  /** Percent of the limit, from the feature's `alert_thresholds`. */
  thresholds: number[];
}

/** One threshold reached for the first time in its period: what the e-mails (and webhooks) say. */
export interface UsageThresholdReached {
  customerId: string;
  featureId: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  threshold: number;
  used: number;
  limit: number;
}

/**
 * The thresholds `used` has reached: `used ≥ limit × threshold / 100`, in integers so that 80 % of
 * 100 is reached at exactly 80. A limit of 0 (everything is overage) has nothing to warn about.
 */
export function reachedThresholds(used: number, limit: number | null, thresholds: number[]): number[] {
  if (limit === null || limit <= 0) return [];
  return thresholds.filter((threshold) => used * 100 >= limit * threshold);
}

/**
 * Records every threshold the counter has reached that is not yet recorded for this customer,
 * feature and period, in the transaction that changed the counter. The primary key of
 * `usage_alerts` decides: a redelivered, retried or concurrent event that reaches a threshold
 * again records nothing (a concurrent insert waits for the first to commit, then does nothing).
 * Returns only the thresholds recorded now: the caller sends their e-mails after commit, and
 * anything else that must happen exactly once per threshold (an outbound webhook event) belongs
 * here, in this transaction.
 */
export async function recordUsageThresholds(tx: TransactionSql, reading: CounterReading): Promise<UsageThresholdReached[]> {
  const reached = reachedThresholds(reading.used, reading.limit, reading.thresholds);
  if (!reached.length || reading.limit === null) return [];
  const limit = reading.limit;
  const rows = await tx<{ threshold: number }[]>`
    insert into usage_alerts (org_id, livemode, customer_id, feature_id, period_start, period_end, threshold, used, limit_amount)
    select tenant.org_id(), tenant.livemode(), ${reading.customerId}, ${reading.featureId}, ${periodKey(tx, reading.periodStart)},
      ${reading.periodEnd}, t::smallint, ${reading.used}, ${limit}
    from jsonb_array_elements_text(${tx.json(reached)}) as t
    on conflict do nothing
    returning threshold`;
  const recorded = rows.map((row) => ({
    customerId: reading.customerId,
    featureId: reading.featureId,
    periodStart: reading.periodStart,
    periodEnd: reading.periodEnd,
    threshold: Number(row.threshold),
    used: reading.used,
    limit,
  }));
  if (recorded.length) await recordThresholdEvents(tx, recorded);
  return recorded;
}

/** One `usage.threshold_reached` event per threshold recorded now, in the same transaction (so once per period). */
async function recordThresholdEvents(tx: TransactionSql, recorded: UsageThresholdReached[]) {
  const [feature] = await tx<{ key: string }[]>`select key from features where id = ${recorded[0]?.featureId ?? ""}`;
  for (const alert of recorded) {
    const object = {
      object: "usage_threshold" as const,
      customer: alert.customerId,
      feature: feature?.key ?? alert.featureId,
      threshold: alert.threshold,
      used: alert.used,
      limit: alert.limit,
      period_start: toTimestamp(alert.periodStart),
      period_end: toTimestamp(alert.periodEnd),
    };
    await recordEvent(tx, "usage.threshold_reached", object, alert.customerId);
  }
}
