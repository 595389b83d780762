import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { withTenant } from "../../db/tenant";
import * as prices from "../../domain/catalogue/prices";
import type { AppEnv } from "../../shared/env";
import { mirrorCurrentVersion, mirrorPrice } from "../catalogue/catalogue.mirror";
import type * as routes from "./prices.routes";
import { serializePrice } from "./prices.schemas";

export const create: RouteHandler<typeof routes.createPrice, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const price = await withTenant(c.var.db(), context.tenant, (tx) => prices.createPrice(tx, context, c.req.valid("json")));
  const mirrored = await mirrorPrice(c, price);
  await mirrorCurrentVersion(c, price.product_id);
  return c.json(serializePrice(mirrored), 201);
};

export const list: RouteHandler<typeof routes.listPrices, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const page = await withTenant(c.var.db(), tenant, (tx) => prices.listPrices(tx, c.req.valid("query")));
  return c.json({ ...page, data: page.data.map(serializePrice) }, 200);
};

export const retrieve: RouteHandler<typeof routes.retrievePrice, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const price = await withTenant(c.var.db(), tenant, (tx) => prices.getPrice(tx, c.req.valid("param").id));
  return c.json(serializePrice(price), 200);
};

export const update: RouteHandler<typeof routes.updatePrice, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const price = await withTenant(c.var.db(), context.tenant, (tx) =>
    prices.updatePrice(tx, context, c.req.valid("param").id, c.req.valid("json")),
  );
  return c.json(serializePrice(price.sync_status === "synced" ? price : await mirrorPrice(c, price)), 200);
};
