import type { TransactionSql } from "postgres";
import { ApiError, InvalidRequestError } from "../../shared/errors";
import type { ActionContext } from "../context";
import type { CatalogueDocument } from "./catalogue-document";
import { type CatalogueChange, type DocProduct, loadOverage, planProduct, priceInput, productDetails, sameTerms } from "./catalogue-plan";
import { createFeature, type FeatureRow, updateFeature } from "./features";
import { createGrant, deleteGrant, type GrantRow, grantKind, updateGrant } from "./grants";
import { createPrice, type PriceRow, updatePrice, withAmounts } from "./prices";
import { createProduct, type ProductRow, updateProduct } from "./products";

/**
 * Makes this mode's catalogue match `document`: creates what is missing, updates what differs,
 * removes grants the document no longer lists; never deletes features, products or prices.
 * Everything is validated against the document and the current state before the first write, and
 * the caller's transaction makes it all-or-nothing. Applying the same document twice changes
 * nothing the second time. `param` prefixes the `param` of errors (e.g. "catalogue").
 */
export type { CatalogueChange };

export async function importCatalogue(
  tx: TransactionSql,
  context: ActionContext,
  document: CatalogueDocument,
  options: { dryRun: boolean; param: string },
): Promise<CatalogueChange[]> {
  const at = (...path: Array<string | number>) => options.param + path.map((part) => `[${part}]`).join("");
  const features = new Map((await tx<FeatureRow[]>`select * from features`).map((row) => [row.key, row]));
  const products = await tx<ProductRow[]>`select * from products`;
  const prices = await withAmounts(tx, await tx<PriceRow[]>`select * from prices`);
  const grants = await tx<(GrantRow & { key: string })[]>`
    select g.*, f.key from plan_grants g join products p on p.id = g.product_id and p.current_version = g.version
    join features f on f.id = g.feature_id`;

  // 1. Validate everything before writing anything.
  unique(
    document.features.map((feature) => feature.key),
    (index) => at("features", index, "key"),
  );
  unique(
    document.products.map((product) => product.key),
    (index) => at("products", index, "key"),
  );
  unique(
    document.products.flatMap((product) => product.prices.map((price) => price.key)),
    () => at("products"),
  );
  const typeOf = new Map([...features.values()].map((feature) => [feature.key, feature.type]));
  document.features.forEach((feature, index) => {
    const existing = features.get(feature.key);
    if (existing && existing.type !== feature.type) {
      throw new ApiError(
        409,
        "invalid_request_error",
        "feature_type_conflict",
        `Feature '${feature.key}' exists as ${existing.type}.`,
        at("features", index, "type"),
      );
    }
    typeOf.set(feature.key, feature.type);
  });
  const findProduct = (key: string) => products.find((row) => row.lookup_key === key || row.id === key);
  document.products.forEach((product, index) => {
    unique(
      product.grants.map((grant) => grant.feature),
      (j) => at("products", index, "grants", j, "feature"),
    );
    product.grants.forEach((grant, j) => {
      const type = typeOf.get(grant.feature);
      if (!type)
        throw new InvalidRequestError(
          "resource_missing",
          `No such feature: '${grant.feature}'.`,
          at("products", index, "grants", j, "feature"),
        );
      try {
        grantKind({ type, key: grant.feature }, grant);
      } catch (error) {
        if (error instanceof ApiError)
          throw new InvalidRequestError(error.code, error.message, at("products", index, "grants", j, error.param ?? "value"));
        throw error;
      }
    });
    const target = findProduct(product.key);
    product.prices.forEach((price, j) => {
      const existing = prices.find((row) => row.lookup_key === price.key || row.id === price.key);
      if (existing && (existing.product_id !== target?.id || !sameTerms(existing, price))) {
        throw new ApiError(
          409,
          "invalid_request_error",
          "price_conflict",
          `Price '${price.key}' exists with other terms; give it another key.`,
          at("products", index, "prices", j, "key"),
        );
      }
      if (price.trial_period_days && !price.recurring) {
        throw new InvalidRequestError(
          "parameter_invalid",
          "Only recurring prices can have a trial.",
          at("products", index, "prices", j, "trial_period_days"),
        );
      }
    });
  });

  // 2. Work out the changes.
  const changes: CatalogueChange[] = [];
  const featureWrites: Array<() => Promise<unknown>> = [];
  for (const feature of document.features) {
    const existing = features.get(feature.key);
    if (!existing) {
      changes.push({ action: "create", object: "feature", key: feature.key });
      featureWrites.push(() => createFeature(tx, context, { ...feature }));
    } else if (existing.name !== feature.name || existing.unit_label !== feature.unit_label) {
      changes.push({ action: "update", object: "feature", key: feature.key });
      featureWrites.push(() =>
        updateFeature(tx, context, existing.id, {
          name: feature.name,
          ...(feature.type === "metered" ? { unit_label: feature.unit_label } : {}),
        }),
      );
    }
  }
  const state = { grants, prices, overage: await loadOverage(tx) };
  const productPlans = document.products.map((product) => planProduct(product, findProduct(product.key), state));
  for (const plan of productPlans) changes.push(...plan.changes);
  if (options.dryRun) return changes;

  // 3. Write.
  for (const write of featureWrites) await write();
  const featureIds = new Map((await tx<{ id: string; key: string }[]>`select id, key from features`).map((row) => [row.key, row.id]));
  for (const [index, plan] of productPlans.entries()) {
    const product = document.products[index] as DocProduct;
    const details = productDetails(product);
    const productId = plan.existing
      ? (await updateProduct(tx, context, plan.existing.id, details)).id
      : (await createProduct(tx, context, { ...details, lookup_key: product.key })).id;
    for (const grant of plan.grantCreates)
      await createGrant(tx, context, productId, { ...grant, feature: featureIds.get(grant.feature) as string });
    for (const grant of plan.grantUpdates) await updateGrant(tx, context, productId, featureIds.get(grant.feature) as string, grant);
    for (const key of plan.grantDeletes) await deleteGrant(tx, context, productId, featureIds.get(key) as string);
    for (const price of plan.priceCreates) await createPrice(tx, context, priceInput(productId, price));
    for (const { id, price } of plan.priceUpdates) {
      await updatePrice(tx, context, id, {
        active: price.active,
        nickname: price.nickname,
        trial_period_days: price.trial_period_days,
        trial_requires_payment_method: price.trial_requires_payment_method,
      });
    }
  }
  return changes;
}

function unique(values: string[], param: (index: number) => string) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) throw new InvalidRequestError("duplicate_key", `'${value}' appears twice.`, param(index));
    seen.add(value);
  });
}
