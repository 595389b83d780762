import type { Context } from "hono";
import type { Sql, TransactionSql } from "postgres";
import type Stripe from "stripe";
import { tenantOf } from "../auth/access";
import { withTenant } from "../db/tenant";
import type { BillingContext } from "../domain/billing-context";
import { findAccount, notConnected } from "../domain/connect";
import type { ActionContext } from "../domain/context";
import { pinnedCustomerOf } from "../domain/customer-scope";
import type { AppEnv } from "../shared/env";
import { stripeClient } from "../stripe/client";

/**
 * The one way a handler turns its request into what domain functions take: who acts for which
 * tenant (`context`), the request's database, Stripe for the tenant's mode, the customer a customer
 * session is pinned to, and — for billing actions — the organisation's connected account.
 */
export interface RequestContext {
  context: ActionContext;
  /** The request's database (its one transaction under an `Idempotency-Key`), opened on first use. */
  readonly sql: Sql;
  /** Built on first use, so requests that never call Stripe need no Stripe key. */
  readonly stripe: Stripe;
  /** Set for customer sessions: every object outside this customer is answered as missing. */
  pinnedCustomer: string | null;
  inTenant<T>(run: (tx: TransactionSql) => Promise<T>): Promise<T>;
  /** Adds the connected account billing actions run on; 400 when the organisation has none. */
  billing(): Promise<BillingContext>;
}

export function requestContext(c: Context<AppEnv>): RequestContext {
  const { actor, ...tenant } = tenantOf(c);
  const context: ActionContext = { tenant, actor, requestId: c.var.requestId, ip: clientIp(c) };
  let stripe: Stripe | undefined;
  const inTenant = <T>(run: (tx: TransactionSql) => Promise<T>) => withTenant(c.var.db(), tenant, run);
  const built: RequestContext = {
    context,
    get sql() {
      return c.var.db();
    },
    get stripe() {
      stripe ??= stripeClient(c.env, tenant.livemode);
      return stripe;
    },
    pinnedCustomer: pinnedCustomerOf(c.var.principal),
    inTenant,
    async billing() {
      const account = await inTenant(findAccount);
      if (!account) throw notConnected();
      return {
        context,
        sql: c.var.db(),
        stripe: built.stripe,
        on: { stripeAccount: account.stripe_account_id },
        pinnedCustomer: built.pinnedCustomer,
        inTenant,
      };
    },
  };
  return built;
}

export function clientIp(c: Context<AppEnv>): string | null {
  return c.req.header("CF-Connecting-IP") ?? null;
}
