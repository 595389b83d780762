import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app/env";
import { InvalidRequestError, NotFoundError } from "../../app/errors";
import { exponentsOf } from "../../app/money";
import { toTimestamp } from "../../app/schemas";
import { requirePermission } from "../../auth/access";
import { withTenant } from "../../db/tenant";
import { entityTag } from "../../domain/catalogue/pricing-cache";
import { actionContext } from "../../domain/context";
import { checkEntitlement } from "../../domain/entitlements/check";
import {
  type CustomerGrantRow,
  createCustomerGrant,
  deleteCustomerGrant,
  grantValue,
  listCustomerGrants,
} from "../../domain/entitlements/customer-grants";
import { customerSubscriptions, type EntitlementListRow, listEntitlements } from "../../domain/entitlements/entitlement-list";
import { matches } from "../pricing/pricing.handlers";
import type * as routes from "./entitlements.routes";

/** The one customer a customer session may act on; null for the merchant. */
export function pinnedCustomer(c: Context<AppEnv>): string | null {
  const principal = c.var.principal;
  return principal.kind === "customer_session" ? principal.customerId : null;
}

/** A customer session may only name its own customer: any other id is answered as missing. */
export function assertVisibleCustomer(c: Context<AppEnv>, id: string) {
  const pinned = pinnedCustomer(c);
  if (pinned && pinned !== id) throw new NotFoundError(`No such customer: '${id}'.`, "resource_missing", "id");
}

export const check: RouteHandler<typeof routes.checkEntitlement, AppEnv> = async (c) => {
  const input = c.req.valid("json");
  if (input.consume) requirePermission(c, "usage:write");
  const pinned = pinnedCustomer(c);
  const customer = input.customer ?? pinned;
  if (!customer) throw new InvalidRequestError("parameter_missing", "Name the customer (its id or external_id).", "customer");
  const { tenant } = actionContext(c);
  const result = await withTenant(c.var.db(), tenant, (tx) => checkEntitlement(tx, { ...input, customer }, pinned));
  return c.json({ object: "entitlement_check" as const, ...result, resets_at: toTimestamp(result.resets_at) }, 200);
};

/** One entitlement as the API shows it (the list and the customer state). */
export function serializeEntitlement(row: EntitlementListRow) {
  const limit = row.limit_amount === null ? null : Number(row.limit_amount);
  const used = row.used === null ? 0 : Number(row.used);
  return {
    object: "entitlement" as const,
    feature: row.feature_key,
    feature_name: row.feature_name,
    type: row.type,
    value: grantValue({ kind: row.kind, amount: row.limit_amount }),
    used,
    balance: limit === null ? null : Math.max(0, limit - used),
    overage_unit_amounts: row.overage_unit_amounts,
    currency_exponents: row.overage_unit_amounts && exponentsOf(Object.keys(row.overage_unit_amounts)),
    period_start: toTimestamp(row.period_start),
    resets_at: toTimestamp(row.period_end),
    grace_until: toTimestamp(row.grace_until),
    sources: row.sources.map((source) => ({
      type: source.type,
      id: source.id,
      value: grantValue({ kind: source.kind, amount: source.amount === null ? null : String(source.amount) }),
    })),
  };
}

export const list: RouteHandler<typeof routes.listEntitlements, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  assertVisibleCustomer(c, id);
  const { tenant } = actionContext(c);
  const rows = await withTenant(c.var.db(), tenant, (tx) => listEntitlements(tx, id));
  const data = rows.map(serializeEntitlement);
  return c.json({ object: "list" as const, data, has_more: false as const, url: `/v1/customers/${id}/entitlements` }, 200);
};

const serializeGrant = (row: CustomerGrantRow) => ({
  id: row.id,
  object: "customer_grant" as const,
  livemode: row.livemode,
  customer: row.customer_id,
  feature: row.feature_key,
  effect: row.effect,
  value: grantValue(row),
  expires_at: toTimestamp(row.expires_at),
  reason: row.reason,
  created: toTimestamp(row.created) as number,
});

export const createGrant: RouteHandler<typeof routes.createCustomerGrant, AppEnv> = async (c) => {
  const context = actionContext(c);
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const input = {
    ...body,
    expires_at: body.expires_at ? new Date(body.expires_at * 1000) : null,
    reason: body.reason ?? null,
  };
  const row = await withTenant(c.var.db(), context.tenant, (tx) => createCustomerGrant(tx, context, id, input));
  return c.json(serializeGrant(row), 201);
};

export const listGrants: RouteHandler<typeof routes.listCustomerGrants, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const { tenant } = actionContext(c);
  const rows = await withTenant(c.var.db(), tenant, (tx) => listCustomerGrants(tx, id));
  return c.json({ object: "list" as const, data: rows.map(serializeGrant), has_more: false, url: `/v1/customers/${id}/grants` }, 200);
};

export const deleteGrant: RouteHandler<typeof routes.deleteCustomerGrant, AppEnv> = async (c) => {
  const context = actionContext(c);
  const { id, grant } = c.req.valid("param");
  const row = await withTenant(c.var.db(), context.tenant, (tx) => deleteCustomerGrant(tx, context, id, grant));
  return c.json({ id: row.id, object: "customer_grant" as const, deleted: true as const }, 200);
};

/** How long a UI may rely on the state before polling again (If-None-Match makes that cheap). */
const STATE_TTL_SECONDS = 60;

export const state: RouteHandler<typeof routes.customerState, AppEnv> = async (c) => {
  const pinned = pinnedCustomer(c);
  const customer = c.req.valid("query").customer ?? pinned;
  if (!customer) throw new InvalidRequestError("parameter_missing", "Name the customer.", "customer");
  assertVisibleCustomer(c, customer);
  const { tenant } = actionContext(c);
  const { entitlements, subscriptions } = await withTenant(c.var.db(), tenant, async (tx) => ({
    entitlements: await listEntitlements(tx, customer),
    subscriptions: await customerSubscriptions(tx, customer),
  }));
  const document = {
    object: "customer_state" as const,
    livemode: tenant.livemode,
    customer,
    entitlements: entitlements.map(serializeEntitlement),
    subscriptions: subscriptions.map((row) => ({
      id: row.id,
      status: row.status,
      price: row.stripe_price_id,
      current_period_end: toTimestamp(row.current_period_end),
      cancel_at_period_end: row.cancel_at_period_end,
    })),
  };
  // The tag covers the content, not expires_at, so an unchanged state is a 304 whenever polled.
  const etag = await entityTag(JSON.stringify(document));
  const headers = { ETag: etag, "Cache-Control": "private, no-cache", Vary: "Authorization" };
  if (matches(c.req.header("If-None-Match"), etag)) return c.body(null, 304, headers) as never;
  return c.json({ ...document, expires_at: Math.floor(Date.now() / 1000) + STATE_TTL_SECONDS }, 200, headers);
};
