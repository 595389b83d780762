import { z } from "@hono/zod-openapi";
import { defineRoute, forMembers, forMerchant, forSignedIn } from "../../auth/access";
import { IdParam, jsonBody, listSchema } from "../../shared/schemas";
import { CreateOrganizationSchema, DeleteOrganizationSchema, OrganizationDetailsSchema, OrganizationSchema } from "./organizations.schemas";

const tags = ["Organizations"];

export const createOrganization = defineRoute({
  method: "post",
  path: "/v1/organizations",
  tags,
  summary: "Create an organization (you become its owner)",
  access: forSignedIn,
  errors: ["slug_taken"],
  request: { body: jsonBody(CreateOrganizationSchema) },
  responses: { 201: { description: "Created.", content: { "application/json": { schema: OrganizationSchema } } } },
});

export const listOrganizations = defineRoute({
  method: "get",
  path: "/v1/organizations",
  tags,
  summary: "List the organizations you belong to",
  access: forSignedIn,
  responses: {
    200: {
      description: "Your organizations.",
      content: { "application/json": { schema: listSchema(OrganizationSchema, "OrganizationList") } },
    },
  },
});

export const retrieveOrganization = defineRoute({
  method: "get",
  path: "/v1/organizations/{id}",
  tags,
  summary: "Retrieve an organization",
  access: forMerchant("organization:read"),
  request: { params: IdParam },
  responses: { 200: { description: "The organization.", content: { "application/json": { schema: OrganizationSchema } } } },
});

export const updateOrganization = defineRoute({
  method: "post",
  path: "/v1/organizations/{id}",
  tags,
  summary: "Update business details",
  access: forMerchant("organization:write"),
  errors: ["slug_taken"],
  request: { params: IdParam, body: jsonBody(OrganizationDetailsSchema) },
  responses: { 200: { description: "Updated.", content: { "application/json": { schema: OrganizationSchema } } } },
});

export const deleteOrganization = defineRoute({
  method: "delete",
  path: "/v1/organizations/{id}",
  tags,
  summary: "Delete an organization and all its data (owner only; repeat the slug to confirm)",
  access: forMembers("organization:delete"),
  errors: ["confirmation_mismatch"],
  request: { params: IdParam, body: jsonBody(DeleteOrganizationSchema) },
  responses: {
    200: {
      description: "Deleted.",
      content: {
        "application/json": { schema: z.object({ id: z.string(), object: z.literal("organization"), deleted: z.literal(true) }) },
      },
    },
  },
});
