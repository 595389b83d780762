import type Stripe from "stripe";
import { withTenant } from "../../db/tenant";
import type { Price } from "../catalogue/prices";
import { getProduct } from "../catalogue/products";
import { createStripePrice, pushAndRecord, readPriceForSync, stripeProductOf } from "./price-sync";
import { priceSettingsDrift, priceTermsDrift, stripePriceSettings } from "./price-terms";
import { productDrift, syncProduct } from "./product-sync";
import { isStripeCode, type SyncTarget } from "./sync-target";

/** What checking one synced object against Stripe did. */
export type RepairResult = "in_sync" | "repaired" | { error: string };

async function retrieveOrMissing<T>(retrieve: () => Promise<T>): Promise<T | undefined> {
  try {
    return await retrieve();
  } catch (error) {
    if (isStripeCode(error, "resource_missing")) return undefined;
    throw error;
  }
}

/** Compares a synced product with Stripe's and pushes ours again when they differ (or Stripe's is gone). */
export async function repairProduct(target: SyncTarget, id: string): Promise<RepairResult> {
  const product = await withTenant(target.sql, target.tenant, (tx) => getProduct(tx, id));
  const options = { stripeAccount: target.stripeAccount };
  let mirrored: Stripe.Product | undefined;
  try {
    mirrored = await retrieveOrMissing(() => target.stripe.products.retrieve(product.stripe_id as string, {}, options));
  } catch {
    // The push below meets the same refusal (say, the account is gone) and records it on the product.
    mirrored = undefined;
  }
  if (mirrored && productDrift(product, mirrored).length === 0) return "in_sync";
  const pushed = await syncProduct(target, product.id);
  return pushed.sync_status === "failed" ? { error: pushed.sync_error ?? "failed" } : "repaired";
}

/**
 * Compares a synced price with Stripe's. Settings (active, nickname, lookup key) are updated in
 * place; a difference in what Stripe never lets change (amounts, currencies, interval, product)
 * gets a replacement Stripe price, and the drifted one is deactivated so nobody buys it.
 */
export async function repairPrice(target: SyncTarget, id: string): Promise<RepairResult> {
  const { price, stamp } = await readPriceForSync(target, id);
  const drifted = price.stripe_id as string;
  const options = { stripeAccount: target.stripeAccount };
  let outcome: RepairResult = "in_sync";
  await pushAndRecord(target, price, stamp, async () => {
    const stripeProduct = await stripeProductOf(target, price);
    const mirrored = await retrieveOrMissing(() => target.stripe.prices.retrieve(drifted, { expand: ["currency_options"] }, options));
    if (!mirrored || priceTermsDrift(price, mirrored, stripeProduct).length > 0) {
      outcome = "repaired";
      const replacement = await createStripePrice(target, price, stripeProduct, drifted);
      if (mirrored?.active) await target.stripe.prices.update(drifted, { active: false }, options);
      return replacement;
    }
    if (priceSettingsDrift(price, mirrored).length > 0) {
      outcome = "repaired";
      await target.stripe.prices.update(drifted, stripePriceSettings(price), options);
    }
    return drifted;
  });
  const after: Price = (await readPriceForSync(target, id)).price;
  return after.sync_status === "failed" ? { error: after.sync_error ?? "failed" } : outcome;
}
