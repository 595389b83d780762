/** Billing period arithmetic in UTC seconds, the way Stripe anchors recurring periods. */
export type Interval = "day" | "week" | "month" | "year";

const DAY = 86_400;

function addMonths(anchor: number, months: number): number {
  const date = new Date(anchor * 1000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  // A period anchored on the 31st ends on the last day of shorter months, then returns to the 31st.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()) / 1000;
}

/** The `k`-th period boundary after `anchor`. */
export function boundary(anchor: number, interval: Interval, count: number, k: number): number {
  if (interval === "day") return anchor + k * count * DAY;
  if (interval === "week") return anchor + k * count * 7 * DAY;
  return addMonths(anchor, k * count * (interval === "year" ? 12 : 1));
}

/** The first period boundary strictly after `after`, counted from `anchor`. */
export function nextBoundary(anchor: number, interval: Interval, count: number, after: number): number {
  for (let k = 1; k < 100_000; k++) {
    const candidate = boundary(anchor, interval, count, k);
    if (candidate > after) return candidate;
  }
  throw new Error("period arithmetic ran away");
}

/**
 * Stripe's proration: the share of the period left after `at`, to the second, applied to an integer amount
 * and rounded half away from zero to the currency's minor unit.
 */
export function prorate(amount: number, periodStart: number, periodEnd: number, at: number): number {
  const total = periodEnd - periodStart;
  if (total <= 0) return 0;
  const remaining = Math.min(Math.max(periodEnd - at, 0), total);
  const exact = (amount * remaining) / total;
  return Math.sign(exact) * Math.round(Math.abs(exact));
}
