import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import { IdParam, jsonBody, jsonResponse, listSchema, PageQuerySchema } from "../../shared/schemas";
import { CreatePriceSchema, PriceSchema, UpdatePriceSchema } from "./prices.schemas";

const tags = ["Prices"];

export const createPrice = defineRoute({
  method: "post",
  path: "/v1/prices",
  tags,
  summary: "Create a price for a product, in one or more currencies",
  access: forMerchant("catalogue:write"),
  errors: ["lookup_key_taken"],
  request: { body: jsonBody(CreatePriceSchema) },
  responses: { 201: jsonResponse("Created.", PriceSchema) },
});

export const listPrices = defineRoute({
  method: "get",
  path: "/v1/prices",
  tags,
  summary: "List prices, newest first",
  access: forMerchant("catalogue:read"),
  request: {
    query: PageQuerySchema.extend({
      product: z.string().max(100).optional(),
      active: z
        .enum(["true", "false"])
        .transform((value) => value === "true")
        .optional(),
    }),
  },
  responses: { 200: jsonResponse("Prices.", listSchema(PriceSchema, "PriceList")) },
});

export const retrievePrice = defineRoute({
  method: "get",
  path: "/v1/prices/{id}",
  tags,
  summary: "Retrieve a price",
  access: forMerchant("catalogue:read"),
  request: { params: IdParam },
  responses: { 200: jsonResponse("The price.", PriceSchema) },
});

export const updatePrice = defineRoute({
  method: "post",
  path: "/v1/prices/{id}",
  tags,
  summary: "Archive a price or change its nickname, lookup key or trial (amounts never change)",
  access: forMerchant("catalogue:write"),
  errors: ["lookup_key_taken"],
  request: { params: IdParam, body: jsonBody(UpdatePriceSchema) },
  responses: { 200: jsonResponse("Updated.", PriceSchema) },
});
