import type { TransactionSql } from "postgres";
import type { CatalogueDocument } from "./catalogue-document";
import { type GrantRow, grantValue } from "./grants";
import type { Price } from "./prices";
import type { ProductRow } from "./products";

export interface CatalogueChange {
  action: "create" | "update" | "delete";
  object: "feature" | "product" | "plan_grant" | "price";
  /** Feature key, product or price identity; `product/feature` for grants. */
  key: string;
}

export type DocProduct = CatalogueDocument["products"][number];
export type DocPrice = DocProduct["prices"][number];

/** What the mode holds now, as `importCatalogue` compares it against a document. */
export interface CatalogueState {
  grants: Array<GrantRow & { key: string }>;
  prices: Price[];
  overage: Map<string, Record<string, number>>;
}

/** The changes that make one existing (or missing) product match its entry in a document. */
export function planProduct(product: DocProduct, existing: ProductRow | undefined, state: CatalogueState) {
  const { grants, prices } = state;
  const changes: CatalogueChange[] = [];
  const details = productDetails(product);
  if (!existing) changes.push({ action: "create", object: "product", key: product.key });
  else if (
    Object.entries(details).some(([field, value]) => JSON.stringify(existing[field as keyof ProductRow]) !== JSON.stringify(value))
  ) {
    changes.push({ action: "update", object: "product", key: product.key });
  }
  const current = grants.filter((grant) => existing && grant.product_id === existing.id && grant.version === existing.current_version);
  const grantCreates = product.grants.filter((grant) => !current.some((row) => row.key === grant.feature));
  const grantUpdates = product.grants.filter((grant) => {
    const row = current.find((candidate) => candidate.key === grant.feature);
    return row && (grantValue(row) !== grant.value || !sameOverage(row.id, grant.overage_unit_amounts));
  });
  const grantDeletes = current.filter((row) => !product.grants.some((grant) => grant.feature === row.key)).map((row) => row.key);
  for (const grant of grantCreates) changes.push({ action: "create", object: "plan_grant", key: `${product.key}/${grant.feature}` });
  for (const grant of grantUpdates) changes.push({ action: "update", object: "plan_grant", key: `${product.key}/${grant.feature}` });
  for (const key of grantDeletes) changes.push({ action: "delete", object: "plan_grant", key: `${product.key}/${key}` });

  const priceCreates: DocPrice[] = [];
  const priceUpdates: Array<{ id: string; price: DocPrice }> = [];
  for (const price of product.prices) {
    const row = prices.find((candidate) => candidate.lookup_key === price.key || candidate.id === price.key);
    if (!row) {
      priceCreates.push(price);
      changes.push({ action: "create", object: "price", key: price.key });
    } else if (
      row.active !== price.active ||
      row.nickname !== price.nickname ||
      row.trial_days !== price.trial_period_days ||
      row.trial_requires_payment_method !== price.trial_requires_payment_method
    ) {
      priceUpdates.push({ id: row.id, price });
      changes.push({ action: "update", object: "price", key: price.key });
    }
  }
  return { existing, changes, grantCreates, grantUpdates, grantDeletes, priceCreates, priceUpdates };

  function sameOverage(grantId: string, amounts: Record<string, number> | null) {
    return JSON.stringify(sortKeys(state.overage.get(grantId) ?? null)) === JSON.stringify(sortKeys(amounts));
  }
}

/** Overage amounts of every grant in this mode, by grant id. */
export async function loadOverage(tx: TransactionSql): Promise<Map<string, Record<string, number>>> {
  const overage = new Map<string, Record<string, number>>();
  const rows = await tx<{ grant_id: string; currency: string; unit_amount: string }[]>`
    select grant_id, currency, unit_amount from grant_overage_amounts`;
  for (const row of rows) overage.set(row.grant_id, { ...overage.get(row.grant_id), [row.currency]: Number(row.unit_amount) });
  return overage;
}

function sortKeys(record: Record<string, number> | null) {
  if (!record || Object.keys(record).length === 0) return null;
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

export function productDetails(product: DocProduct) {
  return {
    name: product.name,
    description: product.description,
    active: product.active,
    marketing_features: product.marketing_features,
    image_url: product.image_url,
    visible: product.visible,
    display_order: product.display_order,
    highlighted: product.highlighted,
  };
}

/** Amounts, currencies and intervals of a price never change, so they decide whether two prices are the same. */
export function sameTerms(row: Price, price: DocPrice): boolean {
  const amounts = {
    ...Object.fromEntries(Object.entries(price.currency_options).map(([c, o]) => [c, o.unit_amount])),
    [price.currency]: price.unit_amount,
  };
  return (
    row.currency === price.currency &&
    row.recurring_interval === (price.recurring?.interval ?? null) &&
    row.recurring_interval_count === (price.recurring?.interval_count ?? null) &&
    JSON.stringify(sortKeys(row.amounts)) === JSON.stringify(sortKeys(amounts))
  );
}

export function priceInput(productId: string, price: DocPrice) {
  return {
    product: productId,
    currency: price.currency,
    unit_amount: price.unit_amount,
    currency_options: price.currency_options,
    ...(price.recurring ? { recurring: price.recurring } : {}),
    nickname: price.nickname,
    lookup_key: price.key,
    trial_period_days: price.trial_period_days,
    trial_requires_payment_method: price.trial_requires_payment_method,
    active: price.active,
  };
}
