import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import { EVENT_TYPES } from "../../domain/events/record";
import { IdParam, listSchema, PageQuerySchema, Timestamp } from "../../shared/schemas";

const tags = ["Events"];

export const EventSchema = z
  .object({
    id: z.string(),
    object: z.literal("event"),
    livemode: z.boolean(),
    type: z.enum(EVENT_TYPES),
    created: Timestamp,
    data: z.object({
      object: z
        .record(z.string(), z.unknown())
        .describe("The object after the change, as its GET route shows it (`updated` tells which of two versions is newer)."),
    }),
  })
  .openapi("Event");

/** A type, or a family with a trailing `.*` (`subscription.*`). */
const TypeFilter = z
  .string()
  .max(100)
  .regex(/^[a-z_]+(\.[a-z_]+)*(\.\*)?$/, "must be an event type such as subscription.canceled, or a family such as subscription.*")
  .openapi({ example: "subscription.canceled" });

export const listEvents = defineRoute({
  method: "get",
  path: "/v1/events",
  tags,
  summary: "List the last 30 days of events, newest first",
  description:
    "Every change BillingOS reports, also delivered to webhook endpoints. Filter by `type` (or `family.*`) and by the `object` id.",
  access: forMerchant("webhooks:read"),
  request: {
    query: PageQuerySchema.extend({
      type: TypeFilter.optional(),
      object: z.string().max(100).optional().describe("Only events about this object id (cus_…, sub_…, in_…)."),
    }),
  },
  responses: { 200: { description: "Events.", content: { "application/json": { schema: listSchema(EventSchema, "EventList") } } } },
});

export const retrieveEvent = defineRoute({
  method: "get",
  path: "/v1/events/{id}",
  tags,
  summary: "Retrieve an event (kept 30 days)",
  access: forMerchant("webhooks:read"),
  request: { params: IdParam },
  responses: { 200: { description: "The event.", content: { "application/json": { schema: EventSchema } } } },
});
