import type { components } from "../../../client/openapi";
import type { AdminClient } from "../../session/admin-api";
import { call } from "../../session/admin-api";

export type Product = components["schemas"]["Product"];
export type Price = components["schemas"]["Price"];
export type Feature = components["schemas"]["Feature"];
export type PlanGrant = components["schemas"]["PlanGrant"];
export type Currency = { code: string; exponent: number };

/** The currencies the API accepts with their minor-unit exponents (`GET /v1/currencies`: never a local table). */
export async function loadCurrencies(api: AdminClient): Promise<Currency[]> {
  const list = await call(api.GET("/v1/currencies"));
  return list.data.map(({ code, exponent }) => ({ code, exponent }));
}

/**
 * "19.99" in a currency with `exponent` decimals → 1999 (integers only: no float arithmetic on
 * money). Undefined when the text is not an amount with at most `exponent` decimals.
 */
export function toMinorUnits(text: string, exponent: number): number | undefined {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, whole = "", fraction = ""] = match;
  if (fraction.length > exponent) return undefined;
  const minor = Number(whole + fraction.padEnd(exponent, "0"));
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** "every month", "every 3 months", "one time". */
export function intervalText(price: Pick<Price, "recurring">): string {
  const recurring = price.recurring;
  if (!recurring) return "one time";
  const count = recurring.interval_count ?? 1;
  return count === 1 ? `every ${recurring.interval}` : `every ${count} ${recurring.interval}s`;
}
