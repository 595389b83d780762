import type { TransactionSql } from "postgres";
import { exponentsOf } from "../../shared/money";
import { appearanceOf, getBranding } from "../branding";
import { type GrantRow, type GrantValue, grantValue } from "./grants";
import { type PriceRow, withAmounts } from "./prices";
import type { ProductRow } from "./products";

/** One way to pay for a product in one currency. */
export interface PricingOption {
  price: string;
  type: "recurring" | "one_time";
  interval: PriceRow["recurring_interval"];
  interval_count: number | null;
  unit_amount: number;
  trial_period_days: number | null;
  trial_requires_payment_method: boolean;
}

export interface PricingDocument {
  object: "pricing";
  livemode: boolean;
  currencies: string[];
  /** Each currency of the document (prices and overage) → decimal places of its minor unit, so clients format amounts as Stripe counts them. */
  currency_exponents: Record<string, number>;
  /** The organisation's branding (Settings › Branding): the elements' default theme and `--billing-…` token values. */
  appearance: ReturnType<typeof appearanceOf>;
  products: Array<{
    id: string;
    name: string;
    description: string | null;
    marketing_features: string[];
    image_url: string | null;
    highlighted: boolean;
    /** Currency → options, shortest interval first, one-time last. */
    prices: Record<string, PricingOption[]>;
  }>;
  /** Rows of a comparison table: one per feature any listed product grants; product id → value (null: not granted). */
  features: Array<{
    key: string;
    name: string;
    type: "boolean" | "metered" | "limit";
    unit_label: string | null;
    values: Record<string, { value: GrantValue; overage_unit_amounts: Record<string, number> | null } | null>;
  }>;
}

const DAYS = { day: 1, week: 7, month: 30, year: 365 } as const;

/**
 * The public catalogue: visible, active products in display order with the active prices and
 * grants of their current version. A product without an active price in its current version has
 * nothing to buy and is left out (the admin API still lists it). Nothing private (ids of Stripe
 * objects, sync state, archived or hidden products) is included.
 */
export async function pricingDocument(tx: TransactionSql, livemode: boolean): Promise<PricingDocument> {
  const products = await tx<ProductRow[]>`
    select * from products pr where pr.active and pr.visible
      and exists (select 1 from prices p where p.product_id = pr.id and p.version = pr.current_version and p.active)
    order by pr.display_order, pr.created, pr.id`;
  const ids = products.map((product) => product.id);
  const appearance = appearanceOf(await getBranding(tx));
  if (ids.length === 0)
    return { object: "pricing", livemode, currencies: [], currency_exponents: {}, appearance, products: [], features: [] };
  const prices = await withAmounts(
    tx,
    await tx<PriceRow[]>`select p.* from prices p join products pr on pr.id = p.product_id and pr.current_version = p.version
      where p.product_id in ${tx(ids)} and p.active order by p.created, p.id`,
  );
  const grants = await tx<(GrantRow & { key: string; name: string; type: "boolean" | "metered" | "limit"; unit_label: string | null })[]>`
    select g.*, f.key, f.name, f.type, f.unit_label from plan_grants g
    join products pr on pr.id = g.product_id and pr.current_version = g.version
    join features f on f.id = g.feature_id
    where g.product_id in ${tx(ids)} order by f.created, f.id`;
  const overage = grants.length
    ? await tx<{ grant_id: string; currency: string; unit_amount: string }[]>`
        select grant_id, currency, unit_amount from grant_overage_amounts where grant_id in ${tx(grants.map((g) => g.id))} order by currency`
    : [];

  const currencies = [...new Set(prices.flatMap((price) => Object.keys(price.amounts)))].sort();
  const features = new Map<string, PricingDocument["features"][number]>();
  for (const grant of grants) {
    const row = features.get(grant.key) ?? {
      key: grant.key,
      name: grant.name,
      type: grant.type,
      unit_label: grant.unit_label,
      values: Object.fromEntries(ids.map((id) => [id, null])),
    };
    const amounts = overage.filter((o) => o.grant_id === grant.id).map((o) => [o.currency, Number(o.unit_amount)] as const);
    row.values[grant.product_id] = { value: grantValue(grant), overage_unit_amounts: amounts.length ? Object.fromEntries(amounts) : null };
    features.set(grant.key, row);
  }
  return {
    object: "pricing",
    livemode,
    currencies,
    // Overage may be priced in a currency no price is sold in: its amounts need an exponent too.
    currency_exponents: exponentsOf(new Set([...currencies, ...overage.map((o) => o.currency)])),
    appearance,
    products: products.map((product) => ({
      id: product.id,
      name: product.name,
      description: product.description,
      marketing_features: product.marketing_features,
      image_url: product.image_url,
      highlighted: product.highlighted,
      prices: pricesByCurrency(prices.filter((price) => price.product_id === product.id)),
    })),
    features: [...features.values()],
  };
}

function pricesByCurrency(prices: Awaited<ReturnType<typeof withAmounts>>): Record<string, PricingOption[]> {
  const out: Record<string, PricingOption[]> = {};
  for (const price of prices) {
    for (const [currency, unitAmount] of Object.entries(price.amounts)) {
      out[currency] ??= [];
      out[currency].push({
        price: price.id,
        type: price.type,
        interval: price.recurring_interval,
        interval_count: price.recurring_interval_count,
        unit_amount: unitAmount,
        trial_period_days: price.trial_days,
        trial_requires_payment_method: price.trial_requires_payment_method,
      });
    }
  }
  const length = (option: PricingOption) =>
    option.interval ? DAYS[option.interval] * (option.interval_count ?? 1) : Number.POSITIVE_INFINITY;
  for (const options of Object.values(out)) options.sort((a, b) => length(a) - length(b));
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
