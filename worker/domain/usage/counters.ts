import type { Fragment, TransactionSql } from "postgres";

export type Aggregation = "sum" | "count" | "max" | "unique" | "last";

/** The counter one piece of usage goes to: a customer's feature in one period. */
export interface CounterTarget {
  customerId: string;
  featureId: string;
  /** Null for features that never reset (stored as '-infinity'). */
  periodStart: Date | null;
  periodEnd: Date | null;
}

export interface CounterChange {
  aggregation: Aggregation;
  value: number;
  timestamp: Date;
  /** A hard limit the counter must not pass (the change is refused instead); null: none. */
  hardLimit: number | null;
  /** For `unique`: the property value counted once per period. */
  uniqueValue?: string;
}

/** The counter's value after one change, from its value before (`used`, a column or 0). */
function nextValue(tx: TransactionSql, change: CounterChange, used: Fragment): Fragment {
  switch (change.aggregation) {
    case "sum":
      return tx`${used} + ${change.value}::numeric`;
    case "count":
    case "unique":
      return tx`${used} + 1`;
    case "max":
      return tx`greatest(${used}, ${change.value}::numeric)`;
    case "last":
      // A late event never replaces the value of a newer one.
      return tx`case when usage_counters.last_event_at is null or usage_counters.last_event_at <= ${change.timestamp}
                     then ${change.value}::numeric else ${used} end`;
  }
}

/** The value a fresh counter starts from with this change. */
function firstValue(change: CounterChange): number {
  return change.aggregation === "count" || change.aggregation === "unique" ? 1 : change.value;
}

/**
 * The counter's period key: its start, or '-infinity' for features that never reset. Written in
 * SQL, because postgres.js would serialize the string '-infinity' as a JavaScript Date (invalid).
 */
export const periodKey = (tx: TransactionSql, periodStart: Date | null) =>
  tx`coalesce(${periodStart}::timestamptz, '-infinity'::timestamptz)`;

/**
 * Applies one change to the counter in ONE conditional statement: the row lock of the upsert
 * re-checks the limit against the latest value, so concurrent writers can never pass a hard
 * limit (quota 100, used 99, fifty concurrent +1: exactly one succeeds). Returns the new value,
 * or null when the hard limit refused the change (nothing written).
 * A `unique` value already counted this period changes nothing and returns the current value.
 */
export async function applyToCounter(tx: TransactionSql, target: CounterTarget, change: CounterChange): Promise<number | null> {
  if (change.aggregation !== "unique") return upsertCounter(tx, target, change);
  // The value is remembered only if the counter takes it: a refusal rolls the savepoint back.
  const refused = Symbol("refused");
  try {
    return await tx.savepoint(async (sp) => {
      const [fresh] = await sp`
        insert into usage_unique_values (org_id, livemode, customer_id, feature_id, period_start, value)
        values (tenant.org_id(), tenant.livemode(), ${target.customerId}, ${target.featureId}, ${periodKey(sp, target.periodStart)},
          ${change.uniqueValue ?? ""})
        on conflict do nothing returning 1`;
      if (!fresh) return currentValue(sp, target);
      const used = await upsertCounter(sp, target, change);
      if (used === null) throw refused;
      return used;
    });
  } catch (error) {
    if (error === refused) return null;
    throw error;
  }
}

async function upsertCounter(tx: TransactionSql, target: CounterTarget, change: CounterChange): Promise<number | null> {
  const first = firstValue(change);
  if (change.hardLimit !== null && first > change.hardLimit) return null;
  const next = nextValue(tx, change, tx`usage_counters.used`);
  const limitHolds = change.hardLimit === null ? tx`true` : tx`${next} <= ${change.hardLimit}::numeric`;
  const [row] = await tx<{ used: string }[]>`
    insert into usage_counters (org_id, livemode, customer_id, feature_id, period_start, period_end, used, last_event_at)
    values (tenant.org_id(), tenant.livemode(), ${target.customerId}, ${target.featureId}, ${periodKey(tx, target.periodStart)},
      ${target.periodEnd}, ${first}, ${change.timestamp})
    on conflict (org_id, livemode, customer_id, feature_id, period_start) do update
      set used = ${next}, last_event_at = greatest(usage_counters.last_event_at, excluded.last_event_at), updated = now()
      where ${limitHolds}
    returning used`;
  return row ? Number(row.used) : null;
}

export async function currentValue(tx: TransactionSql, target: CounterTarget): Promise<number> {
  const [row] = await tx<{ used: string }[]>`
    select used from usage_counters where org_id = tenant.org_id() and livemode = tenant.livemode()
      and customer_id = ${target.customerId} and feature_id = ${target.featureId} and period_start = ${periodKey(tx, target.periodStart)}`;
  return row ? Number(row.used) : 0;
}

/**
 * Adds a batch's fresh `sum`/`count` usage to one counter in one statement (no hard limit applies:
 * the batch keeps the per-event path for those). The values are summed in SQL, as numerics, so
 * fractions add up exactly as one by one. Returns the counter's new value.
 */
export async function addToCounter(tx: TransactionSql, target: CounterTarget, values: number[], lastEventAt: Date): Promise<number> {
  const delta = tx`(select sum(v::numeric) from jsonb_array_elements_text(${tx.json(values)}) as v)`;
  const [row] = await tx<{ used: string }[]>`
    insert into usage_counters (org_id, livemode, customer_id, feature_id, period_start, period_end, used, last_event_at)
    values (tenant.org_id(), tenant.livemode(), ${target.customerId}, ${target.featureId}, ${periodKey(tx, target.periodStart)},
      ${target.periodEnd}, ${delta}, ${lastEventAt})
    on conflict (org_id, livemode, customer_id, feature_id, period_start) do update
      set used = usage_counters.used + excluded.used,
          last_event_at = greatest(usage_counters.last_event_at, excluded.last_event_at), updated = now()
    returning used`;
  return Number(row?.used);
}
