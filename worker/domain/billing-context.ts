import type { Context } from "hono";
import type { Sql, TransactionSql } from "postgres";
import type Stripe from "stripe";
import { withTenant } from "../db/tenant";
import type { AppEnv } from "../shared/env";
import { stripeClient } from "../stripe/client";
import { findAccount, notConnected } from "./connect";
import { type ActionContext, actionContext } from "./context";
import { pinnedCustomerOf, scopedCustomer } from "./customer-scope";
import { type CustomerRow, getCustomer } from "./customers";

/**
 * What a billing action needs: the tenant, Stripe scoped to the organisation's connected account,
 * and — for a customer session — the only customer it may act on.
 */
export interface BillingContext {
  context: ActionContext;
  sql: Sql;
  stripe: Stripe;
  on: { stripeAccount: string };
  /** Set for customer sessions: every object outside this customer is answered as missing. */
  pinnedCustomer: string | null;
  inTenant<T>(run: (tx: TransactionSql) => Promise<T>): Promise<T>;
}

export async function billingContext(c: Context<AppEnv>): Promise<BillingContext> {
  const context = actionContext(c);
  const sql = c.var.db();
  const account = await withTenant(sql, context.tenant, findAccount);
  if (!account) throw notConnected();
  const principal = c.var.principal;
  return {
    context,
    sql,
    stripe: stripeClient(c.env, context.tenant.livemode),
    on: { stripeAccount: account.stripe_account_id },
    pinnedCustomer: pinnedCustomerOf(principal),
    inTenant: (run) => withTenant(sql, context.tenant, run),
  };
}

/** Our customer, if the caller may act on it: for a customer session, only its own. */
export async function billedCustomer(tx: TransactionSql, billing: BillingContext, id: string): Promise<CustomerRow> {
  return getCustomer(tx, scopedCustomer(billing.pinnedCustomer, id));
}
