// What the pricing table shows, derived from the API's pricing document: no amounts are invented
// here, only chosen (which price per interval) or combined with integer arithmetic (savings, seats).
import type { Pricing } from "../../client/client";

export type Product = Pricing["products"][number];
export type PriceOption = Product["prices"][string][number];
export type FeatureRow = Pricing["features"][number];
export type Interval = NonNullable<PriceOption["interval"]>;

/** Recurring intervals offered in `currency`, shortest first (drives the monthly/yearly switch). */
export function intervalsOf(pricing: Pricing, currency: string): Interval[] {
  const order: Interval[] = ["day", "week", "month", "year"];
  const found = new Set(pricing.products.flatMap((p) => (p.prices[currency] ?? []).flatMap((o) => (o.interval ? [o.interval] : []))));
  return order.filter((interval) => found.has(interval));
}

/** The currency to show: the preferred one if any plan is sold in it, else USD, else the first. */
export function pickCurrency(pricing: Pricing, preferred: string | undefined): string | undefined {
  const { currencies } = pricing;
  if (preferred && currencies.includes(preferred)) return preferred;
  return currencies.includes("usd") ? "usd" : currencies[0];
}

/**
 * The price a card shows for `interval`: the one-count price of that interval, else (a plan sold
 * differently) its first recurring price, else its one-time price. Undefined when the product has
 * no price in this currency (the card is then left out).
 */
export function optionFor(product: Product, currency: string, interval: Interval | undefined): PriceOption | undefined {
  const options = product.prices[currency] ?? [];
  return (
    options.find((o) => o.interval === interval && o.interval_count === 1) ??
    options.find((o) => o.interval === interval) ??
    options.find((o) => o.type === "recurring") ??
    options[0]
  );
}

/**
 * What a year of `product` saves when bought yearly instead of monthly, in minor units and whole
 * percent (rounded down, so the badge never overstates); undefined without both prices or a saving.
 */
export function yearlySaving(product: Product, currency: string): { amount: number; percent: number } | undefined {
  const options = product.prices[currency] ?? [];
  const month = options.find((o) => o.interval === "month" && o.interval_count === 1);
  const year = options.find((o) => o.interval === "year" && o.interval_count === 1);
  if (!month || !year || month.unit_amount === 0) return undefined;
  const amount = month.unit_amount * 12 - year.unit_amount;
  if (amount <= 0) return undefined;
  return { amount, percent: Math.floor((amount * 100) / (month.unit_amount * 12)) };
}

/** The best yearly saving across plans, for the switch's "save up to N %" badge. */
export function bestSavingPercent(pricing: Pricing, currency: string): number | undefined {
  const percents = pricing.products.flatMap((p) => yearlySaving(p, currency)?.percent ?? []);
  return percents.length ? Math.max(...percents) : undefined;
}

/** A plan's granted value of one feature, or null where it does not grant it. */
export function grantOf(feature: FeatureRow, product: string): FeatureRow["values"][string] {
  return feature.values[product] ?? null;
}
