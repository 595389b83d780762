import type { TransactionSql } from "postgres";
import { randomId } from "../shared/ids";
import type { ActionContext } from "./context";

export interface AuditEntry {
  action: string;
  target: { type: string; id: string };
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Appends one audit row in the caller's transaction, so the action and its record commit together. */
export async function recordAudit(tx: TransactionSql, context: ActionContext, entry: AuditEntry): Promise<void> {
  await tx`insert into audit_log (id, org_id, livemode, actor_type, actor_id, action, target_type, target_id, before, after, request_id, ip)
    values (${randomId("aud")}, ${context.tenant.orgId}, ${context.tenant.livemode}, ${context.actor.type}, ${context.actor.id},
            ${entry.action}, ${entry.target.type}, ${entry.target.id}, ${entry.before ? tx.json(entry.before as never) : null},
            ${entry.after ? tx.json(entry.after as never) : null}, ${context.requestId}, ${context.ip})`;
}

/** Only the fields that changed, as before/after pairs for the audit log. */
export function changedFields<T extends Record<string, unknown>>(before: T, patch: Partial<T>) {
  const keys = Object.keys(patch).filter((key) => patch[key] !== undefined && JSON.stringify(patch[key]) !== JSON.stringify(before[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, patch[key]])),
    changed: keys.length > 0,
  };
}
