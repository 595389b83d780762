import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { listPage } from "../../db/paginate";
import { withTenant } from "../../db/tenant";
import type { AppEnv } from "../../shared/env";
import { toTimestamp } from "../../shared/schemas";
import type * as routes from "./audit-log.routes";

interface AuditRow {
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

const serialize = (row: AuditRow) => ({
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

export const list: RouteHandler<typeof routes.listAuditLog, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const query = c.req.valid("query");
  const page = await withTenant(c.var.db(), tenant, (tx) => {
    const gte = query["created[gte]"];
    const lte = query["created[lte]"];
    const where = tx`true
      ${query.action ? tx`and action = ${query.action}` : tx``}
      ${query.actor_id ? tx`and actor_id = ${query.actor_id}` : tx``}
      ${query.target_id ? tx`and target_id = ${query.target_id}` : tx``}
      ${gte !== undefined ? tx`and created >= to_timestamp(${gte})` : tx``}
      ${lte !== undefined ? tx`and created < to_timestamp(${lte + 1})` : tx``}`;
    return listPage<AuditRow, ReturnType<typeof serialize>>(tx, { table: "audit_log", where, query, url: "/v1/audit_log", map: serialize });
  });
  return c.json(page, 200);
};
