import type { Price } from "./catalogue";

/** One version of a product with its prices; `current` is the version new subscriptions get. */
export interface VersionGroup {
  version: number;
  current: boolean;
  prices: Price[];
}

/**
 * A product's prices grouped by `product_version`, the current version first, then older ones
 * newest first. The current version is listed even when it has no price yet.
 */
export function groupByVersion(prices: Price[], currentVersion: number): VersionGroup[] {
  const versions = new Set([currentVersion, ...prices.map((price) => price.product_version)]);
  return [...versions]
    .sort((a, b) => (a === currentVersion ? -1 : b === currentVersion ? 1 : b - a))
    .map((version) => ({
      version,
      current: version === currentVersion,
      prices: prices.filter((price) => price.product_version === version),
    }));
}

/** The same billing terms: type, cadence, currencies and amounts (what a version fork copies). */
export function sameTerms(a: Price, b: Price): boolean {
  const amounts = (price: Price) =>
    JSON.stringify(
      Object.entries({ ...mapAmounts(price.currency_options), [price.currency]: price.unit_amount }).sort(([x], [y]) => x.localeCompare(y)),
    );
  return (
    a.type === b.type &&
    a.currency === b.currency &&
    a.recurring?.interval === b.recurring?.interval &&
    (a.recurring?.interval_count ?? 1) === (b.recurring?.interval_count ?? 1) &&
    a.nickname === b.nickname &&
    amounts(a) === amounts(b)
  );
}

function mapAmounts(options: Price["currency_options"] | null | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(options ?? {}).map(([code, option]) => [code, option.unit_amount]));
}

/**
 * The price to archive so that `added` replaces `replaced` for new subscribers. When `added` went
 * into the same version, that is `replaced` itself; when adding it started a new version (the old
 * one has subscribers), the API copied the old version's active prices into the new one, so it is
 * the active copy of `replaced` there.
 */
export function priceToRetire(replaced: Price, added: Price, prices: Price[]): Price | undefined {
  if (added.product_version === replaced.product_version) return replaced;
  return prices.find(
    (price) => price.id !== added.id && price.active && price.product_version === added.product_version && sameTerms(price, replaced),
  );
}

/** Every currency of a price, its own first: `[{ currency, amount, exponent }]`. */
export function priceAmounts(price: Price): Array<{ currency: string; amount: number; exponent: number }> {
  const others = Object.entries(price.currency_options ?? {})
    .filter(([code]) => code !== price.currency)
    .map(([currency, option]) => ({ currency, amount: option.unit_amount, exponent: option.currency_exponent }));
  return [{ currency: price.currency, amount: price.unit_amount, exponent: price.currency_exponent }, ...others];
}
