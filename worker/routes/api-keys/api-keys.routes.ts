import { z } from "@hono/zod-openapi";
import { defineRoute, forMembers } from "../../auth/access";
import { MAX_ROLL_EXPIRY_SECONDS } from "../../domain/api-keys";
import { SCOPABLE_RESOURCES } from "../../shared/permissions";
import { IdParam, jsonBody, listSchema, PlainText, Timestamp } from "../../shared/schemas";

const tags = ["API keys"];

export const ApiKeySchema = z
  .object({
    id: z.string(),
    object: z.literal("api_key"),
    livemode: z.boolean(),
    type: z.enum(["secret", "restricted", "publishable"]),
    name: z.string().nullable(),
    redacted: z.string().describe("Prefix and last four characters, e.g. sk_test_…4f2a."),
    scopes: z.record(z.string(), z.enum(["read", "write"])).nullable(),
    status: z.enum(["active", "expiring", "expired", "revoked"]),
    expires_at: Timestamp.nullable(),
    last_used_at: Timestamp.nullable(),
    created: Timestamp,
  })
  .openapi("ApiKey");

export const NewApiKeySchema = ApiKeySchema.extend({
  secret: z.string().describe("The full key. Shown once: store it now."),
}).openapi("NewApiKey");

const Scopes = z
  .partialRecord(z.enum(SCOPABLE_RESOURCES), z.enum(["read", "write"]))
  .refine((scopes) => Object.keys(scopes).length > 0, "grant at least one scope");

export const createApiKey = defineRoute({
  method: "post",
  path: "/v1/api_keys",
  tags,
  summary: "Create a key in the current mode (the secret is returned once)",
  access: forMembers("api_keys:write"),
  request: {
    body: jsonBody(
      z.strictObject({ type: z.enum(["secret", "restricted", "publishable"]), name: PlainText(100).optional(), scopes: Scopes.optional() }),
    ),
  },
  responses: { 201: { description: "Created.", content: { "application/json": { schema: NewApiKeySchema } } } },
});

export const listApiKeys = defineRoute({
  method: "get",
  path: "/v1/api_keys",
  tags,
  summary: "List keys of the current mode (never their secrets)",
  access: forMembers("api_keys:read"),
  responses: { 200: { description: "Keys.", content: { "application/json": { schema: listSchema(ApiKeySchema, "ApiKeyList") } } } },
});

export const rollApiKey = defineRoute({
  method: "post",
  path: "/v1/api_keys/{id}/roll",
  tags,
  summary: "Replace a key; the old one keeps working for expires_in seconds (0 = stop now)",
  access: forMembers("api_keys:write"),
  errors: ["api_key_inactive"],
  request: {
    params: IdParam,
    body: jsonBody(z.strictObject({ expires_in: z.number().int().min(0).max(MAX_ROLL_EXPIRY_SECONDS).default(0) })),
  },
  responses: { 201: { description: "The replacement key.", content: { "application/json": { schema: NewApiKeySchema } } } },
});

export const revokeApiKey = defineRoute({
  method: "post",
  path: "/v1/api_keys/{id}/revoke",
  tags,
  summary: "Revoke a key at once",
  access: forMembers("api_keys:write"),
  errors: ["api_key_inactive"],
  request: { params: IdParam },
  responses: { 200: { description: "Revoked.", content: { "application/json": { schema: ApiKeySchema } } } },
});
