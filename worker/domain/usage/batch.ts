import type { TransactionSql } from "postgres";
import { ApiError } from "../../shared/errors";
import { addToCounter, applyToCounter } from "./counters";
import { limitReached, type PreparedEvent, prepareEvent, type RowCache, type UsageEventInput } from "./ingest";
import { recordUsageThresholds, type UsageThresholdReached } from "./usage-alerts";

/** One batch item's answer: counted, already counted, or refused with its error. */
export type BatchOutcome = "accepted" | "duplicate" | ApiError;

/** The counter an event goes to, as one comparable string (customer, feature, period). */
const counterKey = (event: PreparedEvent) =>
  `${event.target.customerId}\u0000${event.target.featureId}\u0000${event.target.periodStart?.toISOString() ?? ""}`;

/** Only an event that may be refused, or whose aggregation depends on the others, needs a statement of its own. */
const needsOwnStatement = (event: PreparedEvent) => event.hardLimit !== null || !["sum", "count"].includes(event.aggregation);

/**
 * Records a batch of usage events in a few statements instead of two per event: one insert of all
 * of them (in id order, so two batches that share ids lock them in the same order and never
 * deadlock; `on conflict do nothing` answers which are new), then one update per counter with the
 * sum (or count) of its new events. Counters are taken in one sorted order too. Events under a hard
 * limit (which must refuse exactly the event that would cross it) and `unique`/`max`/`last` features
 * still go one by one, in batch order; a refused one is deleted again. Each counter change records
 * its thresholds with the counter's new value (pushed to `alerts`, to send after commit).
 * `items` holds each event, or the error that already refused it; the answers come in that order.
 */
export async function ingestBatch(
  tx: TransactionSql,
  items: Array<UsageEventInput | ApiError>,
  now: Date,
  alerts: UsageThresholdReached[],
): Promise<BatchOutcome[]> {
  const cache: RowCache = new Map();
  const outcomes: BatchOutcome[] = [];
  const prepared = new Map<number, PreparedEvent>();
  const seenIds = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (item instanceof ApiError) {
      outcomes.push(item);
      continue;
    }
    try {
      const event = await prepareEvent(tx, item, now, cache);
      // A second event with an id already in this batch is a duplicate, as it would be in the next one.
      if (seenIds.has(item.id)) {
        outcomes.push("duplicate");
        continue;
      }
      seenIds.add(item.id);
      prepared.set(index, event);
      outcomes.push("accepted");
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      outcomes.push(error);
    }
  }
  if (!prepared.size) return outcomes;

  const fresh = await insertEvents(tx, [...prepared.values()]);
  const groups = new Map<string, Array<[number, PreparedEvent]>>();
  for (const [index, event] of prepared) {
    if (!fresh.has(event.input.id)) {
      outcomes[index] = "duplicate";
      continue;
    }
    const key = counterKey(event);
    groups.set(key, [...(groups.get(key) ?? []), [index, event]]);
  }
  const refusedIds: string[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key) ?? [];
    const [, first] = group[0] as [number, PreparedEvent];
    if (!needsOwnStatement(first)) {
      await addBatchToCounter(tx, group, alerts);
      continue;
    }
    // Unique values are locked before their counter: one batch at a time on such a counter.
    if (first.aggregation === "unique") await tx`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    for (const [index, event] of group) {
      const used = await applyToCounter(tx, event.target, {
        aggregation: event.aggregation,
        value: event.input.value,
        timestamp: event.input.timestamp,
        hardLimit: event.hardLimit,
        uniqueValue: event.uniqueValue,
      });
      if (used === null) {
        outcomes[index] = limitReached(event);
        refusedIds.push(event.input.id);
        continue;
      }
      alerts.push(...(await recordUsageThresholds(tx, reading(event, used))));
    }
  }
  if (refusedIds.length)
    await tx`delete from usage_events where org_id = tenant.org_id() and livemode = tenant.livemode() and id in (select jsonb_array_elements_text(${tx.json(refusedIds)}))`;
  return outcomes;
}

const reading = (event: PreparedEvent, used: number) => ({
  ...event.target,
  used,
  limit: event.row.kind === "unlimited" ? null : event.limit,
  thresholds: event.row.alert_thresholds ?? [],
});

/** Inserts the events in id order; returns the ids that were new. */
async function insertEvents(tx: TransactionSql, events: PreparedEvent[]): Promise<Set<string>> {
  // One JSON parameter: postgres.js sends JavaScript arrays without their element type.
  const rows = events.map((e) => ({
    id: e.input.id,
    customer_id: e.target.customerId,
    feature_id: e.target.featureId,
    value: e.input.value,
    ts: e.input.timestamp.toISOString(),
    properties: e.input.properties,
    period_start: e.target.periodStart?.toISOString() ?? null,
  }));
  const inserted = await tx<{ id: string }[]>`
    insert into usage_events (org_id, livemode, id, customer_id, feature_id, value, "timestamp", properties, period_start)
    select tenant.org_id(), tenant.livemode(), e.id, e.customer_id, e.feature_id, e.value, e.ts, e.properties,
      coalesce(e.period_start, '-infinity'::timestamptz)
    from jsonb_to_recordset(${tx.json(rows)})
      as e(id text, customer_id text, feature_id text, value numeric, ts timestamptz, properties jsonb, period_start timestamptz)
    order by e.id
    on conflict (org_id, livemode, id) do nothing
    returning id`;
  return new Set(inserted.map((row) => row.id));
}

/** One statement for a counter's new `sum`/`count` events, then its thresholds at the new value. */
async function addBatchToCounter(tx: TransactionSql, group: Array<[number, PreparedEvent]>, alerts: UsageThresholdReached[]) {
  const events = group.map(([, event]) => event);
  const first = events[0] as PreparedEvent;
  const values = events.map((event) => (first.aggregation === "count" ? 1 : event.input.value));
  const lastEventAt = new Date(Math.max(...events.map((event) => event.input.timestamp.getTime())));
  const used = await addToCounter(tx, first.target, values, lastEventAt);
  alerts.push(...(await recordUsageThresholds(tx, reading(first, used))));
}
