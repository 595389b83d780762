import type { Context } from "hono";
import { tenantOf } from "../auth/access";
import type { TenantScope } from "../db/tenant";
import type { AppEnv } from "../shared/env";

/** Everything a business function needs to know about the request, without HTTP. */
export interface ActionContext {
  tenant: TenantScope;
  actor: { type: "user" | "api_key" | "customer" | "system"; id: string };
  requestId: string | null;
  ip: string | null;
}

export function actionContext(c: Context<AppEnv>): ActionContext {
  const { actor, ...tenant } = tenantOf(c);
  return { tenant, actor, requestId: c.var.requestId, ip: clientIp(c) };
}

export function clientIp(c: Context<AppEnv>): string | null {
  return c.req.header("CF-Connecting-IP") ?? null;
}
