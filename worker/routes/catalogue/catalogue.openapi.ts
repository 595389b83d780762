import type { z } from "@hono/zod-openapi";

export { IdParam, jsonBody } from "../../shared/schemas";

/** Route pieces the catalogue resources (features, products, prices, grants) share. */
export const jsonResponse = <T extends z.ZodTypeAny>(description: string, schema: T) => ({
  description,
  content: { "application/json": { schema } },
});
