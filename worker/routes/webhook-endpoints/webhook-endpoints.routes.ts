import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import { EVENT_TYPES } from "../../domain/events/record";
import { codesOf, WEBHOOK_ENDPOINT_ERRORS } from "../../shared/error-codes";
import { IdParam, jsonBody, listSchema, PageQuerySchema, PlainText, Timestamp, UnixTime } from "../../shared/schemas";

const tags = ["Webhooks"];
const read = forMerchant("webhooks:read");
const write = forMerchant("webhooks:write");

export const EndpointSchema = z
  .object({
    id: z.string(),
    object: z.literal("webhook_endpoint"),
    livemode: z.boolean(),
    url: z.string(),
    description: z.string().nullable(),
    event_types: z.array(z.enum(EVENT_TYPES)).nullable().describe("The event types sent; null for every type."),
    enabled: z.boolean(),
    disabled_reason: z.enum(["failing", "manual"]).nullable().describe("`failing`: every delivery failed for five days."),
    failing_since: Timestamp.nullable().describe("Start of the current run of failed deliveries; null after a success."),
    previous_secret_expires_at: Timestamp.nullable().describe("After a rotation: until when the old secret also signs."),
    secret: z.string().optional().describe("The signing secret, `whsec_…`: only in the answer that creates or rotates it."),
    created: Timestamp,
    updated: Timestamp,
  })
  .openapi("WebhookEndpoint");

const Url = z
  .string()
  .max(2048)
  .describe("A public https URL (test mode: http://localhost or http://127.0.0.1 once the webhook settings allow them).")
  .openapi({ example: "https://example.com/billing/webhooks" });
const EventTypes = z
  .array(z.enum(EVENT_TYPES))
  .min(1)
  .max(50)
  .nullable()
  .describe("Event types to send; null (the default) for every type.")
  .openapi({ example: ["subscription.canceled", "invoice.payment_failed"] });
const Fields = {
  description: PlainText(500).nullable().optional().openapi({ example: "Production backend" }),
  event_types: EventTypes.optional(),
  enabled: z.boolean().optional(),
};

export const MessageSchema = z
  .object({
    id: z.string().describe("The `webhook-id` header of every attempt of this message."),
    object: z.literal("webhook_message"),
    livemode: z.boolean(),
    endpoint: z.string(),
    event: z.string().nullable().describe("The event sent; null for a test event."),
    event_type: z.string(),
    status: z.enum(["pending", "succeeded", "failed"]),
    attempts: z.number().int(),
    next_attempt_at: Timestamp.nullable(),
    created: Timestamp,
    updated: Timestamp,
  })
  .openapi("WebhookMessage");

const AttemptSchema = z
  .object({
    id: z.string(),
    object: z.literal("webhook_attempt"),
    response_status: z.number().int().nullable(),
    latency_ms: z.number().int(),
    response_excerpt: z
      .string()
      .describe("The start of the response body, escaped (control characters and markup) and cut at 1,000 characters."),
    error: z.string().nullable().describe("timeout, network, redirect (not followed) or refused_address."),
    succeeded: z.boolean(),
    created: Timestamp,
  })
  .openapi("WebhookAttempt");

const json = <T extends z.ZodTypeAny>(schema: T, description = "OK.") => ({ description, content: { "application/json": { schema } } });

export const createEndpoint = defineRoute({
  method: "post",
  path: "/v1/webhook_endpoints",
  tags,
  summary: "Create a webhook endpoint (its signing secret is shown once)",
  access: write,
  errors: codesOf(WEBHOOK_ENDPOINT_ERRORS),
  request: { body: jsonBody(z.strictObject({ url: Url, ...Fields })) },
  responses: { 201: json(EndpointSchema, "Created, with `secret`.") },
});

export const listEndpoints = defineRoute({
  method: "get",
  path: "/v1/webhook_endpoints",
  tags,
  summary: "List webhook endpoints",
  access: read,
  request: { query: PageQuerySchema },
  responses: { 200: json(listSchema(EndpointSchema, "WebhookEndpointList")) },
});

export const retrieveEndpoint = defineRoute({
  method: "get",
  path: "/v1/webhook_endpoints/{id}",
  tags,
  summary: "Retrieve a webhook endpoint",
  access: read,
  request: { params: IdParam },
  responses: { 200: json(EndpointSchema) },
});

export const updateEndpoint = defineRoute({
  method: "post",
  path: "/v1/webhook_endpoints/{id}",
  tags,
  summary: "Update a webhook endpoint (enabling it again clears its failure count)",
  access: write,
  errors: codesOf(WEBHOOK_ENDPOINT_ERRORS),
  request: { params: IdParam, body: jsonBody(z.strictObject({ url: Url.optional(), ...Fields })) },
  responses: { 200: json(EndpointSchema) },
});

export const deleteEndpoint = defineRoute({
  method: "delete",
  path: "/v1/webhook_endpoints/{id}",
  tags,
  summary: "Delete a webhook endpoint and its delivery log",
  access: write,
  request: { params: IdParam },
  responses: { 200: json(z.object({ id: z.string(), object: z.literal("webhook_endpoint"), deleted: z.literal(true) })) },
});

export const rotateSecret = defineRoute({
  method: "post",
  path: "/v1/webhook_endpoints/{id}/rotate_secret",
  tags,
  summary: "Rotate the signing secret (the old one keeps signing beside the new one for 24 hours)",
  access: write,
  request: { params: IdParam },
  responses: { 200: json(EndpointSchema, "With the new `secret`.") },
});

export const sendTest = defineRoute({
  method: "post",
  path: "/v1/webhook_endpoints/{id}/send_test",
  tags,
  summary: "Send a `webhook_endpoint.test` event to the endpoint",
  access: write,
  request: { params: IdParam },
  responses: { 200: json(MessageSchema, "The message, queued.") },
});

export const replayFailed = defineRoute({
  method: "post",
  path: "/v1/webhook_endpoints/{id}/replay",
  tags,
  summary: "Send again every message to the endpoint that failed, created since a time",
  access: write,
  request: { params: IdParam, body: jsonBody(z.strictObject({ since: UnixTime.describe("Messages created at or after this time.") })) },
  responses: { 200: json(z.object({ object: z.literal("webhook_replay"), queued: z.number().int() })) },
});

export const listMessages = defineRoute({
  method: "get",
  path: "/v1/webhook_endpoints/{id}/messages",
  tags,
  summary: "The endpoint's delivery log: its messages, newest first",
  access: read,
  request: { params: IdParam, query: PageQuerySchema.extend({ status: z.enum(["pending", "succeeded", "failed"]).optional() }) },
  responses: { 200: json(listSchema(MessageSchema, "WebhookMessageList")) },
});

export const retrieveMessage = defineRoute({
  method: "get",
  path: "/v1/webhook_messages/{id}",
  tags,
  summary: "A message with every attempt (status, latency, response excerpt)",
  access: read,
  request: { params: IdParam },
  responses: { 200: json(MessageSchema.extend({ attempt_log: z.array(AttemptSchema) }).openapi("WebhookMessageWithAttempts")) },
});

export const retryMessage = defineRoute({
  method: "post",
  path: "/v1/webhook_messages/{id}/retry",
  tags,
  summary: "Send a message again now (same webhook-id)",
  access: write,
  request: { params: IdParam },
  responses: { 200: json(MessageSchema) },
});

const SettingsSchema = z
  .object({
    object: z.literal("webhook_settings"),
    allow_local_test_urls: z.boolean().describe("Test mode only: endpoints may be http://localhost or http://127.0.0.1 (for development)."),
    event_types: z.array(z.enum(EVENT_TYPES)).describe("Every event type an endpoint can subscribe to (`event_types`), grouped by object."),
  })
  .openapi("WebhookSettings");

export const getSettings = defineRoute({
  method: "get",
  path: "/v1/webhook_settings",
  tags,
  summary: "The organisation's webhook settings",
  access: read,
  responses: { 200: json(SettingsSchema) },
});

export const updateSettings = defineRoute({
  method: "post",
  path: "/v1/webhook_settings",
  tags,
  summary: "Change the organisation's webhook settings",
  access: write,
  request: { body: jsonBody(z.strictObject({ allow_local_test_urls: z.boolean() })) },
  responses: { 200: json(SettingsSchema) },
});
