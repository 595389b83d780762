import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/access";
import { CurrencyExponents } from "../../shared/money";

const GrantValue = z.union([z.literal(true), z.number().int(), z.literal("unlimited")]);

export const PricingSchema = z
  .object({
    object: z.literal("pricing"),
    livemode: z.boolean(),
    currencies: z.array(z.string()),
    currency_exponents: CurrencyExponents.describe(
      "Each currency of the document (prices and overage) → decimal places of its minor unit, to format the amounts.",
    ),
    appearance: z
      .object({
        theme: z.enum(["auto", "light", "dark"]).nullable().describe("The elements' default theme; null: the SDK's (auto)."),
        tokens: z
          .record(z.string(), z.string())
          .describe("`--billing-<name>` → value for the tokens the merchant set (colours, radius, radius-control, font-family)."),
      })
      .describe("The merchant's branding (POST /v1/branding): the defaults of its elements; page CSS still wins."),
    products: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string().nullable(),
        marketing_features: z.array(z.string()),
        image_url: z.string().nullable(),
        highlighted: z.boolean(),
        prices: z
          .record(
            z.string(),
            z.array(
              z.object({
                price: z.string(),
                type: z.enum(["recurring", "one_time"]),
                interval: z.enum(["day", "week", "month", "year"]).nullable(),
                interval_count: z.number().int().nullable(),
                unit_amount: z.number().int(),
                trial_period_days: z.number().int().nullable(),
                trial_requires_payment_method: z.boolean(),
              }),
            ),
          )
          .describe("Currency → ways to pay, shortest interval first, one-time last."),
      }),
    ),
    features: z
      .array(
        z.object({
          key: z.string(),
          name: z.string(),
          type: z.enum(["boolean", "metered", "limit"]),
          unit_label: z.string().nullable(),
          values: z.record(
            z.string(),
            z.object({ value: GrantValue, overage_unit_amounts: z.record(z.string(), z.number().int()).nullable() }).nullable(),
          ),
        }),
      )
      .describe("Comparison-table rows: product id → granted value, null where the product does not grant the feature."),
  })
  .openapi("Pricing");

export const getPricing = defineRoute({
  method: "get",
  path: "/v1/pricing",
  tags: ["Pricing"],
  summary: "The public pricing table: visible products with an active price, prices by currency and interval, feature matrix",
  description:
    "Called from browsers with a publishable key. Requests with an Origin header must come from one of the organization's " +
    "allowed_origins (403 origin_not_allowed otherwise). Send If-None-Match with the last ETag to get 304 when nothing changed.",
  access: { principals: ["publishable_key"], scope: "org" },
  responses: {
    200: { description: "The pricing table.", content: { "application/json": { schema: PricingSchema } } },
    304: { description: "Not modified since the ETag sent in If-None-Match." },
  },
});
