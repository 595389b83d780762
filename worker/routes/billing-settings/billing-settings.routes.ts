import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import { jsonBody } from "../../shared/schemas";

const tags = ["Billing"];

const AfterFailedRetries = z
  .enum(["cancel", "unpaid", "past_due"])
  .describe("What happens when Stripe's payment retries run out: cancel the subscription, or leave it unpaid / past_due.");

const HttpsUrl = z
  .string()
  .max(2048)
  .refine(
    (value) => URL.canParse(value) && new URL(value).protocol === "https:" && /^https:\/\/[^\s]+$/.test(value),
    "must be an https URL",
  );

export const BillingSettingsSchema = z
  .object({
    object: z.literal("billing_settings"),
    livemode: z.boolean(),
    grace_period_days: z.number().int().describe("Days a past_due subscription keeps its entitlements (0-60, default 7)."),
    after_failed_retries: AfterFailedRetries,
    update_payment_url: z
      .string()
      .nullable()
      .describe("The merchant's billing page, linked from failed-payment e-mails; null: the invoice's hosted page."),
    paused_keeps_access: z
      .boolean()
      .describe(
        "Whether a subscription with paused payment collection keeps its entitlements (default false: pausing pauses the service).",
      ),
  })
  .openapi("BillingSettings");

export const UpdateBillingSettingsSchema = z
  .strictObject({
    grace_period_days: z.number().int().min(0).max(60).optional(),
    after_failed_retries: AfterFailedRetries.optional(),
    update_payment_url: HttpsUrl.nullable().optional(),
    paused_keeps_access: z.boolean().optional(),
  })
  .openapi("UpdateBillingSettings");

export const retrieveBillingSettings = defineRoute({
  method: "get",
  path: "/v1/billing_settings",
  tags,
  summary: "What happens on failed payments (grace period, after the last retry, the update-card link)",
  access: forMerchant("organization:read"),
  responses: {
    200: { description: "The settings (defaults until changed).", content: { "application/json": { schema: BillingSettingsSchema } } },
  },
});

export const updateBillingSettings = defineRoute({
  method: "post",
  path: "/v1/billing_settings",
  tags,
  summary: "Change the failed-payment settings (fields left out keep their value)",
  access: forMerchant("organization:write"),
  request: { body: jsonBody(UpdateBillingSettingsSchema) },
  responses: { 200: { description: "The updated settings.", content: { "application/json": { schema: BillingSettingsSchema } } } },
});
