import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant, forMerchantOrCustomer } from "../../auth/access";
import { CHECK_REASONS } from "../../domain/entitlements/check";
import { CurrencyExponents } from "../../shared/money";
import { IdParam, jsonBody, PlainText, Timestamp, UnixTime } from "../../shared/schemas";
import { GrantValueSchema } from "../plan-grants/plan-grants.schemas";

const tags = ["Entitlements"];
export const FeatureKey = z
  .string()
  .regex(/^[a-z0-9_-]{1,64}$/, "must be a feature key (a-z, 0-9, _ and -, up to 64)")
  .describe("The feature's key.");
/** A usage amount in the feature's unit: finite, not negative, fractions allowed (e.g. gigabytes). */
export const UsageAmount = z.number().finite().min(0).max(Number.MAX_SAFE_INTEGER);

export const CheckSchema = z
  .object({
    object: z.literal("entitlement_check"),
    allowed: z.boolean(),
    reason: z
      .enum(CHECK_REASONS)
      .describe(
        "allowed: granted, unlimited, overage (past the quota, billed), grace_period (a past_due subscription in its grace); " +
          "refused: customer_unknown, feature_unknown, no_subscription, not_in_plan, limit_reached.",
      ),
    customer: z.string().nullable(),
    feature: z.string(),
    type: z.enum(["boolean", "metered", "limit"]).nullable(),
    limit: z.number().nullable().describe("The quota or cap; null for boolean and unlimited features."),
    used: z.number().describe("Usage this period (after the consumption, with consume)."),
    balance: z.number().nullable().describe("What is left before the limit (never negative); null without a limit."),
    unlimited: z.boolean(),
    resets_at: Timestamp.nullable().describe("When the usage period ends and the counter starts again; null if it never resets."),
    overage: z.number().describe("Usage past the quota this period (billed on the next invoice when the plan prices overage)."),
  })
  .openapi("EntitlementCheck");

export const checkEntitlement = defineRoute({
  method: "post",
  path: "/v1/entitlements/check",
  tags,
  summary: "May this customer use this feature, and how much is left? With consume, deduct atomically",
  access: forMerchantOrCustomer("usage:read"),
  request: {
    body: jsonBody(
      z.strictObject({
        customer: z
          .string()
          .min(1)
          .max(255)
          .optional()
          .describe("The customer's id or external_id; a customer session may leave it out (it checks itself)."),
        feature: FeatureKey,
        required: UsageAmount.default(1).describe("Units the caller needs (default 1)."),
        consume: z.boolean().default(false).describe("Deduct `required` if allowed, in the same atomic step (needs usage:write)."),
      }),
    ),
  },
  responses: { 200: { description: "The answer.", content: { "application/json": { schema: CheckSchema } } } },
});

export const EntitlementSchema = z
  .object({
    object: z.literal("entitlement"),
    feature: z.string().describe("The feature's key."),
    feature_name: z.string(),
    unit_label: z.string().nullable().describe('What a metered feature counts ("API calls"), as the merchant named it; null otherwise.'),
    type: z.enum(["boolean", "metered", "limit"]),
    value: z.union([z.literal(true), z.number(), z.literal("unlimited")]),
    used: z.number(),
    balance: z.number().nullable(),
    overage_unit_amounts: z.record(z.string(), z.number()).nullable(),
    currency_exponents: CurrencyExponents.nullable().describe("The currencies of overage_unit_amounts → their exponents."),
    period_start: Timestamp.nullable(),
    resets_at: Timestamp.nullable(),
    grace_until: Timestamp.nullable().describe("Set when only a past_due subscription's grace period keeps the feature."),
    sources: z.array(
      z.object({
        type: z.enum(["subscription", "override", "grant"]),
        id: z.string(),
        value: z.union([z.literal(true), z.number(), z.literal("unlimited")]),
      }),
    ),
  })
  .openapi("Entitlement");

export const listEntitlements = defineRoute({
  method: "get",
  path: "/v1/customers/{id}/entitlements",
  tags,
  summary: "Every feature the customer is entitled to now, with this period's usage (a customer session only its own)",
  access: forMerchantOrCustomer("usage:read"),
  request: { params: IdParam },
  responses: {
    200: {
      description: "Entitlements, by feature key.",
      content: {
        "application/json": {
          schema: z
            .object({ object: z.literal("list"), data: z.array(EntitlementSchema), has_more: z.literal(false), url: z.string() })
            .openapi("EntitlementList"),
        },
      },
    },
  },
});

export const CustomerGrantSchema = z
  .object({
    id: z.string(),
    object: z.literal("customer_grant"),
    livemode: z.boolean(),
    customer: z.string(),
    feature: z.string().describe("The feature's key."),
    effect: z.enum(["add", "override"]),
    value: z.union([z.literal(true), z.number(), z.literal("unlimited")]),
    expires_at: Timestamp.nullable(),
    reason: z.string().nullable(),
    created: Timestamp,
  })
  .openapi("CustomerGrant");

export const createCustomerGrant = defineRoute({
  method: "post",
  path: "/v1/customers/{id}/grants",
  tags,
  summary: "Grant a feature to one customer, or override what its plans grant",
  access: forMerchant("customers:write"),
  request: {
    params: IdParam,
    body: jsonBody(
      z.strictObject({
        feature: FeatureKey,
        value: GrantValueSchema,
        effect: z
          .enum(["add", "override"])
          .default("add")
          .describe("add: on top of any plan (sum); override: replaces what the customer's plans grant, only while one does."),
        expires_at: UnixTime.nullable().optional().describe("When the grant stops counting; null or absent: until deleted."),
        reason: PlainText(500).nullable().optional().describe("Why (shown in the admin and the audit log)."),
      }),
    ),
  },
  responses: { 201: { description: "Granted.", content: { "application/json": { schema: CustomerGrantSchema } } } },
});

export const listCustomerGrants = defineRoute({
  method: "get",
  path: "/v1/customers/{id}/grants",
  tags,
  summary: "The customer's manual grants and overrides (expired ones too), newest first (at most 100)",
  access: forMerchant("customers:read"),
  request: { params: IdParam },
  responses: {
    200: {
      description: "Grants.",
      content: {
        "application/json": {
          schema: z
            .object({ object: z.literal("list"), data: z.array(CustomerGrantSchema), has_more: z.boolean(), url: z.string() })
            .openapi("CustomerGrantList"),
        },
      },
    },
  },
});

export const deleteCustomerGrant = defineRoute({
  method: "delete",
  path: "/v1/customers/{id}/grants/{grant}",
  tags,
  summary: "Remove a manual grant or override (entitlements follow at once)",
  access: forMerchant("customers:write"),
  request: {
    params: IdParam.extend({
      grant: z
        .string()
        .max(100)
        .openapi({ param: { name: "grant", in: "path" } }),
    }),
  },
  responses: {
    200: {
      description: "Deleted.",
      content: {
        "application/json": {
          schema: z.object({ id: z.string(), object: z.literal("customer_grant"), deleted: z.literal(true) }),
        },
      },
    },
  },
});

export const CustomerStateSchema = z
  .object({
    object: z.literal("customer_state"),
    livemode: z.boolean(),
    customer: z.string(),
    entitlements: z.array(EntitlementSchema),
    subscriptions: z.array(
      z.object({
        id: z.string(),
        status: z.string(),
        price: z.string().nullable().describe("The Stripe price it bills."),
        current_period_end: Timestamp.nullable(),
        cancel_at_period_end: z.boolean(),
        paused: z.boolean().describe("Payment collection is paused (its entitlements stop unless the merchant keeps access while paused)."),
        product: z.string().nullable().describe("Our product the price belongs to (null if the Stripe price is not one of ours)."),
        currency: z.string().describe("What it bills in, and so the currency of its overage."),
      }),
    ),
    expires_at: Timestamp.describe("Poll again after this (with If-None-Match); a hint for UI, never a credential."),
  })
  .openapi("CustomerState");

export const customerState = defineRoute({
  method: "get",
  path: "/v1/customer_state",
  tags,
  summary: "The customer's entitlements, usage and subscriptions as one document with an ETag (a customer session: itself)",
  access: forMerchantOrCustomer("usage:read"),
  request: {
    query: z.strictObject({ customer: z.string().max(100).optional().describe("Required with an API key: the customer id.") }),
  },
  responses: {
    200: { description: "The state.", content: { "application/json": { schema: CustomerStateSchema } } },
    304: { description: "Not modified since the ETag sent in If-None-Match." },
  },
});
