import { z } from "@hono/zod-openapi";
import type { Grant } from "../../domain/catalogue/grants";
import { AmountsByCurrency } from "../../shared/money";
import { Timestamp, toTimestamp } from "../../shared/schemas";

export const GrantValueSchema = z
  .union([z.literal(true), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), z.literal("unlimited")])
  .openapi({
    description: '`true` for a boolean feature; a quota (metered) or cap (limit) as an integer; or "unlimited".',
    example: 10000,
  });

const grantFields = {
  value: GrantValueSchema,
  overage_unit_amounts: AmountsByCurrency.nullable()
    .optional()
    .describe("Metered features with a quota: price per unit above it, in minor units per currency."),
};

export const CreateGrantSchema = z.strictObject({ feature: z.string().max(100).describe("A feature id (feat_…)."), ...grantFields });
export const UpdateGrantSchema = z.strictObject(grantFields);

export const GrantSchema = z
  .object({
    id: z.string(),
    object: z.literal("plan_grant"),
    livemode: z.boolean(),
    product: z.string(),
    product_version: z.number().int(),
    feature: z.string(),
    feature_key: z.string(),
    value: z.union([z.literal(true), z.number().int(), z.literal("unlimited")]),
    overage_unit_amounts: z.record(z.string(), z.number().int()).nullable(),
    created: Timestamp,
  })
  .openapi("PlanGrant");

export const ProductFeatureParams = z.object({
  id: z
    .string()
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
  feature: z
    .string()
    .max(100)
    .openapi({ param: { name: "feature", in: "path" } }),
});

export function serializeGrant(grant: Grant) {
  return {
    id: grant.id,
    object: "plan_grant" as const,
    livemode: grant.livemode,
    product: grant.product_id,
    product_version: grant.version,
    feature: grant.feature_id,
    feature_key: grant.feature_key,
    value: grant.value,
    overage_unit_amounts: grant.overage,
    created: toTimestamp(grant.created) as number,
  };
}
