import type Stripe from "stripe";
import { withTenant } from "../../db/tenant";
import { getProduct, type ProductRow } from "../catalogue/products";
import { changeStamp, recordOutcome } from "./sync-outcome";
import { isStripeCode, type SyncTarget, syncFailureMessage } from "./sync-target";

/** The fields of a product that Stripe mirrors, as Stripe would show them. */
export function stripeProductFields(product: ProductRow) {
  return {
    name: product.name,
    description: product.description,
    images: product.image_url ? [product.image_url] : [],
    active: product.active,
    metadata: { billingos_product: product.id },
  };
}

/**
 * Creates or updates the product on the connected account. The Stripe product gets our id as its
 * own, so a second create of the same product is refused by Stripe (`resource_already_exists`)
 * however long after the first: an unrecorded earlier success turns into an update, never a
 * duplicate. The idempotency key carries the change stamp, so a retry of one push replays, and a
 * push of newer content is a new request instead of an `idempotency_error`.
 */
async function pushProduct(target: SyncTarget, product: ProductRow, stamp: string): Promise<string> {
  const options = { stripeAccount: target.stripeAccount };
  const stripeId = product.stripe_id ?? product.id;
  const { description, ...fields } = stripeProductFields(product);
  // Stripe unsets a field sent as an empty string; it refuses an empty description on create.
  const update = () => target.stripe.products.update(stripeId, { ...fields, description: description ?? "" }, options);
  if (product.stripe_id) {
    try {
      return (await update()).id;
    } catch (error) {
      // Deleted at Stripe (say, from the dashboard): create it again below.
      if (!isStripeCode(error, "resource_missing")) throw error;
    }
  }
  try {
    const created = await target.stripe.products.create(
      { id: stripeId, ...fields, ...(description ? { description } : {}) },
      { ...options, idempotencyKey: `billingos-product-${product.id}-${stamp.replace(/\D/g, "")}` },
    );
    return created.id;
  } catch (error) {
    if (!isStripeCode(error, "resource_already_exists")) throw error;
    return (await update()).id;
  }
}

/** Pushes one product and records the outcome on it; Stripe failures are recorded, not thrown. */
export async function syncProduct(target: SyncTarget, id: string): Promise<ProductRow> {
  const { product, stamp } = await withTenant(target.sql, target.tenant, async (tx) => ({
    product: await getProduct(tx, id),
    stamp: (await changeStamp(tx, "products", id)) as string,
  }));
  try {
    await recordOutcome(target, "products", id, stamp, { stripeId: await pushProduct(target, product, stamp), error: null });
  } catch (error) {
    const message = syncFailureMessage(error);
    if (message === undefined) throw error;
    await recordOutcome(target, "products", id, stamp, { stripeId: null, error: message });
  }
  return withTenant(target.sql, target.tenant, (tx) => getProduct(tx, id));
}

/** Differences between our product and the Stripe one, by field name (empty: in sync). */
export function productDrift(product: ProductRow, mirrored: Stripe.Product): string[] {
  const ours = stripeProductFields(product);
  const drift: string[] = [];
  if (mirrored.name !== ours.name) drift.push("name");
  if ((mirrored.description ?? null) !== ours.description) drift.push("description");
  if (mirrored.active !== ours.active) drift.push("active");
  if (JSON.stringify(mirrored.images) !== JSON.stringify(ours.images)) drift.push("images");
  if (mirrored.metadata.billingos_product !== product.id) drift.push("metadata");
  return drift;
}
