import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../db/paginate";
import { toTimestamp } from "../shared/schemas";

/** An audit-log entry as stored. */
export interface AuditRow {
  id: string;
  livemode: boolean;
  actor_type: "user" | "api_key" | "system";
  actor_id: string;
  action: string;
  target_type: string;
  target_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  ip: string | null;
  created: Date;
}

/** The audit-log entry the API shows. */
export const serializeAuditEntry = (row: AuditRow) => ({
  id: row.id,
  object: "audit_log_entry" as const,
  livemode: row.livemode,
  actor: { type: row.actor_type, id: row.actor_id },
  action: row.action,
  target: { type: row.target_type, id: row.target_id },
  before: row.before,
  after: row.after,
  request_id: row.request_id,
  ip: row.ip,
  created: toTimestamp(row.created) as number,
});

/** What the audit log may be narrowed by, besides the page. */
export interface AuditLogQuery extends PageQuery {
  action?: string;
  actor_id?: string;
  target_id?: string;
  "created[gte]"?: number;
  "created[lte]"?: number;
}

/** A page of the audit log, newest first, narrowed by action, actor, target and time. */
export function listAuditLog(tx: TransactionSql, query: AuditLogQuery, url: string) {
  const gte = query["created[gte]"];
  const lte = query["created[lte]"];
  const where = tx`true
    ${query.action ? tx`and action = ${query.action}` : tx``}
    ${query.actor_id ? tx`and actor_id = ${query.actor_id}` : tx``}
    ${query.target_id ? tx`and target_id = ${query.target_id}` : tx``}
    ${gte !== undefined ? tx`and created >= to_timestamp(${gte})` : tx``}
    ${lte !== undefined ? tx`and created < to_timestamp(${lte + 1})` : tx``}`;
  return listPage<AuditRow, ReturnType<typeof serializeAuditEntry>>(tx, {
    table: "audit_log",
    where,
    query,
    url,
    map: serializeAuditEntry,
  });
}
