import { z } from "@hono/zod-openapi";
import { defineRoute, forMerchant } from "../../auth/access";
import type { Permission } from "../../shared/permissions";
import * as schemas from "./analytics.schemas";

const CSV_NOTE =
  "Send `Accept: text/csv` for the same rows as CSV (streamed; a header row of the field names, times in ISO 8601 UTC). " +
  "Every formula, with a worked example, is in docs/analytics.md. Figures are computed from the stored history on every request: " +
  "a change is visible in the next answer.";

/** `analytics.usage_limits` → `AnalyticsUsageLimits`. */
const componentName = (object: string) => object.replace(/(^|[._])([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

/** One analytics route: the query, the row, JSON `{ object, …range, data }` or CSV. */
function analyticsRoute<Q extends z.ZodObject, R extends z.ZodObject>(config: {
  path: string;
  object: string;
  summary: string;
  description: string;
  query: Q;
  row: R;
  permission: Permission;
  range?: boolean;
}) {
  const envelope = z.object({
    object: z.literal(config.object),
    ...(config.range === false
      ? {}
      : {
          from: z.number().int().describe("Start of the first period, Unix seconds."),
          to: z.number().int().describe("End of the last period (exclusive), Unix seconds."),
          interval: z.enum(["day", "week", "month"]),
          currency: z.string().nullable(),
        }),
    data: z.array(config.row),
    ...(config.range === false ? { has_more: z.boolean().describe("More rows than `limit` (CSV has them all).") } : {}),
  });
  return defineRoute({
    method: "get",
    path: config.path,
    tags: ["Analytics"],
    summary: config.summary,
    description: `${config.description}\n\n${CSV_NOTE}`,
    access: forMerchant(config.permission),
    request: { query: config.query },
    responses: {
      200: {
        description: config.summary,
        content: {
          "application/json": { schema: envelope.openapi(componentName(config.object)) },
          "text/csv": { schema: z.string().describe("The rows as CSV, header first.") },
        },
      },
    },
  });
}

export const mrr = analyticsRoute({
  path: "/v1/analytics/mrr",
  object: "analytics.mrr",
  summary: "MRR per period with its movements, ARR and the trial pipeline",
  description:
    "MRR is every paying subscription's recurring amount normalised to a month (days, weeks, years and interval counts), recurring " +
    "discounts applied, trials excluded; movements are counted per customer.",
  query: schemas.SeriesQuerySchema,
  row: schemas.MrrRow,
  permission: "subscriptions:read",
});

export const subscriptions = analyticsRoute({
  path: "/v1/analytics/subscriptions",
  object: "analytics.subscriptions",
  summary: "Subscription growth per period: started, ended, net, and active at the period's end",
  description: "Counts per currency of the subscriptions.",
  query: schemas.SeriesQuerySchema,
  row: schemas.GrowthRow,
  permission: "subscriptions:read",
});

export const retention = analyticsRoute({
  path: "/v1/analytics/retention",
  object: "analytics.retention",
  summary: "ARPU, LTV, logo and revenue churn, net revenue retention and trial conversion per period",
  description: "Rates are decimals (0.0833 is 8.33 %) rounded half up to 4 places; money is in minor units.",
  query: schemas.SeriesQuerySchema,
  row: schemas.RetentionRow,
  permission: "subscriptions:read",
});

export const revenue = analyticsRoute({
  path: "/v1/analytics/revenue",
  object: "analytics.revenue",
  summary: "Revenue per period: gross from every payment, refunds, net, BillingOS fees",
  description: "Per currency; payments count when Stripe recorded them paid, refunds when they were made.",
  query: schemas.SeriesQuerySchema,
  row: schemas.RevenueRow,
  permission: "subscriptions:read",
});

export const cohorts = analyticsRoute({
  path: "/v1/analytics/cohorts",
  object: "analytics.cohorts",
  summary: "Cohorts by first paid month × months since: logo and revenue retention",
  description: "One row per cohort, currency and month since; cohorts whose month lies in the range.",
  query: schemas.CohortQuerySchema,
  row: schemas.CohortRow,
  permission: "subscriptions:read",
});

export const recovery = analyticsRoute({
  path: "/v1/analytics/recovery",
  object: "analytics.recovery",
  summary: "Failed-payment recovery per period: failed invoices later paid ÷ failed invoices, and the amount recovered",
  description: "Invoices count in the period they were created.",
  query: schemas.SeriesQuerySchema,
  row: schemas.RecoveryRow,
  permission: "subscriptions:read",
});

export const usage = analyticsRoute({
  path: "/v1/analytics/usage",
  object: "analytics.usage",
  summary: "Usage totals per feature and period",
  description: "Counters count in the period where their billing period starts.",
  query: schemas.UsageQuerySchema,
  row: schemas.UsageRow,
  permission: "usage:read",
});

export const usageLimits = analyticsRoute({
  path: "/v1/analytics/usage/limits",
  object: "analytics.usage_limits",
  summary: "Customers at or above 80 % of a quota or cap in their current period, or over it",
  description: "Fullest first. As of now: `from`, `to` and `interval` do not apply.",
  query: schemas.LimitsQuerySchema,
  row: schemas.LimitRow,
  permission: "usage:read",
  range: false,
});
