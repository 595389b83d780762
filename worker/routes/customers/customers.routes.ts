import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant, forMerchantOrCustomer } from "../../auth/access";
import { CUSTOMER_CSV_COLUMNS } from "../../domain/customer-export";
import { CUSTOMER_SORTS } from "../../domain/customer-list";
import { TIMELINE_TYPES } from "../../domain/customer-timeline";
import { STRIPE_REFUSALS } from "../../shared/error-codes";
import { Email, IdParam, jsonBody, listSchema, Metadata, PageQuerySchema, PlainText, Timestamp, UnixTimeQuery } from "../../shared/schemas";
import { EventSchema } from "../events/events.routes";
import { planFilters, SortOrder, SubscriptionStatus } from "../subscriptions/subscriptions.routes";

const tags = ["Customers"];
const ExternalId = PlainText(255)
  .min(1)
  .describe("Your own id for this customer; unique per organization and mode.")
  .openapi({ example: "user_42" });

export const CustomerSchema = z
  .object({
    id: z.string(),
    object: z.literal("customer"),
    livemode: z.boolean(),
    external_id: z.string().nullable(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    metadata: z.record(z.string(), z.string()),
    stripe_customer_id: z.string().nullable().describe("The mirror on your connected Stripe account, once created."),
    test_clock: z.string().nullable().describe("Test mode: the test clock the customer was created on; its Stripe mirror lives on it."),
    created: Timestamp,
    updated: Timestamp.describe("Unix time of the last change (events are not delivered in order: compare this)."),
  })
  .openapi("Customer");

const Fields = {
  email: Email.nullable().optional(),
  name: PlainText(256).openapi({ example: "Jenny Rosen" }).nullable().optional(),
  metadata: Metadata.optional(),
};

export const createCustomer = defineRoute({
  method: "post",
  path: "/v1/customers",
  tags,
  summary: "Create a customer",
  access: forMerchant("customers:write"),
  // A test clock is for test mode only.
  errors: ["external_id_taken", "livemode_not_supported", ...STRIPE_REFUSALS],
  request: {
    body: jsonBody(
      z.strictObject({
        ...Fields,
        external_id: ExternalId.optional(),
        test_clock: z
          .string()
          .max(100)
          .optional()
          .describe("Test mode only: a clock from POST /v1/test_clocks; the customer's Stripe mirror lives on its simulated time.")
          .openapi({ example: "clock_1QxJ2bKq8tZ0aB3c" }),
      }),
    ),
  },
  responses: { 201: { description: "Created.", content: { "application/json": { schema: CustomerSchema } } } },
});

export const upsertCustomer = defineRoute({
  method: "post",
  path: "/v1/customers/upsert",
  tags,
  summary: "Create or update the customer with this external_id (safe under concurrency)",
  access: forMerchant("customers:write"),
  errors: ["external_id_taken", ...STRIPE_REFUSALS],
  request: { body: jsonBody(z.strictObject({ ...Fields, external_id: ExternalId })) },
  responses: {
    200: { description: "Updated.", content: { "application/json": { schema: CustomerSchema } } },
    201: { description: "Created.", content: { "application/json": { schema: CustomerSchema } } },
  },
});

export const retrieveCustomer = defineRoute({
  method: "get",
  path: "/v1/customers/{id}",
  tags,
  summary: "Retrieve a customer (a customer session only its own)",
  access: forMerchantOrCustomer("customers:read"),
  request: { params: IdParam },
  responses: { 200: { description: "The customer.", content: { "application/json": { schema: CustomerSchema } } } },
});

export const updateCustomer = defineRoute({
  method: "post",
  path: "/v1/customers/{id}",
  tags,
  summary: "Update a customer (metadata is merged)",
  access: forMerchant("customers:write"),
  errors: ["external_id_taken", ...STRIPE_REFUSALS],
  request: { params: IdParam, body: jsonBody(z.strictObject({ ...Fields, external_id: ExternalId.nullable().optional() })) },
  responses: { 200: { description: "Updated.", content: { "application/json": { schema: CustomerSchema } } } },
});

export const deleteCustomer = defineRoute({
  method: "delete",
  path: "/v1/customers/{id}",
  tags,
  summary: "Delete a customer (soft: the Stripe customer is kept for history)",
  access: forMerchant("customers:write"),
  errors: [...STRIPE_REFUSALS],
  request: { params: IdParam },
  responses: {
    200: {
      description: "Deleted.",
      content: { "application/json": { schema: z.object({ id: z.string(), object: z.literal("customer"), deleted: z.literal(true) }) } },
    },
  },
});

export const CustomerListQuery = PageQuerySchema.extend({
  search: PlainText(200).min(1).optional().describe("Matches e-mail or name (contains, case-insensitive) or external_id (exact)."),
  email: z.string().max(320).optional(),
  external_id: z.string().max(255).optional(),
  "created[gte]": UnixTimeQuery.optional(),
  "created[lte]": UnixTimeQuery.optional(),
  status: SubscriptionStatus.optional().describe(
    "Only customers with at least one subscription in this status (with product/price: that same subscription).",
  ),
  ...planFilters("customers with a subscription"),
  sort: z.enum(CUSTOMER_SORTS).optional().describe("created (default), name or email; names and e-mails sort case-insensitively."),
  order: SortOrder.optional().describe("desc by default for created, asc for name and email. Ties are ordered by id."),
});

export const listCustomers = defineRoute({
  method: "get",
  path: "/v1/customers",
  tags,
  summary: "List customers, newest first; search, filter by subscription status, plan and creation time; sort",
  description:
    "Cursor pagination (`starting_after`/`ending_before` take a customer id) follows the chosen `sort`: keep the same `sort`, `order` and filters while paging. " +
    "With `Accept: text/csv` the answer is every matching customer as CSV, streamed (limit and cursors do not apply).",
  access: forMerchant("customers:read"),
  request: { query: CustomerListQuery },
  responses: {
    200: {
      description: "Customers (JSON, one page) or every matching customer (CSV).",
      content: {
        "application/json": { schema: listSchema(CustomerSchema, "CustomerList") },
        "text/csv": { schema: z.string().describe(`Columns: ${CUSTOMER_CSV_COLUMNS.join(", ")}.`) },
      },
    },
  },
});

export const customerTimeline = defineRoute({
  method: "get",
  path: "/v1/customers/{id}/timeline",
  tags,
  summary: "A customer's activity, newest first",
  description:
    "The events about the customer and what it owns (subscriptions, checkouts, invoices, refunds, usage alerts): created, subscribed, " +
    "paid, payment failed, plan changed, paused, resumed, past due, canceled, usage thresholds reached, refunds. Each entry is the event " +
    "as `GET /v1/events` shows it; paginate with event ids.",
  access: forMerchant("customers:read"),
  request: {
    params: IdParam,
    query: PageQuerySchema.extend({ type: z.enum(TIMELINE_TYPES).optional().describe("Only entries of this event type.") }),
  },
  responses: {
    200: { description: "Timeline entries.", content: { "application/json": { schema: listSchema(EventSchema, "CustomerTimeline") } } },
  },
});
