import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { TransactionSql } from "postgres";
import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { withTenant } from "../../db/tenant";
import { cohortTable } from "../../domain/analytics/cohorts";
import { rangeOf, type SeriesQuery, seriesQueryOf } from "../../domain/analytics/period";
import { recoverySeries } from "../../domain/analytics/recovery";
import { retentionSeries } from "../../domain/analytics/retention";
import { revenueSeries } from "../../domain/analytics/revenue";
import { growthSeries, mrrSeries } from "../../domain/analytics/subscription-series";
import { customersNearLimits, usageSeries } from "../../domain/analytics/usage";
import type { AppEnv } from "../../shared/env";
import * as routes from "./analytics.routes";
import * as schemas from "./analytics.schemas";
import { csvResponse, wantsCsv } from "./csv";

const inTenant = <T>(c: Context<AppEnv>, run: (tx: TransactionSql) => Promise<T>) =>
  withTenant(c.var.db(), requestContext(c).context.tenant, run);

/**
 * Answers one series: JSON `{ object, from, to, interval, currency, data }`, or the rows as CSV
 * (`Accept: text/csv`) with the row schema's fields as columns.
 */
async function series<R extends Record<string, unknown>>(
  c: Context<AppEnv>,
  object: string,
  row: z.ZodObject,
  query: SeriesQuery,
  read: (tx: TransactionSql, query: SeriesQuery) => Promise<R[]>,
) {
  const data = await inTenant(c, (tx) => read(tx, query));
  if (wantsCsv(c)) return csvResponse(c, object.replace(".", "-"), Object.keys(row.shape), data);
  return c.json({ object, ...rangeOf(query), data }, 200);
}

export const analyticsRouter: Router = createRouter()
  .openapi(routes.mrr, (c) => series(c, "analytics.mrr", schemas.MrrRow, seriesQueryOf(c.req.valid("query")), mrrSeries))
  .openapi(routes.subscriptions, (c) =>
    series(c, "analytics.subscriptions", schemas.GrowthRow, seriesQueryOf(c.req.valid("query")), growthSeries),
  )
  .openapi(routes.retention, (c) =>
    series(c, "analytics.retention", schemas.RetentionRow, seriesQueryOf(c.req.valid("query")), retentionSeries),
  )
  .openapi(routes.revenue, (c) => series(c, "analytics.revenue", schemas.RevenueRow, seriesQueryOf(c.req.valid("query")), revenueSeries))
  .openapi(routes.recovery, (c) =>
    series(c, "analytics.recovery", schemas.RecoveryRow, seriesQueryOf(c.req.valid("query")), recoverySeries),
  )
  .openapi(routes.cohorts, (c) => series(c, "analytics.cohorts", schemas.CohortRow, seriesQueryOf(c.req.valid("query")), cohortTable))
  .openapi(routes.usage, (c) => {
    const query = seriesQueryOf(c.req.valid("query"));
    return series(c, "analytics.usage", schemas.UsageRow, { ...query, currency: null }, usageSeries);
  })
  .openapi(routes.usageLimits, async (c) => {
    const { feature, limit } = c.req.valid("query");
    const csv = wantsCsv(c);
    const rows = await inTenant(c, (tx) => customersNearLimits(tx, { feature: feature ?? null, limit: csv ? null : limit + 1 }));
    if (csv) return csvResponse(c, "analytics-usage_limits", Object.keys(schemas.LimitRow.shape), rows);
    return c.json({ object: "analytics.usage_limits" as const, data: rows.slice(0, limit), has_more: rows.length > limit }, 200);
  });
