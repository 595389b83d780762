import type { components } from "../../../client/openapi";

export type MrrRow = components["schemas"]["AnalyticsMrrPeriod"];
export type GrowthRow = components["schemas"]["AnalyticsSubscriptionsPeriod"];
export type RetentionRow = components["schemas"]["AnalyticsRetentionPeriod"];
export type RevenueRow = components["schemas"]["AnalyticsRevenuePeriod"];
export type RecoveryRow = components["schemas"]["AnalyticsRecoveryPeriod"];
export type CohortRow = components["schemas"]["AnalyticsCohortCell"];
export type UsageRow = components["schemas"]["AnalyticsUsagePeriod"];
export type LimitRow = components["schemas"]["AnalyticsUsageLimit"];

/** A figure this period and the one before (previous undefined: no earlier period to compare with). */
export interface Figure<T = number> {
  value: T;
  previous: T | undefined;
}

/** Relative change from `previous` to `value`: 0 when both are 0; undefined when there is nothing to divide by. */
export function change(figure: Figure<number | null>): number | undefined {
  const { value, previous } = figure;
  if (value === null || previous === null || previous === undefined) return undefined;
  if (previous === 0) return value === 0 ? 0 : undefined;
  return (value - previous) / previous;
}

/** The analytics routes answer CSV to `Accept: text/csv`: ask for JSON explicitly when reading rows. */
export const JSON_ACCEPT = { Accept: "application/json" } as const;

/** The rows of an analytics answer (the typed client also allows the CSV string: refused here). */
export function rowsOf<T>(answer: string | { data: T[] }): T[] {
  if (typeof answer === "string") throw new Error("The analytics API answered CSV where JSON was asked for.");
  return answer.data;
}

/** The currency to speak: `fallback` when there is MRR data in it, else the one with the most MRR in the latest period. */
export function mainCurrency(rows: MrrRow[], fallback: string): { currency: string; exponent: number } | undefined {
  const latest = Math.max(...rows.map((row) => row.period_start));
  const now = rows.filter((row) => row.period_start === latest).sort((a, b) => b.mrr - a.mrr);
  const chosen = now.find((row) => row.currency === fallback) ?? now[0];
  return chosen && { currency: chosen.currency, exponent: chosen.currency_exponent };
}
