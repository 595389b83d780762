import { z } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { defineRoute, forMerchant } from "../../auth/access";
import { withTenant } from "../../db/tenant";
import { listVersionSummaries } from "../../domain/catalogue/version-summaries";
import { IdParam, jsonResponse, listSchema, Timestamp, toTimestamp } from "../../shared/schemas";

const ProductVersionSchema = z
  .object({
    object: z.literal("product_version"),
    product: z.string(),
    version: z.number().int(),
    current: z.boolean().describe("The version new subscriptions get."),
    live_subscriptions: z
      .number()
      .int()
      .describe("Subscriptions that have not ended (not `canceled` or `incomplete_expired`) billing one of this version's prices."),
    created: Timestamp,
  })
  .openapi("ProductVersion");

export const listProductVersions = defineRoute({
  method: "get",
  path: "/v1/products/{id}/versions",
  tags: ["Products"],
  summary: "List a product's versions, newest first, with how many live subscriptions each has",
  description:
    "A change to the prices or features of a version that has subscribers starts a new version; subscribers keep theirs until migrated (`POST /v1/products/{id}/migrate_subscribers`).",
  access: forMerchant("catalogue:read"),
  request: { params: IdParam },
  responses: { 200: jsonResponse("The versions.", listSchema(ProductVersionSchema, "ProductVersionList")) },
});

export const productVersionsRouter: Router = createRouter().openapi(listProductVersions, async (c) => {
  const { id } = c.req.valid("param");
  const { tenant } = requestContext(c).context;
  const versions = await withTenant(c.var.db(), tenant, (tx) => listVersionSummaries(tx, id));
  const data = versions.map((v) => ({
    object: "product_version" as const,
    product: id,
    version: v.version,
    current: v.current,
    live_subscriptions: v.live_subscriptions,
    created: toTimestamp(v.created) as number,
  }));
  return c.json({ object: "list" as const, data, has_more: false, url: `/v1/products/${id}/versions` }, 200);
});
