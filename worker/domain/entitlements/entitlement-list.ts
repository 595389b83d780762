import type { TransactionSql } from "postgres";
import { getCustomer } from "../customers";
import { type EntitlementListRow, storedEntitlements } from "./entitlement-objects";
import { recomputeEntitlements } from "./recompute";

export type { EntitlementListRow } from "./entitlement-objects";

/** Every feature the customer is entitled to now, with this period's usage, by feature key. */
export async function listEntitlements(tx: TransactionSql, customerId: string, now = new Date()): Promise<EntitlementListRow[]> {
  await getCustomer(tx, customerId);
  const [state] = await tx<{ valid_until: Date | null }[]>`select valid_until from entitlement_states where customer_id = ${customerId}`;
  if (!state || (state.valid_until && state.valid_until <= now)) await recomputeEntitlements(tx, customerId, now);
  return storedEntitlements(tx, customerId);
}

export interface SubscriptionSummaryRow {
  id: string;
  status: string;
  stripe_price_id: string | null;
  current_period_end: Date | null;
  cancel_at_period_end: boolean;
  paused: boolean;
  currency: string;
  /** Our product the subscription's price belongs to (null for a Stripe price BillingOS does not know). */
  product_id: string | null;
}

/** The customer's subscriptions that have not ended, newest first (the customer state's summary). */
export function customerSubscriptions(tx: TransactionSql, customerId: string) {
  return tx<SubscriptionSummaryRow[]>`
    select s.id, s.status, s.stripe_price_id, s.current_period_end, s.cancel_at_period_end, s.paused, s.currency,
      (select p.product_id from prices p where p.stripe_id = s.stripe_price_id and p.org_id = s.org_id and p.livemode = s.livemode
        limit 1) as product_id
    from subscriptions s
    where s.org_id = tenant.org_id() and s.livemode = tenant.livemode() and s.customer_id = ${customerId}
      and s.status not in ('canceled', 'incomplete_expired')
    order by s.created desc limit 20`;
}
