import { withTenant } from "../../db/tenant";
import type { ProductRow } from "../catalogue/products";
import { type RepairResult, repairPrice, repairProduct } from "./drift-repair";
import { syncPrice } from "./price-sync";
import { syncProduct } from "./product-sync";
import type { SyncTarget } from "./sync-target";

export interface SyncReport {
  /** Pending or failed objects now on Stripe. */
  pushed: number;
  /** Synced objects that had drifted at Stripe and were put back. */
  repaired: number;
  failed: { object: "product" | "price"; id: string; error: string }[];
}

interface MirroredObject {
  id: string;
  sync_status: ProductRow["sync_status"];
  stripe_id: string | null;
}

async function mirroredObjects(target: SyncTarget) {
  return withTenant(target.sql, target.tenant, async (tx) => ({
    // Oldest first, products before prices: a price needs its product on Stripe.
    products: await tx<MirroredObject[]>`select id, sync_status, stripe_id from products order by created, id`,
    prices: await tx<MirroredObject[]>`select id, sync_status, stripe_id from prices order by created, id`,
  }));
}

/**
 * Pushes every product and price of this mode that is not synced yet (`pending` or `failed`), and
 * with `checkDrift` also compares the synced ones with Stripe and repairs what differs. Objects
 * are pushed one at a time: a failure is recorded on its object and the rest carry on.
 */
export async function syncCatalogue(target: SyncTarget, options: { checkDrift: boolean }): Promise<SyncReport> {
  const report: SyncReport = { pushed: 0, repaired: 0, failed: [] };
  const { products, prices } = await mirroredObjects(target);
  const count = (object: "product" | "price", id: string, result: RepairResult | "pushed") => {
    if (result === "pushed") report.pushed += 1;
    else if (result === "repaired") report.repaired += 1;
    else if (result !== "in_sync") report.failed.push({ object, id, error: result.error });
  };
  for (const product of products) {
    if (product.sync_status !== "synced" || !product.stripe_id) {
      const pushed = await syncProduct(target, product.id);
      count("product", product.id, pushed.sync_status === "failed" ? { error: pushed.sync_error ?? "failed" } : "pushed");
    } else if (options.checkDrift) {
      count("product", product.id, await repairProduct(target, product.id));
    }
  }
  for (const price of prices) {
    if (price.sync_status !== "synced" || !price.stripe_id) {
      const pushed = await syncPrice(target, price.id);
      count("price", price.id, pushed.sync_status === "failed" ? { error: pushed.sync_error ?? "failed" } : "pushed");
    } else if (options.checkDrift) {
      count("price", price.id, await repairPrice(target, price.id));
    }
  }
  return report;
}
