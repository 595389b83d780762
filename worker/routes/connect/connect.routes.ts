import { z } from "@hono/zod-openapi";
import { type AccessRule, defineRoute, forMerchant } from "../../auth/access";
import { STRIPE_REFUSALS } from "../../shared/error-codes";
import { Email, jsonBody, Timestamp } from "../../shared/schemas";

const tags = ["Stripe Connect"];
const HttpUrl = z
  .string()
  .max(2048)
  .url()
  .regex(/^https?:\/\//, "must be an http(s) URL");

export const ConnectAccountSchema = z
  .object({
    object: z.literal("connect_account"),
    id: z.string().describe("The Stripe account id (acct_…)."),
    livemode: z.boolean(),
    charges_enabled: z.boolean(),
    payouts_enabled: z.boolean(),
    details_submitted: z.boolean(),
    requirements: z.object({ currently_due: z.array(z.string()), past_due: z.array(z.string()), disabled_reason: z.string().nullable() }),
    payout_schedule: z.record(z.string(), z.unknown()),
    created: Timestamp,
  })
  .openapi("ConnectAccount");

const LinkSchema = z.object({ object: z.literal("link"), url: z.string(), expires_at: Timestamp.nullable() }).openapi("ConnectLink");

/** Not `forMerchant`: a restricted key may read the Stripe account but never change it. */
const write: AccessRule = { principals: ["user", "secret_key"], permission: "organization:write", scope: "org" };

export const createAccount = defineRoute({
  method: "post",
  path: "/v1/connect/account",
  tags,
  summary: "Create the organization's Stripe Express account in this mode (returns the existing one if there is one)",
  access: write,
  errors: [...STRIPE_REFUSALS],
  request: {
    body: jsonBody(
      z.strictObject({
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, e.g. US")
          .default("US"),
        email: Email.optional(),
      }),
    ),
  },
  responses: { 200: { description: "The account.", content: { "application/json": { schema: ConnectAccountSchema } } } },
});

export const retrieveAccount = defineRoute({
  method: "get",
  path: "/v1/connect/account",
  tags,
  summary: "Onboarding status, refreshed from Stripe: charges and payouts enabled, outstanding requirements",
  access: forMerchant("organization:read"),
  errors: STRIPE_REFUSALS,
  responses: { 200: { description: "The account.", content: { "application/json": { schema: ConnectAccountSchema } } } },
});

export const createOnboardingLink = defineRoute({
  method: "post",
  path: "/v1/connect/onboarding_link",
  tags,
  summary: "A Stripe-hosted onboarding link (Account Link) for the merchant to complete",
  access: write,
  errors: STRIPE_REFUSALS,
  request: { body: jsonBody(z.strictObject({ return_url: HttpUrl, refresh_url: HttpUrl })) },
  responses: { 200: { description: "The link.", content: { "application/json": { schema: LinkSchema } } } },
});

export const createDashboardLink = defineRoute({
  method: "post",
  path: "/v1/connect/dashboard_link",
  tags,
  summary: "A one-time link to the merchant's Stripe Express dashboard",
  access: write,
  errors: STRIPE_REFUSALS,
  responses: { 200: { description: "The link.", content: { "application/json": { schema: LinkSchema } } } },
});

export const updatePayoutSchedule = defineRoute({
  method: "post",
  path: "/v1/connect/payout_schedule",
  tags,
  summary: "Change how often Stripe pays out",
  access: write,
  errors: STRIPE_REFUSALS,
  request: {
    body: jsonBody(
      z
        .strictObject({
          interval: z.enum(["manual", "daily", "weekly", "monthly"]),
          weekly_anchor: z.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]).optional(),
          monthly_anchor: z.number().int().min(1).max(31).optional(),
          delay_days: z.number().int().min(2).max(365).optional(),
        })
        .refine((value) => value.interval !== "weekly" || value.weekly_anchor, {
          message: "weekly payouts need weekly_anchor",
          path: ["weekly_anchor"],
        })
        .refine((value) => value.interval !== "monthly" || value.monthly_anchor, {
          message: "monthly payouts need monthly_anchor",
          path: ["monthly_anchor"],
        }),
    ),
  },
  responses: { 200: { description: "The account.", content: { "application/json": { schema: ConnectAccountSchema } } } },
});
