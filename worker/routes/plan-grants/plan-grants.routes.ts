import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import { IdParam, jsonBody, jsonResponse, listSchema, PageQuerySchema } from "../../shared/schemas";
import { CreateGrantSchema, GrantSchema, ProductFeatureParams, UpdateGrantSchema } from "./plan-grants.schemas";

const tags = ["Plan grants"];

export const createGrant = defineRoute({
  method: "post",
  path: "/v1/products/{id}/grants",
  tags,
  summary: "Grant a feature with a value (true, a quota, a cap or unlimited)",
  access: forMerchant("catalogue:write"),
  errors: ["feature_already_granted"],
  request: { params: IdParam, body: jsonBody(CreateGrantSchema) },
  responses: { 201: jsonResponse("Granted.", GrantSchema) },
});

export const listGrants = defineRoute({
  method: "get",
  path: "/v1/products/{id}/grants",
  tags,
  summary: "List what the product's current version grants",
  access: forMerchant("catalogue:read"),
  request: { params: IdParam, query: PageQuerySchema },
  responses: { 200: jsonResponse("Grants.", listSchema(GrantSchema, "PlanGrantList")) },
});

export const updateGrant = defineRoute({
  method: "post",
  path: "/v1/products/{id}/grants/{feature}",
  tags,
  summary: "Change the value or overage of a granted feature",
  access: forMerchant("catalogue:write"),
  request: { params: ProductFeatureParams, body: jsonBody(UpdateGrantSchema) },
  responses: { 200: jsonResponse("Updated.", GrantSchema) },
});

export const deleteGrant = defineRoute({
  method: "delete",
  path: "/v1/products/{id}/grants/{feature}",
  tags,
  summary: "Stop granting a feature",
  access: forMerchant("catalogue:write"),
  request: { params: ProductFeatureParams },
  responses: {
    200: jsonResponse(
      "Removed.",
      z.object({ product: z.string(), feature: z.string(), object: z.literal("plan_grant"), deleted: z.literal(true) }),
    ),
  },
});
