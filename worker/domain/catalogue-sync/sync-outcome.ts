import type { TransactionSql } from "postgres";
import { withTenant } from "../../db/tenant";
import type { SyncTarget } from "./sync-target";

export type MirroredTable = "products" | "prices";

export interface SyncOutcome {
  stripeId: string | null;
  error: string | null;
}

/**
 * Marks when the merchant last changed the row (`updated` in full precision: a JS Date would drop
 * the microseconds). A push records `synced` or `failed` only if the row is unchanged since it was
 * read, so a slow push never hides a newer edit: that row stays `pending` for the next sync.
 */
export async function changeStamp(tx: TransactionSql, table: MirroredTable, id: string): Promise<string | undefined> {
  const [row] = await tx<{ stamp: string }[]>`select updated::text as stamp from ${tx(table)} where id = ${id}`;
  return row?.stamp;
}

/** Writes only when something changed, so re-confirming a synced object does not bump the catalogue revision. */
export async function recordOutcome(target: SyncTarget, table: MirroredTable, id: string, stamp: string, outcome: SyncOutcome) {
  const status = outcome.error === null ? "synced" : "failed";
  await withTenant(target.sql, target.tenant, async (tx) => {
    await tx`update ${tx(table)} set
        stripe_id = coalesce(${outcome.stripeId}, stripe_id),
        sync_status = case when updated::text = ${stamp} then ${status} else sync_status end,
        sync_error = case when updated::text = ${stamp} then ${outcome.error} else sync_error end
      where id = ${id}
        and (stripe_id is distinct from coalesce(${outcome.stripeId}, stripe_id)
             or (updated::text = ${stamp} and (sync_status, sync_error) is distinct from (${status}::text, ${outcome.error}::text)))`;
  });
}
