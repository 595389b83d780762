import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { clientIp, requestContext } from "../../app/request-context";
import { userOf } from "../../auth/access";
import { withTenant } from "../../db/tenant";
import * as organizations from "../../domain/organizations";
import type { AppEnv } from "../../shared/env";
import { NotFoundError } from "../../shared/errors";
import type * as routes from "./organizations.routes";
import { serializeOrganization } from "./organizations.schemas";

/** Another organisation's id is answered exactly like an id that does not exist. */
function ownOrganization(c: Context<AppEnv>, id: string) {
  const context = requestContext(c).context;
  if (id !== context.tenant.orgId) throw new NotFoundError(`No such organization: '${id}'.`, "resource_missing", "id");
  return context;
}

const roleOf = (c: Context<AppEnv>) => (c.var.principal.kind === "user" ? c.var.principal.org?.role : undefined);

export const create: RouteHandler<typeof routes.createOrganization, AppEnv> = async (c) => {
  const org = await organizations.createOrganization(c.var.db(), userOf(c), c.req.valid("json"), {
    requestId: c.var.requestId,
    ip: clientIp(c),
  });
  return c.json(serializeOrganization(org), 201);
};

export const list: RouteHandler<typeof routes.listOrganizations, AppEnv> = async (c) => {
  const rows = await organizations.listMyOrganizations(c.var.db(), userOf(c).userId);
  return c.json({ object: "list" as const, data: rows.map(serializeOrganization), has_more: false, url: "/v1/organizations" }, 200);
};

export const retrieve: RouteHandler<typeof routes.retrieveOrganization, AppEnv> = async (c) => {
  const context = ownOrganization(c, c.req.valid("param").id);
  const org = await withTenant(c.var.db(), context.tenant, (tx) => organizations.getOrganization(tx, context.tenant.orgId));
  return c.json(serializeOrganization({ ...org, role: roleOf(c) }), 200);
};

export const update: RouteHandler<typeof routes.updateOrganization, AppEnv> = async (c) => {
  const context = ownOrganization(c, c.req.valid("param").id);
  const org = await withTenant(c.var.db(), context.tenant, (tx) => organizations.updateOrganization(tx, context, c.req.valid("json")));
  return c.json(serializeOrganization({ ...org, role: roleOf(c) }), 200);
};

export const remove: RouteHandler<typeof routes.deleteOrganization, AppEnv> = async (c) => {
  const context = ownOrganization(c, c.req.valid("param").id);
  await withTenant(c.var.db(), context.tenant, (tx) => organizations.deleteOrganization(tx, context, c.req.valid("json").confirm));
  return c.json({ id: context.tenant.orgId, object: "organization" as const, deleted: true as const }, 200);
};
