import type { TransactionSql } from "postgres";
import { exponentsOf } from "../../shared/money";
import { toTimestamp } from "../../shared/schemas";
import type { GrantValue } from "../catalogue/grants";
import type { CombinedEntitlement, GrantKind } from "./combine";

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

export const grantValue = (row: { kind: GrantKind; amount: string | null }): GrantValue =>
  row.kind === "enabled" ? true : row.kind === "unlimited" ? "unlimited" : Number(row.amount);

/** The customer's stored entitlements with this period's usage, by feature key (no derivation: see listEntitlements). */
export function storedEntitlements(tx: TransactionSql, customerId: string) {
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

/** One entitlement as the API shows it (the list, the customer state and `entitlements.updated` events). */
export function serializeEntitlement(row: EntitlementListRow) {
  const limit = row.limit_amount === null ? null : Number(row.limit_amount);
  const used = row.used === null ? 0 : Number(row.used);
  return {
    object: "entitlement" as const,
    feature: row.feature_key,
    feature_name: row.feature_name,
    unit_label: row.unit_label,
    type: row.type,
    value: grantValue({ kind: row.kind, amount: row.limit_amount }),
    used,
    balance: limit === null ? null : Math.max(0, limit - used),
    overage_unit_amounts: row.overage_unit_amounts,
    currency_exponents: row.overage_unit_amounts && exponentsOf(Object.keys(row.overage_unit_amounts)),
    period_start: toTimestamp(row.period_start),
    resets_at: toTimestamp(row.period_end),
    grace_until: toTimestamp(row.grace_until),
    sources: row.sources.map((source) => ({
      type: source.type,
      id: source.id,
      value: grantValue({ kind: source.kind, amount: source.amount === null ? null : String(source.amount) }),
    })),
  };
}

/** The customer's entitlement list as `GET /v1/customers/{id}/entitlements` answers it. */
export async function entitlementListObject(tx: TransactionSql, customerId: string) {
  const data = (await storedEntitlements(tx, customerId)).map(serializeEntitlement);
  return { object: "list" as const, data, has_more: false as const, url: `/v1/customers/${customerId}/entitlements` };
}
