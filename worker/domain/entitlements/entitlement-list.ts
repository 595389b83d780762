import type { TransactionSql } from "postgres";
import { getCustomer } from "../customers";
import type { CombinedEntitlement, GrantKind } from "./combine";
import { recomputeEntitlements } from "./recompute";

export interface EntitlementListRow {
  feature_id: string;
  feature_key: string;
  feature_name: string;
  unit_label: string | null;
  type: "boolean" | "metered" | "limit";
  kind: GrantKind;
  limit_amount: string | null;
  overage_unit_amounts: Record<string, number> | null;
  period_start: Date | null;
  period_end: Date | null;
  grace_until: Date | null;
  sources: CombinedEntitlement["sources"];
  used: string | null;
}

/** Every feature the customer is entitled to now, with this period's usage, by feature key. */
export async function listEntitlements(tx: TransactionSql, customerId: string, now = new Date()): Promise<EntitlementListRow[]> {
  await getCustomer(tx, customerId);
  const [state] = await tx<{ valid_until: Date | null }[]>`select valid_until from entitlement_states where customer_id = ${customerId}`;
  if (!state || (state.valid_until && state.valid_until <= now)) await recomputeEntitlements(tx, customerId, now);
  return tx<EntitlementListRow[]>`
    select e.feature_id, f.key as feature_key, f.name as feature_name, f.unit_label, f.type, e.kind, e.limit_amount, e.overage_unit_amounts,
           e.period_start, e.period_end, e.grace_until, e.sources, u.used
    from entitlements e
    join features f on f.id = e.feature_id
    left join usage_counters u on u.org_id = e.org_id and u.livemode = e.livemode and u.customer_id = e.customer_id
      and u.feature_id = e.feature_id and u.period_start = coalesce(e.period_start, '-infinity')
    where e.org_id = tenant.org_id() and e.livemode = tenant.livemode() and e.customer_id = ${customerId}
    order by f.key`;
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
