import type { Context } from "hono";
import { requestContext } from "../../app/request-context";
import { type TenantScope, withTenant } from "../../db/tenant";
import type { Price } from "../../domain/catalogue/prices";
import type { ProductRow } from "../../domain/catalogue/products";
import { unpushedCurrentPrices } from "../../domain/catalogue/versions";
import { syncCatalogue } from "../../domain/catalogue-sync/catalogue-sync";
import { syncPrice } from "../../domain/catalogue-sync/price-sync";
import { syncProduct } from "../../domain/catalogue-sync/product-sync";
import { openSyncTarget } from "../../domain/catalogue-sync/sync-target";
import type { AppEnv } from "../../shared/env";
import { stripeClient } from "../../stripe/client";

/**
 * Mirroring after a catalogue write, once its transaction has committed. The write has succeeded
 * whatever happens here: Stripe refusals are recorded on the object by the sync itself, and any
 * other failure is logged and leaves the object `pending` for POST /v1/catalogue/sync.
 */
export function syncTargetOf(c: Context<AppEnv>, tenant: TenantScope = requestContext(c).context.tenant) {
  return openSyncTarget(c.var.db(), tenant, () => stripeClient(c.env, tenant.livemode));
}

async function afterWrite<T>(c: Context<AppEnv>, unsynced: T, what: string, sync: () => Promise<T | undefined>): Promise<T> {
  try {
    return (await sync()) ?? unsynced;
  } catch (error) {
    c.var.logger.warn("catalogue not mirrored to Stripe", { what, error: String(error) });
    return unsynced;
  }
}

export const mirrorProduct = (c: Context<AppEnv>, row: ProductRow) =>
  afterWrite(c, row, row.id, async () => {
    const target = await syncTargetOf(c);
    return target && syncProduct(target, row.id);
  });

export const mirrorPrice = (c: Context<AppEnv>, price: Price) =>
  afterWrite(c, price, price.id, async () => {
    const target = await syncTargetOf(c);
    return target && syncPrice(target, price.id);
  });

/**
 * After a grant or price write that may have forked a new version: pushes the current version's
 * prices that were never on Stripe (the copies a fork makes), so the new version can be sold and
 * subscribers migrated to it.
 */
export const mirrorCurrentVersion = (c: Context<AppEnv>, productId: string) =>
  afterWrite(c, undefined, productId, async () => {
    const tenant = requestContext(c).context.tenant;
    const unpushed = await withTenant(c.var.db(), tenant, (tx) => unpushedCurrentPrices(tx, productId));
    const target = unpushed.length > 0 ? await syncTargetOf(c, tenant) : undefined;
    if (target) for (const price of unpushed) await syncPrice(target, price.id);
    return undefined;
  });

/** Pushes whatever is not on Stripe yet in `tenant`'s mode (after connecting, importing or copying to live). */
export const mirrorPending = (c: Context<AppEnv>, tenant: TenantScope = requestContext(c).context.tenant) =>
  afterWrite(c, undefined, `catalogue ${tenant.livemode ? "live" : "test"}`, async () => {
    const target = await syncTargetOf(c, tenant);
    if (target) await syncCatalogue(target, { checkDrift: false });
    return undefined;
  });

/** Deleting a product (only ever one without prices) deletes its Stripe product too, best effort. */
export const unmirrorProduct = (c: Context<AppEnv>, row: ProductRow) =>
  afterWrite(c, undefined, row.id, async () => {
    const target = row.stripe_id ? await syncTargetOf(c) : undefined;
    if (target && row.stripe_id) await target.stripe.products.del(row.stripe_id, {}, { stripeAccount: target.stripeAccount });
    return undefined;
  });
