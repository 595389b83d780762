import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant, forMerchantOrCustomer } from "../../auth/access";
import type { ErrorCode } from "../../shared/error-codes";
import { IdParam, jsonBody, PlainText, Timestamp } from "../../shared/schemas";
import { FeatureKey, UsageAmount } from "../entitlements/entitlements.routes";

const tags = ["Usage"];
export const MAX_BATCH = 1000;

export const UsageEventBody = z.strictObject({
  id: PlainText(255).min(1).describe("Your id for this event: the same id counts once (per organization and mode, for at least 35 days)."),
  customer: z.string().min(1).max(255).describe("The customer's id or external_id."),
  feature: FeatureKey,
  value: UsageAmount.describe("Usage in the feature's unit (≥ 0; ignored by count and unique aggregations)."),
  timestamp: Timestamp.nonnegative().optional().describe("When it happened (default now): at most 5 minutes ahead, at most 35 days back."),
  properties: z
    .record(z.string().min(1).max(40), z.union([z.string().max(500), z.number().finite(), z.boolean()]))
    .refine((value) => Object.keys(value).length <= 50, "at most 50 keys")
    .optional()
    .describe("Free-form; `unique_key` is the value a `unique` feature counts once per period."),
});

const UsageEventResult = z
  .object({
    object: z.literal("usage_event_result"),
    id: z.string(),
    status: z.enum(["accepted", "duplicate"]),
    customer: z.string(),
    feature: z.string(),
    used: z.number().describe("The customer's usage of the feature this period, after the event."),
    period_start: Timestamp.nullable(),
  })
  .openapi("UsageEventResult");

/** Recording usage checks the feature is metered and granted, the limit and the timestamp's window. */
const USAGE_EVENT_ERRORS: ErrorCode[] = [
  "feature_not_metered",
  "not_entitled",
  "limit_reached",
  "timestamp_in_future",
  "timestamp_too_old",
];

export const recordUsage = defineRoute({
  method: "post",
  path: "/v1/usage",
  tags,
  summary: "Record one usage event (exactly once per id)",
  access: forMerchant("usage:write"),
  errors: USAGE_EVENT_ERRORS,
  request: { body: jsonBody(UsageEventBody) },
  responses: {
    200: {
      description: "A duplicate: this id was counted before; nothing changed.",
      content: { "application/json": { schema: UsageEventResult } },
    },
    201: { description: "Counted.", content: { "application/json": { schema: UsageEventResult } } },
  },
});

const BatchItem = z.object({
  id: z.string().nullable().describe("The event's id (null when it had none)."),
  status: z.enum(["accepted", "duplicate", "rejected"]),
  error: z.object({ code: z.string(), message: z.string(), param: z.string().optional() }).optional(),
});

export const recordUsageBatch = defineRoute({
  method: "post",
  path: "/v1/usage/batch",
  tags,
  summary: `Record up to ${MAX_BATCH} usage events; each is answered on its own (one bad event never sinks the rest)`,
  access: forMerchant("usage:write"),
  errors: USAGE_EVENT_ERRORS,
  request: {
    body: jsonBody(
      z.strictObject({
        events: z.array(z.unknown()).min(1).max(MAX_BATCH).describe("Usage events, each as for POST /v1/usage."),
      }),
    ),
  },
  responses: {
    200: {
      description: "One result per event, in order.",
      content: {
        "application/json": {
          schema: z
            .object({
              object: z.literal("usage_batch"),
              accepted: z.number().int(),
              duplicate: z.number().int(),
              rejected: z.number().int(),
              data: z.array(BatchItem),
            })
            .openapi("UsageBatchResult"),
        },
      },
    },
  },
});

const UsagePeriod = z
  .object({
    object: z.literal("usage_period"),
    feature: z.string(),
    period_start: Timestamp.nullable(),
    period_end: Timestamp.nullable(),
    used: z.number(),
    current: z.boolean(),
  })
  .openapi("UsagePeriod");

export const listCustomerUsage = defineRoute({
  method: "get",
  path: "/v1/customers/{id}/usage",
  tags,
  summary: "The customer's usage per feature and period, current first (a customer session only its own)",
  access: forMerchantOrCustomer("usage:read"),
  request: {
    params: IdParam,
    query: z.strictObject({ feature: FeatureKey.optional(), limit: z.coerce.number().int().min(1).max(100).default(24) }),
  },
  responses: {
    200: {
      description: "Usage periods.",
      content: {
        "application/json": {
          schema: z
            .object({ object: z.literal("list"), data: z.array(UsagePeriod), has_more: z.boolean(), url: z.string() })
            .openapi("UsagePeriodList"),
        },
      },
    },
  },
});

const UsageEventSchema = z
  .object({
    object: z.literal("usage_event"),
    id: z.string(),
    livemode: z.boolean(),
    customer: z.string(),
    feature: z.string(),
    value: z.number(),
    timestamp: Timestamp,
    properties: z.record(z.string(), z.unknown()),
    period_start: Timestamp.nullable(),
    received: Timestamp,
  })
  .openapi("UsageEvent");

export const listUsageEvents = defineRoute({
  method: "get",
  path: "/v1/usage/events",
  tags,
  summary: "Usage events, newest timestamp first; filter by customer, feature and time",
  access: forMerchant("usage:read"),
  request: {
    query: z.strictObject({
      limit: z.coerce.number().int().min(1).max(100).default(10),
      starting_after: z.string().max(255).optional().describe("An event id: the page after it."),
      customer: z.string().max(255).optional().describe("A customer id."),
      feature: FeatureKey.optional(),
      "timestamp[gte]": z.coerce.number().int().nonnegative().optional(),
      "timestamp[lt]": z.coerce.number().int().nonnegative().optional(),
    }),
  },
  responses: {
    200: {
      description: "Usage events.",
      content: {
        "application/json": {
          schema: z
            .object({ object: z.literal("list"), data: z.array(UsageEventSchema), has_more: z.boolean(), url: z.string() })
            .openapi("UsageEventList"),
        },
      },
    },
  },
});
