import { z } from "@hono/zod-openapi";
import { type AccessRule, defineRoute } from "../../auth/access";
import { DEFAULT_SESSION_SECONDS, MAX_SESSION_SECONDS } from "../../domain/customer-session-token";
import { IdParam, Timestamp } from "../../shared/schemas";

const tags = ["Customers"];

const SessionFields = {
  object: z.literal("customer_session"),
  id: z.string(),
  livemode: z.boolean(),
  customer: z.string(),
  expires_at: Timestamp,
};

export const CustomerSessionSchema = z
  .object({
    ...SessionFields,
    token: z.string().describe("Give this to the browser (in memory only); it acts as this customer until expires_at."),
  })
  .openapi("CustomerSession");

export const RevokedCustomerSessionSchema = z
  .object({ ...SessionFields, revoked_at: Timestamp.describe("When it was revoked; it is refused from its next request on.") })
  .openapi("RevokedCustomerSession");

export const CustomerSessionRevocationSchema = z
  .object({
    object: z.literal("customer_session_revocation"),
    customer: z.string(),
    revoked: z.number().int().describe("How many live sessions were revoked."),
  })
  .openapi("CustomerSessionRevocation");

/**
 * The merchant's backend (secret key) revokes any session of its customers, e.g. on logout; a
 * customer session may revoke its own customer's sessions (log out), and finds no other.
 */
const REVOKERS: AccessRule = { principals: ["secret_key", "customer_session"], scope: "org" };

export const createCustomerSession = defineRoute({
  method: "post",
  path: "/v1/customer_sessions",
  tags,
  summary: "Mint a short-lived customer session for the browser (secret key, or a member who may write customers)",
  description:
    "Your backend mints one with its secret key for the signed-in customer. The merchant's people who may change customers " +
    "(owner, admin, member; not viewer) may mint one too: the admin's \"view as customer\" shows the customer's portal with it.",
  access: { principals: ["secret_key", "user"], permission: "customers:write", scope: "org" },
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

export const revokeCustomerSession = defineRoute({
  method: "post",
  path: "/v1/customer_sessions/{id}/revoke",
  tags,
  summary: "Revoke one customer session; its token is refused from its next request on",
  access: REVOKERS,
  request: { params: IdParam },
  responses: { 200: { description: "Revoked.", content: { "application/json": { schema: RevokedCustomerSessionSchema } } } },
});

export const revokeCustomerSessions = defineRoute({
  method: "post",
  path: "/v1/customers/{id}/customer_sessions/revoke",
  tags,
  summary: "Revoke every live session of a customer (log out everywhere)",
  access: REVOKERS,
  request: { params: IdParam },
  responses: { 200: { description: "Revoked.", content: { "application/json": { schema: CustomerSessionRevocationSchema } } } },
});
