import { z } from "@hono/zod-openapi";
import { type FeatureRow, thresholdsOf } from "../../domain/catalogue/features";
import { PlainText, Timestamp, toTimestamp } from "../../shared/schemas";

export const FeatureKey = z
  .string()
  .regex(/^[a-z0-9_-]{1,64}$/, "1-64 lower-case letters, digits, '_' or '-'")
  .openapi({ example: "api_calls" });

const Aggregation = z.enum(["sum", "count", "max", "unique", "last"]);
const Reset = z.enum(["billing_period", "never"]);

const AlertThresholds = z
  .array(z.number().int().min(1).max(1000))
  .max(10)
  .refine((values) => new Set(values).size === values.length, "each threshold at most once")
  .describe(
    "Metered and limit features: the shares of the customer's limit (percent, 1-1000) at which the customer is e-mailed " +
      "and the merchant notified, once per period each (default [80, 100]; [] never alerts).",
  )
  .openapi({ example: [80, 100] });

export const CreateFeatureSchema = z
  .strictObject({
    key: FeatureKey,
    name: PlainText(250).min(1),
    type: z.enum(["boolean", "metered", "limit"]),
    unit_label: PlainText(50).min(1).optional().describe("Metered only: what one unit is called."),
    aggregation: Aggregation.optional().describe("Metered only: how usage events combine (default sum)."),
    reset: Reset.optional().describe("Metered only: counters reset each billing period (default) or never."),
    alert_thresholds: AlertThresholds.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.type === "boolean" && input.alert_thresholds !== undefined)
      ctx.addIssue({ code: "custom", path: ["alert_thresholds"], message: "a boolean feature has no usage to alert on" });
    if (input.type === "metered") return;
    for (const field of ["unit_label", "aggregation", "reset"] as const) {
      if (input[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: `only metered features have ${field}` });
    }
  });

export const UpdateFeatureSchema = z.strictObject({
  name: PlainText(250).min(1).optional(),
  unit_label: PlainText(50).min(1).nullable().optional(),
  alert_thresholds: AlertThresholds.optional(),
});

export const FeatureSchema = z
  .object({
    id: z.string(),
    object: z.literal("feature"),
    livemode: z.boolean(),
    key: z.string(),
    name: z.string(),
    type: z.enum(["boolean", "metered", "limit"]),
    unit_label: z.string().nullable(),
    aggregation: Aggregation.nullable(),
    reset: Reset.nullable(),
    alert_thresholds: z.array(z.number().int()).describe("Percent of the limit at which usage alerts go out; [] for boolean features."),
    created: Timestamp,
    updated: Timestamp,
  })
  .openapi("Feature");

export function serializeFeature(row: FeatureRow) {
  return {
    id: row.id,
    object: "feature" as const,
    livemode: row.livemode,
    key: row.key,
    name: row.name,
    type: row.type,
    unit_label: row.unit_label,
    aggregation: row.aggregation,
    reset: row.reset,
    alert_thresholds: row.type === "boolean" ? [] : thresholdsOf(row.alert_thresholds),
    created: toTimestamp(row.created) as number,
    updated: toTimestamp(row.updated) as number,
  };
}
