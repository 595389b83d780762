import type { Sql } from "postgres";
import { withTenant } from "../db/tenant";
import { NotFoundError } from "../shared/errors";
import { recordAudit } from "./audit";
import type { ActionContext } from "./context";
import { mintCustomerSession } from "./customer-session-token";

export interface CustomerSessionRow {
  id: string;
  livemode: boolean;
  customer_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

/**
 * Mints a signed token for one customer of the tenant and records its session, so it can be
 * revoked. The customer must exist in this organisation and mode (404 otherwise, like any foreign id).
 */
export async function startCustomerSession(sql: Sql, secret: string, context: ActionContext, customer: string, expiresIn: number) {
  const expiresAt = Math.floor(Date.now() / 1000) + expiresIn;
  const { tenant } = context;
  const minted = await mintCustomerSession(secret, { orgId: tenant.orgId, livemode: tenant.livemode, customerId: customer, expiresAt });
  await withTenant(sql, tenant, async (tx) => {
    const [found] = await tx`select 1 from customers where id = ${customer} and deleted_at is null`;
    if (!found) throw new NotFoundError(`No such customer: '${customer}'.`, "resource_missing", "customer");
    await tx`insert into customer_sessions (id, org_id, livemode, customer_id, expires_at)
             values (${minted.sessionId}, ${tenant.orgId}, ${tenant.livemode}, ${customer}, to_timestamp(${expiresAt}))`;
  });
  return { ...minted, expiresAt };
}

/**
 * Revokes one session; effective on its next request. `onlyCustomer` (a customer session acting)
 * limits it to that customer's sessions: another's is answered as missing. Revoking twice is harmless.
 */
export async function revokeCustomerSession(sql: Sql, context: ActionContext, id: string, onlyCustomer?: string) {
  return withTenant(sql, context.tenant, async (tx) => {
    const [row] = await tx<CustomerSessionRow[]>`
      update customer_sessions set revoked_at = coalesce(revoked_at, now())
      where id = ${id} and (${onlyCustomer ?? null}::text is null or customer_id = ${onlyCustomer ?? null})
      returning id, livemode, customer_id, expires_at, revoked_at`;
    if (!row) throw new NotFoundError(`No such customer session: '${id}'.`, "resource_missing", "id");
    await recordAudit(tx, context, { action: "customer_session.revoked", target: { type: "customer_session", id } });
    return row;
  });
}

/** Revokes every live session of one customer (log out everywhere); returns how many were live. */
export async function revokeSessionsOfCustomer(sql: Sql, context: ActionContext, customer: string): Promise<number> {
  return withTenant(sql, context.tenant, async (tx) => {
    const [found] = await tx`select 1 from customers where id = ${customer}`;
    if (!found) throw new NotFoundError(`No such customer: '${customer}'.`, "resource_missing", "id");
    const revoked = await tx`update customer_sessions set revoked_at = now()
                             where customer_id = ${customer} and revoked_at is null and expires_at > now() returning id`;
    await recordAudit(tx, context, {
      action: "customer.sessions_revoked",
      target: { type: "customer", id: customer },
      after: { revoked: revoked.length },
    });
    return revoked.length;
  });
}
