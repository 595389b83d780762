import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { toInvalidRequest } from "../../app/validation";
import { withTenant } from "../../db/tenant";
import { ingestBatch } from "../../domain/usage/batch";
import { type IngestOutcome, ingestEvent, type UsageEventInput } from "../../domain/usage/ingest";
import { sendRecordedAlerts } from "../../domain/usage/usage-alert-mail";
import type { UsageThresholdReached } from "../../domain/usage/usage-alerts";
import { listCustomerUsage, listUsageEvents } from "../../domain/usage/usage-lists";
import type { AppEnv } from "../../shared/env";
import { ApiError } from "../../shared/errors";
import { toTimestamp } from "../../shared/schemas";
import { assertVisibleCustomer } from "../entitlements/entitlements.handlers";
import type * as routes from "./usage.routes";
import { UsageEventBody } from "./usage.routes";

const emailEndpoint = (env: Env) => ({ url: env.EMAIL_API_URL, key: env.EMAIL_API_KEY });

type Body = ReturnType<typeof UsageEventBody.parse>;
const toInput = (body: Body, now: Date): UsageEventInput => ({
  ...body,
  timestamp: body.timestamp === undefined ? now : new Date(body.timestamp * 1000),
  properties: body.properties ?? {},
});

const serializeOutcome = (outcome: IngestOutcome) => ({
  object: "usage_event_result" as const,
  ...outcome,
  period_start: toTimestamp(outcome.period_start),
});

export const record: RouteHandler<typeof routes.recordUsage, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const now = new Date();
  const alerts: UsageThresholdReached[] = [];
  const outcome = await withTenant(c.var.db(), tenant, (tx) => ingestEvent(tx, toInput(c.req.valid("json"), now), now, new Map(), alerts));
  await sendRecordedAlerts(c.var.db(), emailEndpoint(c.env), tenant, alerts);
  return outcome.status === "accepted" ? c.json(serializeOutcome(outcome), 201) : c.json(serializeOutcome(outcome), 200);
};

type BatchItem = {
  id: string | null;
  status: "accepted" | "duplicate" | "rejected";
  error?: { code: string; message: string; param?: string };
};

/** Per item: a bad or refused event is answered as rejected and the others still count (see ingestBatch). */
export const recordBatch: RouteHandler<typeof routes.recordUsageBatch, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const now = new Date();
  const { events } = c.req.valid("json");
  const alerts: UsageThresholdReached[] = [];
  const items = events.map((event) => {
    const parsed = UsageEventBody.safeParse(event);
    return parsed.success ? toInput(parsed.data, now) : toInvalidRequest(parsed.error);
  });
  const outcomes = await withTenant(c.var.db(), tenant, (tx) => ingestBatch(tx, items, now, alerts));
  await sendRecordedAlerts(c.var.db(), emailEndpoint(c.env), tenant, alerts);
  const data: BatchItem[] = outcomes.map((outcome, index) => {
    const event = events[index] as { id?: unknown } | null;
    const id = typeof event?.id === "string" ? event.id : null;
    if (!(outcome instanceof ApiError)) return { id, status: outcome };
    return {
      id,
      status: "rejected",
      error: { code: outcome.code, message: outcome.message, ...(outcome.param ? { param: outcome.param } : {}) },
    };
  });
  const count = (status: BatchItem["status"]) => data.filter((item) => item.status === status).length;
  return c.json(
    { object: "usage_batch" as const, accepted: count("accepted"), duplicate: count("duplicate"), rejected: count("rejected"), data },
    200,
  );
};

export const customerUsage: RouteHandler<typeof routes.listCustomerUsage, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  assertVisibleCustomer(c, id);
  const { tenant } = requestContext(c).context;
  const page = await withTenant(c.var.db(), tenant, (tx) => listCustomerUsage(tx, id, c.req.valid("query")));
  const data = page.rows.map((row) => ({
    object: "usage_period" as const,
    feature: row.feature_key,
    period_start: toTimestamp(row.period_start),
    period_end: toTimestamp(row.period_end),
    used: Number(row.used),
    current: row.current,
  }));
  return c.json({ object: "list" as const, data, has_more: page.has_more, url: `/v1/customers/${id}/usage` }, 200);
};

export const events: RouteHandler<typeof routes.listUsageEvents, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const page = await withTenant(c.var.db(), tenant, (tx) => listUsageEvents(tx, c.req.valid("query")));
  const data = page.rows.map((row) => ({
    object: "usage_event" as const,
    id: row.id,
    livemode: row.livemode,
    customer: row.customer_id,
    feature: row.feature_key,
    value: Number(row.value),
    timestamp: toTimestamp(row.timestamp) as number,
    properties: row.properties,
    period_start: toTimestamp(row.period_start),
    received: toTimestamp(row.received) as number,
  }));
  return c.json({ object: "list" as const, data, has_more: page.has_more, url: "/v1/usage/events" }, 200);
};
