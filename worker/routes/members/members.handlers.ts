import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requestContext } from "../../app/request-context";
import { withTenant } from "../../db/tenant";
import * as members from "../../domain/members";
import type { AppEnv } from "../../shared/env";
import { toTimestamp } from "../../shared/schemas";
import type * as routes from "./members.routes";

const serialize = (row: members.MemberRow) => ({
  object: "member" as const,
  user_id: row.user_id,
  email: row.email,
  name: row.name,
  role: row.role,
  created: toTimestamp(row.created) as number,
});

const actorRole = (c: Context<AppEnv>) => (c.var.principal.kind === "user" ? c.var.principal.org?.role : undefined);

export const list: RouteHandler<typeof routes.listMembers, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const rows = await withTenant(c.var.db(), tenant, members.listMembers);
  return c.json({ object: "list" as const, data: rows.map(serialize), has_more: false, url: "/v1/members" }, 200);
};

export const update: RouteHandler<typeof routes.updateMember, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) =>
    members.changeRole(tx, context, actorRole(c), c.req.valid("param").user_id, c.req.valid("json").role),
  );
  return c.json(serialize(row), 200);
};

export const remove: RouteHandler<typeof routes.removeMember, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { user_id } = c.req.valid("param");
  await withTenant(c.var.db(), context.tenant, (tx) => members.removeMember(tx, context, actorRole(c), user_id));
  return c.json({ user_id, object: "member" as const, deleted: true as const }, 200);
};

export const leave: RouteHandler<typeof routes.leave, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  await withTenant(c.var.db(), context.tenant, (tx) => members.removeMember(tx, context, actorRole(c), context.actor.id));
  return c.json({ user_id: context.actor.id, object: "member" as const, deleted: true as const }, 200);
};

export const transfer: RouteHandler<typeof routes.transferOwnership, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) => members.transferOwnership(tx, context, c.req.valid("json").user_id));
  return c.json(serialize(row), 200);
};
