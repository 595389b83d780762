import type Stripe from "stripe";
import { withTenant } from "../../db/tenant";
import { getPrice, type Price } from "../catalogue/prices";
import { getProduct } from "../catalogue/products";
import { priceSettingsDrift, stripePriceSettings, stripePriceTerms } from "./price-terms";
import { syncProduct } from "./product-sync";
import { changeStamp, recordOutcome } from "./sync-outcome";
import { SyncBlockedError, type SyncTarget, syncFailureMessage } from "./sync-target";

/** The product's Stripe id, pushing the product first when it is not on Stripe yet. */
export async function stripeProductOf(target: SyncTarget, price: Price): Promise<string> {
  let product = await withTenant(target.sql, target.tenant, (tx) => getProduct(tx, price.product_id));
  if (product.sync_status !== "synced" || !product.stripe_id) product = await syncProduct(target, product.id);
  if (product.stripe_id) return product.stripe_id;
  throw new SyncBlockedError(`Product ${price.product_id} is not on Stripe yet: ${product.sync_error ?? "not pushed"}`);
}

/**
 * A price created on Stripe whose id we never recorded (the database write after the call
 * failed). Stripe's idempotency keys last 24 hours; this lookup by our id in the metadata keeps a
 * later retry from creating a second price. Listing, unlike search, is immediately consistent.
 */
async function findUnrecorded(target: SyncTarget, price: Price, stripeProduct: string): Promise<Stripe.Price | undefined> {
  const listed = await target.stripe.prices.list({ product: stripeProduct, limit: 100 }, { stripeAccount: target.stripeAccount });
  return listed.data.find((candidate) => candidate.metadata.billingos_price === price.id);
}

/** Creates the Stripe price for `price` (a replacement when `replacing` is set) and applies its settings. */
export async function createStripePrice(target: SyncTarget, price: Price, stripeProduct: string, replacing?: string): Promise<string> {
  const options = { stripeAccount: target.stripeAccount };
  const existing = replacing ? undefined : await findUnrecorded(target, price, stripeProduct);
  // Only the immutable terms go into the create, so the same key always carries the same body.
  const created =
    existing ??
    (await target.stripe.prices.create(stripePriceTerms(price, stripeProduct), {
      ...options,
      idempotencyKey: replacing ? `billingos-price-${price.id}-replaces-${replacing}` : `billingos-price-${price.id}`,
    }));
  if (priceSettingsDrift(price, created).length > 0) await target.stripe.prices.update(created.id, stripePriceSettings(price), options);
  return created.id;
}

async function pushPrice(target: SyncTarget, price: Price): Promise<string> {
  const stripeProduct = await stripeProductOf(target, price);
  if (!price.stripe_id) return createStripePrice(target, price, stripeProduct);
  await target.stripe.prices.update(price.stripe_id, stripePriceSettings(price), { stripeAccount: target.stripeAccount });
  return price.stripe_id;
}

/** Pushes one price (and its product, if needed) and records the outcome; Stripe failures are recorded, not thrown. */
export async function syncPrice(target: SyncTarget, id: string): Promise<Price> {
  const { price, stamp } = await readPriceForSync(target, id);
  await pushAndRecord(target, price, stamp, () => pushPrice(target, price));
  return withTenant(target.sql, target.tenant, (tx) => getPrice(tx, id));
}

/** Runs a push of `price` and records its outcome (the Stripe id, or the failure). */
export async function pushAndRecord(target: SyncTarget, price: Price, stamp: string, push: () => Promise<string>): Promise<void> {
  try {
    await recordOutcome(target, "prices", price.id, stamp, { stripeId: await push(), error: null });
  } catch (error) {
    const message = syncFailureMessage(error);
    if (message === undefined) throw error;
    await recordOutcome(target, "prices", price.id, stamp, { stripeId: null, error: message });
  }
}

/** The price and its change stamp, read together. */
export async function readPriceForSync(target: SyncTarget, id: string) {
  return withTenant(target.sql, target.tenant, async (tx) => ({
    price: await getPrice(tx, id),
    stamp: (await changeStamp(tx, "prices", id)) as string,
  }));
}
