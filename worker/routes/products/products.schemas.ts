import { z } from "@hono/zod-openapi";
import type { ProductRow } from "../../domain/catalogue/products";
import { PlainText, Timestamp, toTimestamp } from "../../shared/schemas";

const HttpsUrl = z
  .string()
  .max(2048)
  .url()
  .regex(/^https:\/\//, "must be an https URL");

export const LookupKey = PlainText(200)
  .min(1)
  .describe("Your identifier for this object; unique in this mode, kept by copy-to-live.")
  .openapi({ example: "pro_monthly" });

const details = {
  name: PlainText(250).min(1).openapi({ example: "Pro" }),
  description: PlainText(5000).openapi({ example: "For growing teams that need more." }).nullable().optional(),
  active: z.boolean().optional().describe("false archives: hidden from new purchases, kept for existing subscribers."),
  marketing_features: z
    .array(PlainText(200).min(1))
    .max(15)
    .optional()
    .describe("Bullet points for the pricing table.")
    .openapi({ example: ["Unlimited projects", "Single sign-on"] }),
  image_url: HttpsUrl.openapi({ example: "https://example.com/pro.png" }).nullable().optional(),
  visible: z.boolean().optional().describe("Shown in the public pricing table (GET /v1/pricing) once it has an active price."),
  display_order: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .optional()
    .describe("Ascending position in the pricing table.")
    .openapi({ example: 2 }),
  highlighted: z.boolean().optional().describe('Emphasised in the pricing table ("most popular").'),
  lookup_key: LookupKey.nullable().optional(),
};

export const CreateProductSchema = z.strictObject(details);
export const UpdateProductSchema = z.strictObject({ ...details, name: details.name.optional() });

export const ProductSchema = z
  .object({
    id: z.string(),
    object: z.literal("product"),
    livemode: z.boolean(),
    name: z.string(),
    description: z.string().nullable(),
    active: z.boolean(),
    marketing_features: z.array(z.string()),
    image_url: z.string().nullable(),
    visible: z.boolean(),
    display_order: z.number().int(),
    highlighted: z.boolean(),
    lookup_key: z.string().nullable(),
    version: z.number().int().describe("The version new subscriptions get."),
    stripe_id: z.string().nullable().describe("The mirrored product on the connected Stripe account, once synced."),
    sync_status: z.enum(["pending", "synced", "failed"]),
    sync_error: z.string().nullable(),
    created: Timestamp,
    updated: Timestamp,
  })
  .openapi("Product");

export function serializeProduct(row: ProductRow) {
  return {
    id: row.id,
    object: "product" as const,
    livemode: row.livemode,
    name: row.name,
    description: row.description,
    active: row.active,
    marketing_features: row.marketing_features,
    image_url: row.image_url,
    visible: row.visible,
    display_order: row.display_order,
    highlighted: row.highlighted,
    lookup_key: row.lookup_key,
    version: row.current_version,
    stripe_id: row.stripe_id,
    sync_status: row.sync_status,
    sync_error: row.sync_error,
    created: toTimestamp(row.created) as number,
    updated: toTimestamp(row.updated) as number,
  };
}
