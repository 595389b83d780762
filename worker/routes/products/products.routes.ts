import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import { IdParam, jsonBody, jsonResponse, listSchema, PageQuerySchema } from "../../shared/schemas";
import { CreateProductSchema, ProductSchema, UpdateProductSchema } from "./products.schemas";

const tags = ["Products"];
const BooleanQuery = z.enum(["true", "false"]).transform((value) => value === "true");

export const createProduct = defineRoute({
  method: "post",
  path: "/v1/products",
  tags,
  summary: "Create a product",
  access: forMerchant("catalogue:write"),
  errors: ["lookup_key_taken"],
  request: { body: jsonBody(CreateProductSchema) },
  responses: { 201: jsonResponse("Created.", ProductSchema) },
});

export const listProducts = defineRoute({
  method: "get",
  path: "/v1/products",
  tags,
  summary: "List products, newest first",
  access: forMerchant("catalogue:read"),
  request: { query: PageQuerySchema.extend({ active: BooleanQuery.optional() }) },
  responses: { 200: jsonResponse("Products.", listSchema(ProductSchema, "ProductList")) },
});

export const retrieveProduct = defineRoute({
  method: "get",
  path: "/v1/products/{id}",
  tags,
  summary: "Retrieve a product",
  access: forMerchant("catalogue:read"),
  request: { params: IdParam },
  responses: { 200: jsonResponse("The product.", ProductSchema) },
});

export const updateProduct = defineRoute({
  method: "post",
  path: "/v1/products/{id}",
  tags,
  summary: "Update a product (active: false archives it)",
  access: forMerchant("catalogue:write"),
  errors: ["lookup_key_taken"],
  request: { params: IdParam, body: jsonBody(UpdateProductSchema) },
  responses: { 200: jsonResponse("Updated.", ProductSchema) },
});

export const deleteProduct = defineRoute({
  method: "delete",
  path: "/v1/products/{id}",
  tags,
  summary: "Delete a product without prices (archive the others)",
  access: forMerchant("catalogue:write"),
  errors: ["product_has_prices"],
  request: { params: IdParam },
  responses: { 200: jsonResponse("Deleted.", z.object({ id: z.string(), object: z.literal("product"), deleted: z.literal(true) })) },
});
