import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { toInvalidRequest } from "../../app/validation";
import { withTenant } from "../../db/tenant";
import { type IngestOutcome, ingestEvent, type RowCache, type UsageEventInput } from "../../domain/usage/ingest";
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

/** Each event on its own: a bad or refused event is answered as rejected and the others still count. */
export const recordBatch: RouteHandler<typeof routes.recordUsageBatch, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const now = new Date();
  const { events } = c.req.valid("json");
  const alerts: UsageThresholdReached[] = [];
  const data = await withTenant(c.var.db(), tenant, async (tx) => {
    const cache: RowCache = new Map();
    const results: BatchItem[] = [];
    for (const event of events) {
      const parsed = UsageEventBody.safeParse(event);
      const id = typeof (event as { id?: unknown })?.id === "string" ? (event as { id: string }).id : null;
      try {
        if (!parsed.success) throw toInvalidRequest(parsed.error);
        const outcome = await ingestEvent(tx, toInput(parsed.data, now), now, cache, alerts);
        results.push({ id, status: outcome.status });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        results.push({
          id,
          status: "rejected",
          error: { code: error.code, message: error.message, ...(error.param ? { param: error.param } : {}) },
        });
      }
    }
    return results;
  });
  await sendRecordedAlerts(c.var.db(), emailEndpoint(c.env), tenant, alerts);
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
