import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requestContext } from "../../app/request-context";
import { requirePermission } from "../../auth/access";
import { withTenant } from "../../db/tenant";
import { entityTag } from "../../domain/catalogue/pricing-cache";
import { checkEntitlement, checkWithoutTransaction } from "../../domain/entitlements/check";
import {
  type CustomerGrantRow,
  createCustomerGrant,
  deleteCustomerGrant,
  grantValue,
  listCustomerGrants,
} from "../../domain/entitlements/customer-grants";
import { customerSubscriptions, listEntitlements } from "../../domain/entitlements/entitlement-list";
import { serializeEntitlement } from "../../domain/entitlements/entitlement-objects";
import { sendRecordedAlerts } from "../../domain/usage/usage-alert-mail";
import type { UsageThresholdReached } from "../../domain/usage/usage-alerts";
import type { AppEnv } from "../../shared/env";
import { InvalidRequestError, NotFoundError } from "../../shared/errors";
import { toTimestamp } from "../../shared/schemas";
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
  const { tenant } = requestContext(c).context;
  const request = { ...input, customer };
  const alerts: UsageThresholdReached[] = [];
  const result =
    (input.consume ? undefined : await checkWithoutTransaction(c.var.db(), tenant, request, pinned)) ??
    (await withTenant(c.var.db(), tenant, (tx) => checkEntitlement(tx, request, pinned, new Date(), alerts)));
  await sendRecordedAlerts(c.var.db(), { url: c.env.EMAIL_API_URL, key: c.env.EMAIL_API_KEY }, tenant, alerts);
  return c.json({ object: "entitlement_check" as const, ...result, resets_at: toTimestamp(result.resets_at) }, 200);
};

export const list: RouteHandler<typeof routes.listEntitlements, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  assertVisibleCustomer(c, id);
  const { tenant } = requestContext(c).context;
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
  const context = requestContext(c).context;
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
  const { tenant } = requestContext(c).context;
  const rows = await withTenant(c.var.db(), tenant, (tx) => listCustomerGrants(tx, id));
  return c.json({ object: "list" as const, data: rows.map(serializeGrant), has_more: false, url: `/v1/customers/${id}/grants` }, 200);
};

export const deleteGrant: RouteHandler<typeof routes.deleteCustomerGrant, AppEnv> = async (c) => {
  const context = requestContext(c).context;
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
  const { tenant } = requestContext(c).context;
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
      paused: row.paused,
      product: row.product_id,
      currency: row.currency,
    })),
  };
  // The tag covers the content, not expires_at, so an unchanged state is a 304 whenever polled.
  const etag = await entityTag(JSON.stringify(document));
  const headers = { ETag: etag, "Cache-Control": "private, no-cache", Vary: "Authorization" };
  if (matches(c.req.header("If-None-Match"), etag)) return c.body(null, 304, headers) as never;
  return c.json({ ...document, expires_at: Math.floor(Date.now() / 1000) + STATE_TTL_SECONDS }, 200, headers);
};
