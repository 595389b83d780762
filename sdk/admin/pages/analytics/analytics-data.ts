import { type AdminClient, call } from "../../session/admin-api";
import {
  type CohortRow,
  type GrowthRow,
  JSON_ACCEPT,
  type LimitRow,
  type MrrRow,
  mainCurrency,
  type RecoveryRow,
  type RetentionRow,
  type RevenueRow,
  rowsOf,
  type UsageRow,
} from "../shared/figures";
import { type AnalyticsCards, analyticsCards, type CardRows } from "./analytics-figures";
import { previousRange, type Range } from "./analytics-range";

/** The series routes that take a range and a currency, and the row each answers. */
export interface SeriesRows {
  "/v1/analytics/mrr": MrrRow;
  "/v1/analytics/subscriptions": GrowthRow;
  "/v1/analytics/retention": RetentionRow;
  "/v1/analytics/revenue": RevenueRow;
  "/v1/analytics/recovery": RecoveryRow;
  "/v1/analytics/cohorts": CohortRow;
}
export type SeriesPath = keyof SeriesRows;

/** The query of a series: the range, and the currency (cohorts are by month whatever the interval). */
function queryOf(path: SeriesPath, range: Range, currency: string | undefined) {
  return { from: range.from, to: range.to, interval: path === "/v1/analytics/cohorts" ? "month" : range.interval, currency };
}

type Answer = { data?: unknown; error?: unknown; response: Response };
/** One call shape for every series route (their queries and envelopes differ only in the row type, checked by `SeriesRows`). */
const getSeries = (api: AdminClient) => api.GET as unknown as (path: string, init: object) => Promise<Answer>;

/** The rows of a series route as JSON. */
export async function series<P extends SeriesPath>(api: AdminClient, path: P, range: Range, currency?: string): Promise<SeriesRows[P][]> {
  const get = getSeries(api);
  const answer = await call(get(path, { params: { query: queryOf(path, range, currency) }, headers: JSON_ACCEPT }));
  return rowsOf(answer as { data: SeriesRows[P][] });
}

/** The same series as the CSV the API streams. */
export async function seriesCsv(
  api: AdminClient,
  path: SeriesPath | "/v1/analytics/usage",
  range: Range,
  currency?: string,
): Promise<Blob> {
  const get = getSeries(api);
  const query =
    path === "/v1/analytics/usage" ? { from: range.from, to: range.to, interval: range.interval } : queryOf(path, range, currency);
  return (await call(get(path, { params: { query }, headers: { Accept: "text/csv" }, parseAs: "blob" }))) as Blob;
}

/** Usage totals per feature and period (usage has no currency). */
export async function usage(api: AdminClient, range: Range): Promise<UsageRow[]> {
  const query = { from: range.from, to: range.to, interval: range.interval };
  return rowsOf(await call(api.GET("/v1/analytics/usage", { params: { query }, headers: JSON_ACCEPT })));
}

/** Customers near or over a limit now (fullest first). */
export async function usageLimits(api: AdminClient): Promise<LimitRow[]> {
  return rowsOf(await call(api.GET("/v1/analytics/usage/limits", { params: { query: { limit: 100 } }, headers: JSON_ACCEPT })));
}

export async function usageLimitsCsv(api: AdminClient): Promise<Blob> {
  return call(api.GET("/v1/analytics/usage/limits", { params: { query: {} }, headers: { Accept: "text/csv" }, parseAs: "blob" }));
}

/** The currencies the organisation has MRR data in over the range, and the main one (the default if it has data, else the biggest). */
export async function currenciesOf(api: AdminClient, range: Range, fallback: string): Promise<{ codes: string[]; main: string }> {
  const rows = await series(api, "/v1/analytics/mrr", { ...range, interval: "month" });
  return { codes: [...new Set(rows.map((row) => row.currency))].sort(), main: mainCurrency(rows, fallback)?.currency ?? fallback };
}

/** The cards: the range and the one of the same length before it, by day (so both cover exactly their days). */
export async function loadCards(api: AdminClient, range: Range, currency: string): Promise<{ cards: AnalyticsCards; exponent: number }> {
  const rowsOver = async (over: Range): Promise<CardRows> => {
    const daily = { ...over, interval: "day" as const };
    const [mrr, growth, retention, revenue] = await Promise.all([
      series(api, "/v1/analytics/mrr", daily, currency),
      series(api, "/v1/analytics/subscriptions", daily, currency),
      series(api, "/v1/analytics/retention", daily, currency),
      series(api, "/v1/analytics/revenue", daily, currency),
    ]);
    return { mrr, growth, retention, revenue };
  };
  const [current, previous] = await Promise.all([rowsOver(range), rowsOver(previousRange(range))]);
  const exponent = [...current.mrr, ...current.revenue, ...previous.mrr][0]?.currency_exponent ?? (await exponentOf(api, currency));
  return { cards: analyticsCards(current, previous), exponent };
}

/** A currency's exponent from the API's list (before there is any row to read it from). */
async function exponentOf(api: AdminClient, currency: string): Promise<number> {
  const list = await call(api.GET("/v1/currencies"));
  const found = list.data.find((entry) => entry.code === currency);
  if (!found) throw new Error(`The API does not list the currency ${currency.toUpperCase()}.`);
  return found.exponent;
}
