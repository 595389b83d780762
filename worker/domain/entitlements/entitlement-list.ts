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
}

/** The customer's subscriptions that have not ended, newest first (the customer state's summary). */
export function customerSubscriptions(tx: TransactionSql, customerId: string) {
  return tx<SubscriptionSummaryRow[]>`
    select id, status, stripe_price_id, current_period_end, cancel_at_period_end from subscriptions
    where org_id = tenant.org_id() and livemode = tenant.livemode() and customer_id = ${customerId}
      and status not in ('canceled', 'incomplete_expired')
    order by created desc limit 20`;
}
