import { z } from "@hono/zod-openapi";
import { AmountsByCurrency, CurrencyCode, checkAmount, UnitAmount } from "../../shared/money";
import { PlainText } from "../../shared/schemas";
import { FeatureKey } from "../features/features.schemas";
import { GrantValueSchema } from "../plan-grants/plan-grants.schemas";
import { MAX_INTERVAL_COUNT } from "../prices/prices.schemas";

const Identity = PlainText(200).min(1);

const DocumentFeature = z
  .strictObject({
    key: FeatureKey,
    name: PlainText(250).min(1),
    type: z.enum(["boolean", "metered", "limit"]),
    unit_label: PlainText(50).min(1).nullable(),
    aggregation: z.enum(["sum", "count", "max", "unique", "last"]).nullable(),
    reset: z.enum(["billing_period", "never"]).nullable(),
  })
  .superRefine((feature, ctx) => {
    const metered = feature.type === "metered";
    if (metered !== (feature.aggregation !== null && feature.reset !== null)) {
      ctx.addIssue({ code: "custom", path: ["aggregation"], message: "metered features need aggregation and reset; others have neither" });
    }
    if (!metered && feature.unit_label !== null) ctx.addIssue({ code: "custom", path: ["unit_label"], message: "only metered features" });
  });

const DocumentPrice = z
  .strictObject({
    key: Identity.describe("The price's lookup_key, or its id where it came from."),
    active: z.boolean(),
    nickname: PlainText(250).nullable(),
    recurring: z.strictObject({ interval: z.enum(["day", "week", "month", "year"]), interval_count: z.number().int().min(1) }).nullable(),
    currency: CurrencyCode,
    unit_amount: UnitAmount,
    currency_options: z.record(z.string(), z.strictObject({ unit_amount: UnitAmount })),
    trial_period_days: z.number().int().min(1).max(730).nullable(),
    trial_requires_payment_method: z.boolean(),
  })
  .superRefine((price, ctx) => {
    checkAmount(ctx, price.currency, price.unit_amount, ["currency"], ["unit_amount"]);
    for (const [currency, option] of Object.entries(price.currency_options)) {
      checkAmount(ctx, currency, option.unit_amount, ["currency_options", currency], ["currency_options", currency, "unit_amount"]);
    }
    if (price.recurring && price.recurring.interval_count > MAX_INTERVAL_COUNT[price.recurring.interval]) {
      ctx.addIssue({ code: "custom", path: ["recurring", "interval_count"], message: "more than one year between charges" });
    }
  });

const DocumentProduct = z.strictObject({
  key: Identity.describe("The product's lookup_key, or its id where it came from."),
  name: PlainText(250).min(1),
  description: PlainText(5000).nullable(),
  active: z.boolean(),
  marketing_features: z.array(PlainText(200).min(1)).max(15),
  image_url: z
    .string()
    .max(2048)
    .regex(/^https:\/\/\S+$/, "must be an https URL")
    .nullable(),
  visible: z.boolean(),
  display_order: z.number().int().min(-1_000_000).max(1_000_000),
  highlighted: z.boolean(),
  grants: z
    .array(z.strictObject({ feature: FeatureKey, value: GrantValueSchema, overage_unit_amounts: AmountsByCurrency.nullable() }))
    .max(200),
  prices: z.array(DocumentPrice).max(100),
});

export const CatalogueDocumentSchema = z
  .strictObject({
    object: z.literal("catalogue").optional(),
    livemode: z.boolean().optional().describe("Ignored on import: the catalogue lands in the mode of the request."),
    features: z.array(DocumentFeature).max(500),
    products: z.array(DocumentProduct).max(200),
  })
  .openapi("Catalogue");

export const ChangesSchema = z
  .object({
    object: z.literal("catalogue_changes"),
    livemode: z.boolean().describe("The mode that was (or would be) changed."),
    dry_run: z.boolean(),
    changes: z.array(
      z.object({
        action: z.enum(["create", "update", "delete"]),
        object: z.enum(["feature", "product", "plan_grant", "price"]),
        key: z.string(),
      }),
    ),
  })
  .openapi("CatalogueChanges");

export const SyncReportSchema = z
  .object({
    object: z.literal("catalogue_sync"),
    livemode: z.boolean(),
    pushed: z.number().int().describe("Pending or failed objects now on Stripe."),
    repaired: z.number().int().describe("Synced objects that had drifted at Stripe and were put back."),
    failed: z
      .array(z.object({ object: z.enum(["product", "price"]), id: z.string(), error: z.string() }))
      .describe("Objects still not on Stripe, with Stripe's reason (also in their sync_error)."),
  })
  .openapi("CatalogueSyncReport");
