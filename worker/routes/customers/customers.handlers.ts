import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { csvResponse, wantsCsv } from "../../app/csv-response";
import { requestContext } from "../../app/request-context";
import { withTenant } from "../../db/tenant";
import { exportCustomers } from "../../domain/customer-export";
import { listCustomers, serializeCustomer } from "../../domain/customer-list";
import { pinnedCustomerOf, scopedCustomer } from "../../domain/customer-scope";
import { customerTimeline } from "../../domain/customer-timeline";
import * as customers from "../../domain/customers";
import { assertOwnTestClock, assertTestMode } from "../../domain/test-clocks";
import type { AppEnv } from "../../shared/env";
import { stripeClient } from "../../stripe/client";
import type * as routes from "./customers.routes";

/** Mirrors to Stripe when the organisation is connected; a Stripe outage leaves it for checkout to retry. */
async function mirror(c: Context<AppEnv>, row: customers.CustomerRow) {
  const context = requestContext(c).context;
  try {
    return await customers.ensureStripeCustomer(c.var.db(), stripeClient(c.env, context.tenant.livemode), context, row);
  } catch (error) {
    c.var.logger.warn("customer not mirrored to Stripe yet", { customer: row.id, error: String(error) });
    return row;
  }
}

export const create: RouteHandler<typeof routes.createCustomer, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { test_clock: testClock, ...input } = c.req.valid("json");
  if (testClock !== undefined) {
    assertTestMode({ context }, "test_clock");
    await assertOwnTestClock(await requestContext(c).billing(), testClock);
  }
  const row = await withTenant(c.var.db(), context.tenant, (tx) => customers.createCustomer(tx, context, input, testClock ?? null));
  return c.json(serializeCustomer(await mirror(c, row)), 201);
};

export const upsert: RouteHandler<typeof routes.upsertCustomer, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { customer, created } = await withTenant(c.var.db(), context.tenant, (tx) =>
    customers.upsertCustomer(tx, context, c.req.valid("json")),
  );
  const body = serializeCustomer(await mirror(c, customer));
  return created ? c.json(body, 201) : c.json(body, 200);
};

export const retrieve: RouteHandler<typeof routes.retrieveCustomer, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  scopedCustomer(pinnedCustomerOf(c.var.principal), id);
  const { tenant } = requestContext(c).context;
  return c.json(serializeCustomer(await withTenant(c.var.db(), tenant, (tx) => customers.getCustomer(tx, id))), 200);
};

export const update: RouteHandler<typeof routes.updateCustomer, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) =>
    customers.updateCustomer(tx, context, c.req.valid("param").id, c.req.valid("json")),
  );
  return c.json(serializeCustomer(row), 200);
};

export const remove: RouteHandler<typeof routes.deleteCustomer, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { id } = c.req.valid("param");
  await withTenant(c.var.db(), context.tenant, (tx) => customers.deleteCustomer(tx, context, id));
  return c.json({ id, object: "customer" as const, deleted: true as const }, 200);
};

export const list: RouteHandler<typeof routes.listCustomers, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const query = c.req.valid("query");
  if (wantsCsv(c.req.header("Accept")))
    return csvResponse(c, "customers.csv", (sql, write) => withTenant(sql, tenant, (tx) => exportCustomers(tx, query, write))) as never;
  const page = await withTenant(c.var.db(), tenant, (tx) => listCustomers(tx, query, "/v1/customers"));
  return c.json(page, 200);
};

export const timeline: RouteHandler<typeof routes.customerTimeline, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const { id } = c.req.valid("param");
  const page = await withTenant(c.var.db(), tenant, (tx) => customerTimeline(tx, id, c.req.valid("query"), `/v1/customers/${id}/timeline`));
  return c.json(page, 200);
};
