import type { TransactionSql } from "postgres";
import type { FeatureRow } from "./features";
import { type GrantRow, type GrantValue, withDetails as grantDetails } from "./grants";
import { type Interval, type PriceRow, priceTerms, withAmounts } from "./prices";
import type { ProductRow } from "./products";

/**
 * The whole catalogue of one mode as portable JSON: features by key, products and prices by an
 * identity that survives copying (their lookup_key, or their id in the mode they came from).
 * Grants and prices are those of each product's current version. Everything is sorted by key so
 * the same catalogue always exports to the same JSON (rows written in one transaction share their
 * `created` time, so creation order would not be stable).
 */
export interface CatalogueDocument {
  features: Array<Pick<FeatureRow, "key" | "name" | "type" | "unit_label" | "aggregation" | "reset">>;
  products: Array<{
    key: string;
    name: string;
    description: string | null;
    active: boolean;
    marketing_features: string[];
    image_url: string | null;
    visible: boolean;
    display_order: number;
    highlighted: boolean;
    grants: Array<{ feature: string; value: GrantValue; overage_unit_amounts: Record<string, number> | null }>;
    prices: Array<{
      key: string;
      active: boolean;
      nickname: string | null;
      recurring: { interval: Interval; interval_count: number } | null;
      currency: string;
      unit_amount: number;
      currency_options: Record<string, { unit_amount: number }>;
      trial_period_days: number | null;
      trial_requires_payment_method: boolean;
    }>;
  }>;
}

export async function exportCatalogue(tx: TransactionSql): Promise<CatalogueDocument> {
  const features = await tx<FeatureRow[]>`select * from features order by created, id`;
  const products = await tx<ProductRow[]>`select * from products order by created, id`;
  const grants = await grantDetails(
    tx,
    await tx<GrantRow[]>`select g.* from plan_grants g join products p on p.id = g.product_id and p.current_version = g.version
      order by g.created, g.id`,
  );
  const prices = await withAmounts(
    tx,
    await tx<PriceRow[]>`select pr.* from prices pr join products p on p.id = pr.product_id and p.current_version = pr.version
      order by pr.created, pr.id`,
  );
  return {
    features: byKey(features).map(({ key, name, type, unit_label, aggregation, reset }) => ({
      key,
      name,
      type,
      unit_label,
      aggregation,
      reset,
    })),
    products: byKey(products.map((product) => ({ ...product, key: product.lookup_key ?? product.id }))).map((product) => ({
      key: product.key,
      name: product.name,
      description: product.description,
      active: product.active,
      marketing_features: product.marketing_features,
      image_url: product.image_url,
      visible: product.visible,
      display_order: product.display_order,
      highlighted: product.highlighted,
      grants: grants
        .filter((grant) => grant.product_id === product.id)
        .sort((a, b) => a.feature_key.localeCompare(b.feature_key))
        .map((grant) => ({ feature: grant.feature_key, value: grant.value, overage_unit_amounts: grant.overage })),
      prices: byKey(
        prices.filter((price) => price.product_id === product.id).map((price) => ({ ...price, key: price.lookup_key ?? price.id })),
      ).map((price) => ({
        key: price.key,
        active: price.active,
        nickname: price.nickname,
        ...priceTerms(price),
      })),
    })),
  };
}

function byKey<T extends { key: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
