import type { TransactionSql } from "postgres";
import { InvalidRequestError } from "../../shared/errors";
import { getCustomer } from "../customers";

export interface UsagePeriodRow {
  feature_key: string;
  period_start: Date | null;
  period_end: Date | null;
  used: string;
  current: boolean;
}

/** The customer's counters, per feature and period, newest period first; `current` marks the period checks count in now. */
export async function listCustomerUsage(tx: TransactionSql, customerId: string, options: { feature?: string; limit: number }) {
  await getCustomer(tx, customerId);
  const rows = await tx<UsagePeriodRow[]>`
    select f.key as feature_key, nullif(u.period_start, '-infinity') as period_start, u.period_end, u.used,
           coalesce(e.period_start, '-infinity') = u.period_start as current
    from usage_counters u
    join features f on f.id = u.feature_id
    left join entitlements e on e.org_id = u.org_id and e.livemode = u.livemode and e.customer_id = u.customer_id and e.feature_id = u.feature_id
    where u.org_id = tenant.org_id() and u.livemode = tenant.livemode() and u.customer_id = ${customerId}
      ${options.feature ? tx`and f.key = ${options.feature}` : tx``}
    order by u.period_start desc, f.key limit ${options.limit + 1}`;
  return { rows: rows.slice(0, options.limit), has_more: rows.length > options.limit };
}

export interface UsageEventRow {
  id: string;
  livemode: boolean;
  customer_id: string;
  feature_key: string;
  value: string;
  timestamp: Date;
  properties: Record<string, unknown>;
  period_start: Date | null;
  received: Date;
}

export interface UsageEventQuery {
  limit: number;
  starting_after?: string;
  customer?: string;
  feature?: string;
  "timestamp[gte]"?: number;
  "timestamp[lt]"?: number;
}

/** Usage events newest timestamp first (the usage_events_list index order), cursor by event id. */
export async function listUsageEvents(tx: TransactionSql, query: UsageEventQuery) {
  let cursor = tx`true`;
  if (query.starting_after) {
    const [found] =
      await tx`select 1 from usage_events where org_id = tenant.org_id() and livemode = tenant.livemode() and id = ${query.starting_after}`;
    if (!found) throw new InvalidRequestError("resource_missing", `No such usage event: ${query.starting_after}.`, "starting_after");
    cursor = tx`(e."timestamp", e.id) < (select "timestamp", id from usage_events
      where org_id = tenant.org_id() and livemode = tenant.livemode() and id = ${query.starting_after})`;
  }
  const since = query["timestamp[gte]"];
  const before = query["timestamp[lt]"];
  const rows = await tx<UsageEventRow[]>`
    select e.id, e.livemode, e.customer_id, f.key as feature_key, e.value, e."timestamp", e.properties,
           nullif(e.period_start, '-infinity') as period_start, e.received
    from usage_events e join features f on f.id = e.feature_id
    where e.org_id = tenant.org_id() and e.livemode = tenant.livemode() and ${cursor}
      ${query.customer ? tx`and e.customer_id = ${query.customer}` : tx``}
      ${query.feature ? tx`and f.key = ${query.feature}` : tx``}
      ${since !== undefined ? tx`and e."timestamp" >= ${new Date(since * 1000)}` : tx``}
      ${before !== undefined ? tx`and e."timestamp" < ${new Date(before * 1000)}` : tx``}
    order by e."timestamp" desc, e.id desc limit ${query.limit + 1}`;
  return { rows: rows.slice(0, query.limit), has_more: rows.length > query.limit };
}
