import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { pinnedCustomerOf, scopedCustomer } from "../../domain/customer-scope";
import * as sessions from "../../domain/customer-sessions";
import { ServiceUnavailableError } from "../../shared/errors";
import type { Principal } from "../../shared/principal";
import { toTimestamp } from "../../shared/schemas";
import * as routes from "./customer-sessions.routes";

/** The customer a customer session acts for; merchants act for any customer. */
const ownCustomer = (principal: Principal) => pinnedCustomerOf(principal) ?? undefined;

export const customerSessionsRouter: Router = createRouter()
  .openapi(routes.createCustomerSession, async (c) => {
    const secret = c.env.CUSTOMER_SESSION_SECRET;
    if (!secret) throw new ServiceUnavailableError("Customer sessions are not configured (CUSTOMER_SESSION_SECRET).", 60);
    const context = requestContext(c).context;
    const { customer, expires_in } = c.req.valid("json");
    const { token, sessionId, expiresAt } = await sessions.startCustomerSession(c.var.db(), secret, context, customer, expires_in);
    return c.json(
      { object: "customer_session" as const, id: sessionId, livemode: context.tenant.livemode, customer, token, expires_at: expiresAt },
      201,
    );
  })
  .openapi(routes.revokeCustomerSession, async (c) => {
    const row = await sessions.revokeCustomerSession(
      c.var.db(),
      requestContext(c).context,
      c.req.valid("param").id,
      ownCustomer(c.var.principal),
    );
    return c.json(
      {
        object: "customer_session" as const,
        id: row.id,
        livemode: row.livemode,
        customer: row.customer_id,
        expires_at: toTimestamp(row.expires_at) as number,
        revoked_at: toTimestamp(row.revoked_at) as number,
      },
      200,
    );
  })
  .openapi(routes.revokeCustomerSessions, async (c) => {
    const { id } = c.req.valid("param");
    scopedCustomer(pinnedCustomerOf(c.var.principal), id);
    const revoked = await sessions.revokeSessionsOfCustomer(c.var.db(), requestContext(c).context, id);
    return c.json({ object: "customer_session_revocation" as const, customer: id, revoked }, 200);
  });
