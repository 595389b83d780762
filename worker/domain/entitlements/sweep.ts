import type { Sql } from "postgres";
import { withTenant } from "../../db/tenant";
import { recomputeEntitlements } from "./recompute";

/**
 * Derives again every customer whose entitlements changed by time alone: a grace period ended, a
 * manual grant expired, a calendar-month period rolled over. A check does the same for its own
 * customer when it finds the derivation stale, so this only keeps reads and lists fresh.
 */
export async function sweepStaleEntitlements(sql: Sql, now = new Date()): Promise<number> {
  const tenants = await sql<{ org_id: string; livemode: boolean }[]>`select * from tenant.entitlements_due()`;
  let recomputed = 0;
  for (const tenant of tenants) {
    recomputed += await withTenant(sql, { orgId: tenant.org_id, livemode: tenant.livemode }, async (tx) => {
      const due = await tx<{ customer_id: string }[]>`
        select customer_id from entitlement_states where valid_until <= ${now} order by valid_until limit 500 for update skip locked`;
      for (const { customer_id } of due) await recomputeEntitlements(tx, customer_id, now);
      return due.length;
    });
  }
  return recomputed;
}
