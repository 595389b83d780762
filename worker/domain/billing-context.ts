import type { Sql, TransactionSql } from "postgres";
import type Stripe from "stripe";
import type { ActionContext } from "./context";
import { scopedCustomer } from "./customer-scope";
import { type CustomerRow, getCustomer } from "./customers";

/**
 * What a billing action needs: the tenant, Stripe scoped to the organisation's connected account,
 * and — for a customer session — the only customer it may act on. Built per request by
 * `requestContext(c).billing()` (app/request-context.ts).
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

/** Our customer, if the caller may act on it: for a customer session, only its own. */
export async function billedCustomer(tx: TransactionSql, billing: BillingContext, id: string): Promise<CustomerRow> {
  return getCustomer(tx, scopedCustomer(billing.pinnedCustomer, id));
}
