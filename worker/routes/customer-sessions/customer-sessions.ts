import { z } from "@hono/zod-openapi";
import { createRouter, type Router } from "../../app/create-app";
import { NotFoundError, ServiceUnavailableError } from "../../app/errors";
import { Timestamp } from "../../app/schemas";
import { defineRoute } from "../../auth/access";
import { DEFAULT_SESSION_SECONDS, MAX_SESSION_SECONDS, mintCustomerSession } from "../../auth/customer-session";
import { withTenant } from "../../db/tenant";
import { actionContext } from "../../domain/context";

export const CustomerSessionSchema = z
  .object({
    object: z.literal("customer_session"),
    id: z.string(),
    livemode: z.boolean(),
    customer: z.string(),
    token: z.string().describe("Give this to the browser (in memory only); it acts as this customer until expires_at."),
    expires_at: Timestamp,
  })
  .openapi("CustomerSession");

export const createCustomerSession = defineRoute({
  method: "post",
  path: "/v1/customer_sessions",
  tags: ["Customers"],
  summary: "Mint a short-lived customer session for the browser (secret key only)",
  access: { principals: ["secret_key"], permission: "customers:write", scope: "org" },
  errors: [404, 503],
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.strictObject({
            customer: z.string().max(100).openapi({ example: "cus_demoAda" }),
            expires_in: z
              .number()
              .int()
              .min(60)
              .max(MAX_SESSION_SECONDS)
              .default(DEFAULT_SESSION_SECONDS)
              .describe("Seconds; 60 to 3600, default 900."),
          }),
        },
      },
    },
  },
  responses: { 201: { description: "Minted.", content: { "application/json": { schema: CustomerSessionSchema } } } },
});

export const customerSessionsRouter: Router = createRouter().openapi(createCustomerSession, async (c) => {
  const secret = c.env.CUSTOMER_SESSION_SECRET;
  if (!secret) throw new ServiceUnavailableError("Customer sessions are not configured (CUSTOMER_SESSION_SECRET).", 60);
  const { tenant } = actionContext(c);
  const { customer, expires_in } = c.req.valid("json");
  // The customer must exist in this organisation and mode (404 otherwise, like any foreign id).
  const found = await withTenant(c.var.db(), tenant, (tx) => tx`select 1 from customers where id = ${customer} and deleted_at is null`);
  if (found.length === 0) throw new NotFoundError(`No such customer: '${customer}'.`, "resource_missing", "customer");
  const expiresAt = Math.floor(Date.now() / 1000) + expires_in;
  const { token, sessionId } = await mintCustomerSession(secret, {
    orgId: tenant.orgId,
    livemode: tenant.livemode,
    customerId: customer,
    expiresAt,
  });
  return c.json(
    { object: "customer_session" as const, id: sessionId, livemode: tenant.livemode, customer, token, expires_at: expiresAt },
    201,
  );
});
