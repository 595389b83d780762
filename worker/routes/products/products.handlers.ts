import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { withTenant } from "../../db/tenant";
import * as products from "../../domain/catalogue/products";
import type { AppEnv } from "../../shared/env";
import { mirrorProduct, unmirrorProduct } from "../catalogue/catalogue.mirror";
import type * as routes from "./products.routes";
import { serializeProduct } from "./products.schemas";

export const create: RouteHandler<typeof routes.createProduct, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) => products.createProduct(tx, context, c.req.valid("json")));
  return c.json(serializeProduct(await mirrorProduct(c, row)), 201);
};

export const list: RouteHandler<typeof routes.listProducts, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const page = await withTenant(c.var.db(), tenant, (tx) => products.listProducts(tx, c.req.valid("query")));
  return c.json({ ...page, data: page.data.map(serializeProduct) }, 200);
};

export const retrieve: RouteHandler<typeof routes.retrieveProduct, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const row = await withTenant(c.var.db(), tenant, (tx) => products.getProduct(tx, c.req.valid("param").id));
  return c.json(serializeProduct(row), 200);
};

export const update: RouteHandler<typeof routes.updateProduct, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) =>
    products.updateProduct(tx, context, c.req.valid("param").id, c.req.valid("json")),
  );
  return c.json(serializeProduct(row.sync_status === "synced" ? row : await mirrorProduct(c, row)), 200);
};

export const remove: RouteHandler<typeof routes.deleteProduct, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { id } = c.req.valid("param");
  const row = await withTenant(c.var.db(), context.tenant, (tx) => products.deleteProduct(tx, context, id));
  await unmirrorProduct(c, row);
  return c.json({ id, object: "product" as const, deleted: true as const }, 200);
};
