import type { Sql } from "postgres";
import type Stripe from "stripe";
import { syncCatalogue } from "./catalogue-sync";
import { openSyncTarget } from "./sync-target";

export interface BackgroundSyncReport {
  catalogues: number;
  pushed: number;
  failed: number;
}

/**
 * Retries every product and price left `pending` or `failed` (Stripe down or refusing when the
 * merchant saved it), for every organisation and mode with a connected account. Run by the cron
 * trigger; `onlyOrg` limits it to one organisation (an operator retrying one merchant).
 */
export async function retryUnsyncedCatalogues(
  sql: Sql,
  stripeFor: (livemode: boolean) => Stripe,
  options: { onlyOrg?: string } = {},
): Promise<BackgroundSyncReport> {
  const listed = await sql<{ org_id: string; livemode: boolean }[]>`select * from tenant.unsynced_catalogues()`;
  const tenants = options.onlyOrg ? listed.filter((tenant) => tenant.org_id === options.onlyOrg) : listed;
  const report: BackgroundSyncReport = { catalogues: tenants.length, pushed: 0, failed: 0 };
  for (const { org_id: orgId, livemode } of tenants) {
    const target = await openSyncTarget(sql, { orgId, livemode }, () => stripeFor(livemode));
    if (!target) continue;
    const result = await syncCatalogue(target, { checkDrift: false });
    report.pushed += result.pushed;
    report.failed += result.failed.length;
  }
  return report;
}
