/** What the Analytics page shows: a range (a preset or custom dates), an interval and a currency, kept in the address. */

export type Interval = "day" | "week" | "month";
export type Preset = "30d" | "90d" | "12m" | "ytd" | "custom";

export const PRESETS: Array<{ value: Preset; label: string; comparison: string }> = [
  { value: "30d", label: "Last 30 days", comparison: "vs previous 30 days" },
  { value: "90d", label: "Last 90 days", comparison: "vs previous 90 days" },
  { value: "12m", label: "Last 12 months", comparison: "vs previous 12 months" },
  { value: "ytd", label: "Year to date", comparison: "" },
  { value: "custom", label: "Custom", comparison: "" },
];
export const INTERVALS: Array<{ value: Interval; label: string }> = [
  { value: "day", label: "Daily" },
  { value: "week", label: "Weekly" },
  { value: "month", label: "Monthly" },
];
/** The interval a preset reads best in, unless one is chosen. */
const DEFAULT_INTERVAL: Record<Preset, Interval> = { "30d": "day", "90d": "week", "12m": "month", ytd: "month", custom: "day" };
const DAY = 86_400;

/** The view as the address holds it (`?range=custom&from=2026-01-01&to=2026-03-31&interval=week&currency=eur`). */
export interface AnalyticsView {
  preset: Preset;
  /** Custom range, inclusive UTC dates "YYYY-MM-DD" (empty unless custom). */
  from: string;
  to: string;
  /** Chosen interval; undefined: the preset's own. */
  interval: Interval | undefined;
  currency: string | undefined;
}

/** The range sent to the API: Unix seconds, `to` exclusive, whole UTC days. */
export interface Range {
  from: number;
  to: number;
  interval: Interval;
}

const isPreset = (value: string | null): value is Preset => PRESETS.some((preset) => preset.value === value);
const isInterval = (value: string | null): value is Interval => INTERVALS.some((interval) => interval.value === value);
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function viewFromQuery(query: URLSearchParams): AnalyticsView {
  const range = query.get("range");
  const preset = isPreset(range) ? range : "12m";
  const interval = query.get("interval");
  const currency = query.get("currency");
  return {
    preset,
    from: preset === "custom" && isDate(query.get("from")) ? (query.get("from") as string) : "",
    to: preset === "custom" && isDate(query.get("to")) ? (query.get("to") as string) : "",
    interval: isInterval(interval) ? interval : undefined,
    currency: currency && /^[a-z]{3}$/.test(currency) ? currency : undefined,
  };
}

/** The address's parameters for `view` (the default preset and empty values leave the address clean). */
export function viewToQuery(view: AnalyticsView): Record<string, string | undefined> {
  const custom = view.preset === "custom";
  return {
    range: view.preset === "12m" ? undefined : view.preset,
    from: custom ? view.from : undefined,
    to: custom ? view.to : undefined,
    interval: view.interval,
    currency: view.currency,
  };
}

const dayStart = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 1000;
const parseDate = (value: string) => Date.parse(`${value}T00:00:00Z`) / 1000;
export const isoDate = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** Why a custom range cannot be shown (the field it is about), or undefined when it can. */
export function rangeError(view: AnalyticsView): { field: "from" | "to"; message: string } | undefined {
  if (view.preset !== "custom") return undefined;
  if (!view.from) return { field: "from", message: "Choose the first day of the range." };
  if (!view.to) return { field: "to", message: "Choose the last day of the range." };
  if (parseDate(view.from) > parseDate(view.to)) return { field: "from", message: "The start date must be on or before the end date." };
  if (parseDate(view.to) - parseDate(view.from) >= 5 * 365 * DAY) return { field: "to", message: "A range can be at most 5 years long." };
  return undefined;
}

/** The API's range for `view` (today included), or undefined when the custom range is invalid. */
export function rangeOf(view: AnalyticsView, now: Date): Range | undefined {
  if (rangeError(view)) return undefined;
  const to = view.preset === "custom" ? parseDate(view.to) + DAY : dayStart(now) + DAY;
  const year = now.getUTCFullYear();
  const from = {
    "30d": to - 30 * DAY,
    "90d": to - 90 * DAY,
    "12m": Date.UTC(year - 1, now.getUTCMonth(), now.getUTCDate() + 1) / 1000,
    ytd: Date.UTC(year, 0, 1) / 1000,
    custom: parseDate(view.from),
  }[view.preset];
  return { from, to, interval: view.interval ?? DEFAULT_INTERVAL[view.preset] };
}

/** The range of the same length just before `range` (what the cards compare with). */
export function previousRange(range: Range): Range {
  return { ...range, from: range.from - (range.to - range.from), to: range.from };
}

/** What a card's change compares with, in words. */
export function comparisonOf(view: AnalyticsView, range: Range): string {
  const named = PRESETS.find((preset) => preset.value === view.preset)?.comparison;
  if (named) return named;
  const days = Math.round((range.to - range.from) / DAY);
  return `vs previous ${days} ${days === 1 ? "day" : "days"}`;
}
