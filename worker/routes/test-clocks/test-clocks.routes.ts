import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import { STRIPE_REFUSALS } from "../../shared/error-codes";
import { IdParam, jsonBody, PlainText, Timestamp, UnixTime } from "../../shared/schemas";

const tags = ["Test clocks"];

export const TestClockSchema = z
  .object({
    id: z.string(),
    object: z.literal("test_clock"),
    frozen_time: Timestamp.describe("The simulated now of every customer on this clock."),
    status: z.string().describe("ready, advancing or internal_failure (Stripe's test clock status)."),
    name: z.string().nullable(),
  })
  .openapi("TestClock");

const ok = (description: string) => ({ description, content: { "application/json": { schema: TestClockSchema } } });

export const createTestClock = defineRoute({
  method: "post",
  path: "/v1/test_clocks",
  tags,
  summary: "Create a test clock (test mode only); attach customers with POST /v1/customers {test_clock}",
  access: forMerchant("subscriptions:write"),
  errors: ["livemode_not_supported", ...STRIPE_REFUSALS],
  request: {
    body: jsonBody(
      z.strictObject({
        frozen_time: UnixTime.positive().optional().describe("Where the clock starts; default now."),
        name: PlainText(300).min(1).optional(),
      }),
    ),
  },
  responses: { 201: ok("Created.") },
});

export const retrieveTestClock = defineRoute({
  method: "get",
  path: "/v1/test_clocks/{id}",
  tags,
  summary: "Retrieve a test clock",
  access: forMerchant("subscriptions:read"),
  errors: ["livemode_not_supported", ...STRIPE_REFUSALS],
  request: { params: IdParam },
  responses: { 200: ok("The clock.") },
});

export const advanceTestClock = defineRoute({
  method: "post",
  path: "/v1/test_clocks/{id}/advance",
  tags,
  summary: "Advance a test clock: renewals, trial ends and payment retries due on the way happen (and their webhooks)",
  access: forMerchant("subscriptions:write"),
  errors: ["livemode_not_supported", ...STRIPE_REFUSALS],
  request: {
    params: IdParam,
    body: jsonBody(z.strictObject({ frozen_time: UnixTime.positive().describe("Later than the current frozen_time.") })),
  },
  responses: { 200: ok("Advancing (status `advancing` until Stripe has run what fell due).") },
});
