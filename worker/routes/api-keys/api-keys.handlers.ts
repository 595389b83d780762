import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { withTenant } from "../../db/tenant";
import * as apiKeys from "../../domain/api-keys";
import type { AppEnv } from "../../shared/env";
import { toTimestamp } from "../../shared/schemas";
import type * as routes from "./api-keys.routes";

const PREFIX = { secret: "sk", restricted: "rk", publishable: "pk" } as const;

function status(row: apiKeys.ApiKeyRow) {
  if (row.revoked_at) return "revoked" as const;
  if (row.expires_at) return row.expires_at <= new Date() ? ("expired" as const) : ("expiring" as const);
  return "active" as const;
}

export function serializeApiKey(row: apiKeys.ApiKeyRow) {
  return {
    id: row.id,
    object: "api_key" as const,
    livemode: row.livemode,
    type: row.type,
    name: row.name,
    redacted: `${PREFIX[row.type]}_${row.livemode ? "live" : "test"}_…${row.last4}`,
    scopes: row.scopes,
    status: status(row),
    expires_at: toTimestamp(row.expires_at),
    last_used_at: toTimestamp(row.last_used_at),
    created: toTimestamp(row.created) as number,
  };
}

export const create: RouteHandler<typeof routes.createApiKey, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) => apiKeys.createApiKey(tx, context, c.req.valid("json")));
  return c.json({ ...serializeApiKey(row), secret: row.secret }, 201);
};

export const list: RouteHandler<typeof routes.listApiKeys, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const rows = await withTenant(c.var.db(), tenant, apiKeys.listApiKeys);
  return c.json({ object: "list" as const, data: rows.map(serializeApiKey), has_more: false, url: "/v1/api_keys" }, 200);
};

export const roll: RouteHandler<typeof routes.rollApiKey, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { replacement } = await withTenant(c.var.db(), context.tenant, (tx) =>
    apiKeys.rollApiKey(tx, context, c.req.valid("param").id, c.req.valid("json").expires_in),
  );
  return c.json({ ...serializeApiKey(replacement), secret: replacement.secret }, 201);
};

export const revoke: RouteHandler<typeof routes.revokeApiKey, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) => apiKeys.revokeApiKey(tx, context, c.req.valid("param").id));
  return c.json(serializeApiKey(row), 200);
};
