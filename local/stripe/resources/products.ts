import type Stripe from "stripe";
import { emit, nowSeconds, saveWithEvent } from "../events/events";
import type { Route } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { newId } from "../store/ids";
import { matchesQuery, paginate, searchResult, withoutPagination } from "../store/list";
import { mustGet, save } from "./lookup";
import { createPrice, priceDataShape } from "./prices";

const shape = {
  id: "string",
  name: "string",
  description: "string",
  active: "boolean",
  metadata: "metadata",
  images: { array: "string" },
  marketing_features: { array: { object: { name: "string" } } },
  statement_descriptor: "string",
  unit_label: "string",
  url: "string",
  tax_code: "string",
  default_price_data: { object: priceDataShape },
  default_price: "string",
} as const;

export const productRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/products",
    handler(ctx) {
      const params = parseParams(ctx.input, shape, ["name"]);
      if (params.default_price !== undefined) throw errors.unknownParam("default_price");
      const id = params.id ?? newId("prod", 14);
      if (ctx.emulator.store.get(ctx.scope, "products", id))
        throw errors.badRequest(`Product already exists.`, "resource_already_exists", "id");
      const now = nowSeconds();
      const product: Stripe.Product = {
        id,
        object: "product",
        active: params.active ?? true,
        created: now,
        default_price: null,
        description: params.description ?? null,
        images: params.images ?? [],
        livemode: ctx.livemode,
        marketing_features: (params.marketing_features ?? []).map((feature) => ({ name: feature.name ?? undefined })),
        metadata: mergeMetadata({}, params.metadata),
        name: params.name ?? "",
        package_dimensions: null,
        shippable: null,
        statement_descriptor: params.statement_descriptor ?? null,
        tax_code: params.tax_code ?? null,
        tax_details: null,
        type: "service",
        unit_label: params.unit_label ?? null,
        updated: now,
        url: params.url ?? null,
      };
      save(ctx, "products", product);
      emit(ctx, "product.created", product);
      if (params.default_price_data) {
        const price = createPrice(ctx, { ...params.default_price_data, product: product.id }, "default_price_data");
        const withDefault = { ...product, default_price: price.id };
        return saveWithEvent(ctx, "products", product, withDefault, "product.updated");
      }
      return product;
    },
  },
  {
    method: "GET",
    path: "/v1/products/search",
    handler(ctx) {
      const params = parseParams(ctx.input, { query: "string", limit: "integer", page: "string" }, ["query"]);
      const all = ctx.emulator.store.all<Stripe.Product>(ctx.scope, "products");
      return searchResult(
        all.filter((product) => matchesQuery(product as unknown as Record<string, unknown>, params.query ?? "")),
        "/v1/products/search",
        params.limit ?? 10,
      );
    },
  },
  { method: "GET", path: "/v1/products/:id", handler: (ctx) => mustGet<Stripe.Product>(ctx, "products", ctx.args[0] ?? "", "product") },
  {
    method: "POST",
    path: "/v1/products/:id",
    handler(ctx) {
      const before = mustGet<Stripe.Product>(ctx, "products", ctx.args[0] ?? "", "product");
      const { default_price_data: _ignored, id: _id, ...updatable } = shape;
      const params = parseParams(ctx.input, updatable);
      const after: Stripe.Product = structuredClone(before);
      if (params.name) after.name = params.name;
      if (params.description !== undefined) after.description = params.description;
      if (params.active !== undefined && params.active !== null) after.active = params.active;
      if (params.images !== undefined) after.images = params.images ?? [];
      if (params.url !== undefined) after.url = params.url;
      if (params.unit_label !== undefined) after.unit_label = params.unit_label;
      if (params.statement_descriptor !== undefined) after.statement_descriptor = params.statement_descriptor;
      if (params.marketing_features !== undefined)
        after.marketing_features = (params.marketing_features ?? []).map((feature) => ({ name: feature.name ?? undefined }));
      if (params.default_price !== undefined) {
        if (params.default_price) {
          const price = mustGet<Stripe.Price>(ctx, "prices", params.default_price, "price", "default_price");
          if (price.product !== before.id)
            throw errors.badRequest("The default price must belong to this product.", "parameter_invalid", "default_price");
        }
        after.default_price = params.default_price;
      }
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      after.updated = nowSeconds();
      return saveWithEvent(ctx, "products", before, after, "product.updated");
    },
  },
  {
    method: "GET",
    path: "/v1/products",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), {
        active: "boolean",
        ids: { array: "string" },
        created: "any",
        url: "string",
        shippable: "boolean",
      });
      const all = ctx.emulator.store
        .all<Stripe.Product>(ctx.scope, "products")
        .filter((product) => params.active === undefined || params.active === null || product.active === params.active)
        .filter((product) => !params.ids || params.ids.includes(product.id));
      return paginate(all, ctx.input, "/v1/products", "product");
    },
  },
  {
    method: "DELETE",
    path: "/v1/products/:id",
    handler(ctx) {
      const product = mustGet<Stripe.Product>(ctx, "products", ctx.args[0] ?? "", "product");
      if (ctx.emulator.store.all<Stripe.Price>(ctx.scope, "prices").some((price) => price.product === product.id))
        throw errors.badRequest("This product cannot be deleted because it has one or more user-created prices.", "product_has_prices");
      ctx.emulator.store.remove(ctx.scope, "products", product.id);
      emit(ctx, "product.deleted", product);
      const deleted: Stripe.DeletedProduct = { id: product.id, object: "product", deleted: true };
      return deleted;
    },
  },
];
