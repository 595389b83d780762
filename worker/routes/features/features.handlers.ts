import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { withTenant } from "../../db/tenant";
import * as features from "../../domain/catalogue/features";
import type { AppEnv } from "../../shared/env";
import type * as routes from "./features.routes";
import { serializeFeature } from "./features.schemas";

export const create: RouteHandler<typeof routes.createFeature, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) => features.createFeature(tx, context, c.req.valid("json")));
  return c.json(serializeFeature(row), 201);
};

export const list: RouteHandler<typeof routes.listFeatures, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const page = await withTenant(c.var.db(), tenant, (tx) => features.listFeatures(tx, c.req.valid("query")));
  return c.json({ ...page, data: page.data.map(serializeFeature) }, 200);
};

export const retrieve: RouteHandler<typeof routes.retrieveFeature, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const row = await withTenant(c.var.db(), tenant, (tx) => features.getFeature(tx, c.req.valid("param").id));
  return c.json(serializeFeature(row), 200);
};

export const update: RouteHandler<typeof routes.updateFeature, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) =>
    features.updateFeature(tx, context, c.req.valid("param").id, c.req.valid("json")),
  );
  return c.json(serializeFeature(row), 200);
};

export const remove: RouteHandler<typeof routes.deleteFeature, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { id } = c.req.valid("param");
  await withTenant(c.var.db(), context.tenant, (tx) => features.deleteFeature(tx, context, id));
  return c.json({ id, object: "feature" as const, deleted: true as const }, 200);
};
