import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import { IdParam, jsonBody, jsonResponse, listSchema, PageQuerySchema } from "../../shared/schemas";
import { CreateFeatureSchema, FeatureSchema, UpdateFeatureSchema } from "./features.schemas";

const tags = ["Features"];

export const createFeature = defineRoute({
  method: "post",
  path: "/v1/features",
  tags,
  summary: "Create a feature (its key is unique in this mode and never changes)",
  access: forMerchant("catalogue:write"),
  errors: ["feature_key_taken"],
  request: { body: jsonBody(CreateFeatureSchema) },
  responses: { 201: jsonResponse("Created.", FeatureSchema) },
});

export const listFeatures = defineRoute({
  method: "get",
  path: "/v1/features",
  tags,
  summary: "List features, newest first",
  access: forMerchant("catalogue:read"),
  request: { query: PageQuerySchema },
  responses: { 200: jsonResponse("Features.", listSchema(FeatureSchema, "FeatureList")) },
});

export const retrieveFeature = defineRoute({
  method: "get",
  path: "/v1/features/{id}",
  tags,
  summary: "Retrieve a feature",
  access: forMerchant("catalogue:read"),
  request: { params: IdParam },
  responses: { 200: jsonResponse("The feature.", FeatureSchema) },
});

export const updateFeature = defineRoute({
  method: "post",
  path: "/v1/features/{id}",
  tags,
  summary: "Rename a feature or change its unit label (key and type are fixed)",
  access: forMerchant("catalogue:write"),
  errors: ["feature_key_taken"],
  request: { params: IdParam, body: jsonBody(UpdateFeatureSchema) },
  responses: { 200: jsonResponse("Updated.", FeatureSchema) },
});

export const deleteFeature = defineRoute({
  method: "delete",
  path: "/v1/features/{id}",
  tags,
  summary: "Delete a feature no product grants",
  access: forMerchant("catalogue:write"),
  errors: ["feature_in_use"],
  request: { params: IdParam },
  responses: { 200: jsonResponse("Deleted.", z.object({ id: z.string(), object: z.literal("feature"), deleted: z.literal(true) })) },
});
