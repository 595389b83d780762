import type { TransactionSql } from "postgres";
import { ENDED_SUBSCRIPTION_STATUSES } from "../subscriptions/subscription-objects";
import { getProduct } from "./products";

export interface VersionSummary {
  version: number;
  current: boolean;
  /** Subscriptions that have not ended and bill one of this version's prices (matched by Stripe price id). */
  live_subscriptions: number;
  created: Date;
}

/** Every version of a product, newest first, with its live subscriptions. Throws 404 for a product the tenant cannot see. */
export async function listVersionSummaries(tx: TransactionSql, productId: string): Promise<VersionSummary[]> {
  const product = await getProduct(tx, productId);
  const rows = await tx<{ version: number; live_subscriptions: number; created: Date }[]>`
    select v.version, v.created,
      (select count(*)::int from prices p
        join subscriptions s on s.stripe_price_id = p.stripe_id and s.org_id = p.org_id and s.livemode = p.livemode
        where p.product_id = v.product_id and p.version = v.version and p.stripe_id is not null
          and s.status not in ${tx(ENDED_SUBSCRIPTION_STATUSES)}) as live_subscriptions
    from product_versions v where v.product_id = ${productId} order by v.version desc`;
  return rows.map((row) => ({ ...row, current: row.version === product.current_version }));
}
