import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requestContext } from "../../app/request-context";
import { listPage } from "../../db/paginate";
import { withTenant } from "../../db/tenant";
import { EVENT_TYPES } from "../../domain/events/record";
import * as endpoints from "../../domain/webhooks/endpoints";
import * as messages from "../../domain/webhooks/messages";
import { deliveryQueue } from "../../domain/webhooks/runtime";
import type { AppEnv } from "../../shared/env";
import type * as routes from "./webhook-endpoints.routes";

const inTenant = <T>(c: Context<AppEnv>, fn: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(c.var.db(), requestContext(c).context.tenant, fn);
const scopeOf = (c: Context<AppEnv>) => ({
  org: requestContext(c).context.tenant.orgId,
  livemode: requestContext(c).context.tenant.livemode,
});

export const create: RouteHandler<typeof routes.createEndpoint, AppEnv> = async (c) => {
  const { context } = requestContext(c);
  const body = c.req.valid("json");
  return c.json(await inTenant(c, (tx) => endpoints.createEndpoint(tx, context, body)), 201);
};

export const list: RouteHandler<typeof routes.listEndpoints, AppEnv> = async (c) => {
  const query = c.req.valid("query");
  const page = await inTenant(c, (tx) =>
    listPage<endpoints.EndpointRow, ReturnType<typeof endpoints.endpointObject>>(tx, {
      table: "webhook_endpoints",
      query,
      url: "/v1/webhook_endpoints",
      map: (row) => endpoints.endpointObject(row),
    }),
  );
  return c.json(page, 200);
};

export const retrieve: RouteHandler<typeof routes.retrieveEndpoint, AppEnv> = async (c) => {
  const row = await inTenant(c, (tx) => endpoints.getEndpoint(tx, c.req.valid("param").id));
  return c.json(endpoints.endpointObject(row), 200);
};

export const update: RouteHandler<typeof routes.updateEndpoint, AppEnv> = async (c) => {
  const { context } = requestContext(c);
  return c.json(await inTenant(c, (tx) => endpoints.updateEndpoint(tx, context, c.req.valid("param").id, c.req.valid("json"))), 200);
};

export const remove: RouteHandler<typeof routes.deleteEndpoint, AppEnv> = async (c) => {
  const { context } = requestContext(c);
  const { id } = c.req.valid("param");
  await inTenant(c, (tx) => endpoints.deleteEndpoint(tx, context, id));
  return c.json({ id, object: "webhook_endpoint" as const, deleted: true as const }, 200);
};

export const rotate: RouteHandler<typeof routes.rotateSecret, AppEnv> = async (c) => {
  const { context } = requestContext(c);
  return c.json(await inTenant(c, (tx) => endpoints.rotateSecret(tx, context, c.req.valid("param").id)), 200);
};

export const sendTest: RouteHandler<typeof routes.sendTest, AppEnv> = async (c) => {
  const { message, task } = await inTenant(c, (tx) => messages.sendTestEvent(tx, c.req.valid("param").id, scopeOf(c)));
  await deliveryQueue(c.env).send(task);
  return c.json(message, 200);
};

export const replay: RouteHandler<typeof routes.replayFailed, AppEnv> = async (c) => {
  const since = new Date(c.req.valid("json").since * 1000);
  const tasks = await inTenant(c, (tx) => messages.replayFailed(tx, c.req.valid("param").id, since, scopeOf(c)));
  // After commit; a queue failure leaves them due, and the cron sweep queues them.
  for (let start = 0; start < tasks.length; start += 100) {
    await deliveryQueue(c.env).sendBatch(tasks.slice(start, start + 100).map((body) => ({ body })));
  }
  return c.json({ object: "webhook_replay" as const, queued: tasks.length }, 200);
};

export const listMessages: RouteHandler<typeof routes.listMessages, AppEnv> = async (c) => {
  const page = await inTenant(c, (tx) => messages.listMessages(tx, c.req.valid("param").id, c.req.valid("query")));
  return c.json(page, 200);
};

export const retrieveMessage: RouteHandler<typeof routes.retrieveMessage, AppEnv> = async (c) => {
  return c.json(await inTenant(c, (tx) => messages.getMessage(tx, c.req.valid("param").id)), 200);
};

export const retryMessage: RouteHandler<typeof routes.retryMessage, AppEnv> = async (c) => {
  const { message, task } = await inTenant(c, (tx) => messages.retryMessage(tx, c.req.valid("param").id, scopeOf(c)));
  await deliveryQueue(c.env).send(task);
  return c.json(message, 200);
};

const settingsObject = (allow: boolean) => ({
  object: "webhook_settings" as const,
  allow_local_test_urls: allow,
  event_types: [...EVENT_TYPES],
});

export const getSettings: RouteHandler<typeof routes.getSettings, AppEnv> = async (c) => {
  const allow = await inTenant(c, endpoints.allowsLocalTestUrls);
  return c.json(settingsObject(allow), 200);
};

export const updateSettings: RouteHandler<typeof routes.updateSettings, AppEnv> = async (c) => {
  const { context } = requestContext(c);
  const allow = await inTenant(c, (tx) => endpoints.setAllowLocalTestUrls(tx, context, c.req.valid("json").allow_local_test_urls));
  return c.json(settingsObject(allow), 200);
};
