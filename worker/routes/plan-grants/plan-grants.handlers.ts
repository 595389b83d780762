import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { withTenant } from "../../db/tenant";
import * as grants from "../../domain/catalogue/grants";
import type { AppEnv } from "../../shared/env";
import { mirrorCurrentVersion } from "../catalogue/catalogue.mirror";
import type * as routes from "./plan-grants.routes";
import { serializeGrant } from "./plan-grants.schemas";

export const create: RouteHandler<typeof routes.createGrant, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { id } = c.req.valid("param");
  const grant = await withTenant(c.var.db(), context.tenant, (tx) => grants.createGrant(tx, context, id, c.req.valid("json")));
  await mirrorCurrentVersion(c, id);
  return c.json(serializeGrant(grant), 201);
};

export const list: RouteHandler<typeof routes.listGrants, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const page = await withTenant(c.var.db(), tenant, (tx) => grants.listGrants(tx, c.req.valid("param").id, c.req.valid("query")));
  return c.json({ ...page, data: page.data.map(serializeGrant) }, 200);
};

export const update: RouteHandler<typeof routes.updateGrant, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { id, feature } = c.req.valid("param");
  const grant = await withTenant(c.var.db(), context.tenant, (tx) => grants.updateGrant(tx, context, id, feature, c.req.valid("json")));
  await mirrorCurrentVersion(c, id);
  return c.json(serializeGrant(grant), 200);
};

export const remove: RouteHandler<typeof routes.deleteGrant, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { id, feature } = c.req.valid("param");
  await withTenant(c.var.db(), context.tenant, (tx) => grants.deleteGrant(tx, context, id, feature));
  await mirrorCurrentVersion(c, id);
  return c.json({ product: id, feature, object: "plan_grant" as const, deleted: true as const }, 200);
};
