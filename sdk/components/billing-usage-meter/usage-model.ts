import { currentUsage, type Entitlement } from "../../client/entitlement-decision";

export type MeterState = "ok" | "warning" | "over" | "unlimited";

/** At or past this share of the quota the meter warns (`warning`). */
export const WARNING_RATIO = 0.8;

/** What a meter shows for one entitlement, in numbers (the element formats them). */
export interface MeterModel {
  state: MeterState;
  /** A boolean feature: included, nothing to measure. */
  included: boolean;
  used: number;
  /** The quota or cap; null when unlimited. */
  limit: number | null;
  /** used / limit in percent (may pass 100 on a soft quota); null when unlimited. */
  percent: number | null;
  /** A hard limit that is used up: the next use is refused. */
  limitReached: boolean;
  /** Units past the quota, billed per started unit (`ceil`), as the renewal invoice does. */
  overUnits: number;
  /** The price of one unit past the quota, in the currency shown; null when overage is not priced. */
  overagePrice: { unitAmount: number; currency: string; exponent: number } | null;
  resetsAt: number | null;
}

/** The overage price in the page's currency if the plan has one, else the plan's only (or first) currency. */
function overagePrice(entitlement: Entitlement, currency: string | undefined): MeterModel["overagePrice"] {
  const prices = entitlement.overage_unit_amounts;
  if (!prices) return null;
  const code = currency && currency in prices ? currency : Object.keys(prices).sort()[0];
  const unitAmount = code === undefined ? undefined : prices[code];
  return code === undefined || unitAmount === undefined
    ? null
    : { unitAmount, currency: code, exponent: entitlement.currency_exponents?.[code] ?? 2 };
}

export function meterModel(entitlement: Entitlement, currency: string | undefined, now = Date.now() / 1000): MeterModel {
  const used = currentUsage(entitlement, now);
  const resetsAt = entitlement.resets_at !== null && now < entitlement.resets_at ? entitlement.resets_at : null;
  const base = { used, resetsAt, limitReached: false, overUnits: 0, overagePrice: null, included: false };
  if (entitlement.type === "boolean") return { ...base, state: "unlimited", included: true, limit: null, percent: null };
  if (typeof entitlement.value !== "number") return { ...base, state: "unlimited", limit: null, percent: null };
  const limit = entitlement.value;
  const percent = limit > 0 ? (used / limit) * 100 : used > 0 ? 100 : 0;
  const price = overagePrice(entitlement, currency);
  const soft = entitlement.overage_unit_amounts !== null;
  if (used > limit && soft) return { ...base, state: "over", limit, percent, overUnits: Math.ceil(used - limit), overagePrice: price };
  const limitReached = !soft && used >= limit;
  const warning = limitReached || (limit > 0 && used / limit >= WARNING_RATIO);
  return { ...base, state: warning ? "warning" : "ok", limit, percent, limitReached };
}
