import type { z } from "@hono/zod-openapi";
import type { AccessRule } from "../../auth/access";

export { IdParam, jsonBody } from "../../app/schemas";

/** Route pieces the catalogue resources (features, products, prices, grants) share. */
export const jsonResponse = <T extends z.ZodTypeAny>(description: string, schema: T) => ({
  description,
  content: { "application/json": { schema } },
});

/** Merchant users by role, secret keys, and restricted keys scoped to the catalogue. */
export const catalogueRead: AccessRule = {
  principals: ["user", "secret_key", "restricted_key"],
  permission: "catalogue:read",
  scope: "org",
};
export const catalogueWrite: AccessRule = {
  principals: ["user", "secret_key", "restricted_key"],
  permission: "catalogue:write",
  scope: "org",
};
