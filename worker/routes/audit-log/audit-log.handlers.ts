import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { withTenant } from "../../db/tenant";
import { listAuditLog } from "../../domain/audit-log-list";
import type { AppEnv } from "../../shared/env";
import type * as routes from "./audit-log.routes";

export const list: RouteHandler<typeof routes.listAuditLog, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const query = c.req.valid("query");
  const page = await withTenant(c.var.db(), tenant, (tx) => listAuditLog(tx, query, "/v1/audit_log"));
  return c.json(page, 200);
};
