import type Stripe from "stripe";
import { idOf } from "../../stripe/expandable";
import type { Price } from "../catalogue/prices";

/**
 * What a Stripe price is created with and can never change afterwards: product, currencies,
 * amounts and interval (ours never change either). The first currency is Stripe's `currency`,
 * the others go in `currency_options`.
 */
export function stripePriceTerms(price: Price, stripeProduct: string): Stripe.PriceCreateParams {
  const others = Object.entries(price.amounts).filter(([currency]) => currency !== price.currency);
  return {
    product: stripeProduct,
    currency: price.currency,
    unit_amount: price.amounts[price.currency] ?? 0,
    ...(others.length
      ? { currency_options: Object.fromEntries(others.map(([currency, amount]) => [currency, { unit_amount: amount }])) }
      : {}),
    ...(price.recurring_interval
      ? { recurring: { interval: price.recurring_interval, interval_count: price.recurring_interval_count ?? 1 } }
      : {}),
    metadata: { billingos_price: price.id, billingos_product: price.product_id },
  };
}

/** What a Stripe price may change after creation, as we want it (an empty string unsets). */
export function stripePriceSettings(price: Price): Stripe.PriceUpdateParams {
  return { active: price.active, nickname: price.nickname ?? "", lookup_key: price.lookup_key ?? "", transfer_lookup_key: true };
}

/** Fields whose difference only a replacement Stripe price can fix. */
export function priceTermsDrift(price: Price, mirrored: Stripe.Price, stripeProduct: string): string[] {
  const drift: string[] = [];
  const mirroredProduct = idOf(mirrored.product);
  if (mirroredProduct !== stripeProduct) drift.push("product");
  if (mirrored.currency !== price.currency) drift.push("currency");
  if (mirrored.unit_amount !== price.amounts[price.currency]) drift.push("unit_amount");
  const theirs = Object.entries(mirrored.currency_options ?? {}).filter(([currency]) => currency !== mirrored.currency);
  const ours = Object.entries(price.amounts).filter(([currency]) => currency !== price.currency);
  const sameOptions =
    theirs.length === ours.length && ours.every(([currency, amount]) => mirrored.currency_options?.[currency]?.unit_amount === amount);
  if (!sameOptions) drift.push("currency_options");
  const interval = mirrored.recurring ? `${mirrored.recurring.interval}/${mirrored.recurring.interval_count}` : null;
  const ourInterval = price.recurring_interval ? `${price.recurring_interval}/${price.recurring_interval_count}` : null;
  if (interval !== ourInterval) drift.push("recurring");
  return drift;
}

/** Fields an update of the same Stripe price fixes. */
export function priceSettingsDrift(price: Price, mirrored: Stripe.Price): string[] {
  const drift: string[] = [];
  if (mirrored.active !== price.active) drift.push("active");
  if ((mirrored.nickname ?? null) !== price.nickname) drift.push("nickname");
  if ((mirrored.lookup_key ?? null) !== price.lookup_key) drift.push("lookup_key");
  return drift;
}
