import { html } from "lit";
import { badge } from "../../elements/page-states";
import type { CohortRow, GrowthRow, LimitRow, RetentionRow, UsageRow } from "../shared/figures";
import { series, seriesCsv, usage, usageLimits, usageLimitsCsv } from "./analytics-data";
import { numbersTable, type SectionConfig, type SectionContext, summary } from "./section-config";

const sumOf = <R>(rows: R[], pick: (row: R) => number) => rows.reduce((total, row) => total + pick(row), 0);

/** Growth: subscriptions and paying customers over time, started and ended. */
export function growthSection(context: SectionContext): SectionConfig<GrowthRow[]> {
  const { api, range, currency, format } = context;
  return {
    heading: "Growth",
    description: "Paying subscriptions and customers at the end of each period.",
    csvName: "subscriptions",
    emptyText: "No subscription in this range yet. Growth appears here once customers subscribe.",
    load: () => series(api, "/v1/analytics/subscriptions", range, currency),
    csv: () => seriesCsv(api, "/v1/analytics/subscriptions", range, currency),
    isEmpty: (rows) =>
      rows.every((row) => row.active_subscriptions === 0 && row.new_subscriptions === 0 && row.trialing_subscriptions === 0),
    content: (rows) => html`${summary([
      ["Started", format.number(sumOf(rows, (row) => row.new_subscriptions))],
      ["Ended", format.number(sumOf(rows, (row) => row.churned_subscriptions))],
      ["Net", format.number(sumOf(rows, (row) => row.net_subscriptions))],
    ])}
      <billing-admin-chart label="Subscriptions and customers per period" x-label=${format.periodLabel} .x=${rows.map((row) => row.period_start)}
        .series=${[
          { label: "Active subscriptions", values: rows.map((row) => row.active_subscriptions) },
          { label: "Paying customers", values: rows.map((row) => row.active_customers) },
          { label: "Trialing", values: rows.map((row) => row.trialing_subscriptions) },
        ]}
        .formatValue=${format.number} .formatX=${format.tick}></billing-admin-chart>`,
  };
}

/** Retention: churn rates and net revenue retention per period. */
export function retentionSection(context: SectionContext): SectionConfig<RetentionRow[]> {
  const { api, range, currency, format } = context;
  const percent = (ratio: number | null) => (ratio === null ? "–" : format.percent(ratio));
  return {
    heading: "Retention",
    description: "Of the customers paying at each period's start: who stopped, and how much of their MRR stayed.",
    csvName: "retention",
    emptyText: "Nothing to measure yet. Churn and retention appear once customers are paying at the start of a period.",
    load: () => series(api, "/v1/analytics/retention", range, currency),
    csv: () => seriesCsv(api, "/v1/analytics/retention", range, currency),
    // Rates need customers paying at a period's start: none yet means nothing to draw.
    isEmpty: (rows) => rows.every((row) => row.logo_churn_rate === null && row.net_revenue_retention === null),
    content: (rows) => {
      const end = rows[rows.length - 1];
      const money = (amount: number | null | undefined) =>
        amount == null ? "–" : format.money(amount, currency, end?.currency_exponent ?? 2);
      return html`${summary([
        ["ARPU at the end", money(end?.arpu)],
        [
          "Trial conversion",
          percent(sumOf(rows, (r) => r.trials_ended) ? sumOf(rows, (r) => r.trials_converted) / sumOf(rows, (r) => r.trials_ended) : null),
        ],
        ...(range.interval === "month" ? ([["LTV", money(end?.ltv)]] as Array<[string, string]>) : []),
      ])}
        <billing-admin-chart label="Retention per period" x-label=${format.periodLabel} .x=${rows.map((row) => row.period_start)}
          .series=${[
            { label: "Net revenue retention", values: rows.map((row) => row.net_revenue_retention) },
            { label: "Revenue churn", values: rows.map((row) => row.revenue_churn_rate), color: "#f59e0b" },
            { label: "Customer churn", values: rows.map((row) => row.logo_churn_rate), color: "#ef4444" },
          ]}
          .formatValue=${format.percent} .formatX=${format.tick}></billing-admin-chart>`;
    },
  };
}

/** Cohorts by the month customers first paid, as a heat map. */
export function cohortsSection(context: SectionContext): SectionConfig<CohortRow[]> {
  const { api, range, currency } = context;
  return {
    heading: "Cohorts",
    description: "Customers grouped by the month they first paid: the share still paying in each month after.",
    csvName: "cohorts",
    emptyText: "No cohort in this range yet. A cohort starts with the customers who first pay in a month.",
    wide: true,
    load: () => series(api, "/v1/analytics/cohorts", range, currency),
    csv: () => seriesCsv(api, "/v1/analytics/cohorts", range, currency),
    isEmpty: (rows) => rows.length === 0,
    content: (rows) => html`<billing-admin-cohort-map label="Retention by cohort" .cells=${rows}></billing-admin-cohort-map>`,
  };
}

/** Usage totals per feature. */
export function usageSection(context: SectionContext): SectionConfig<UsageRow[]> {
  const { api, range, format } = context;
  return {
    heading: "Usage",
    description: "Usage per feature, counted in the period where each customer's billing period starts.",
    csvName: "usage",
    emptyText: "No usage in this range yet. Metered features and quotas report here once customers use them.",
    load: () => usage(api, range),
    csv: () => seriesCsv(api, "/v1/analytics/usage", range),
    isEmpty: (rows) => rows.length === 0,
    content: (rows) => {
      const x = [...new Set(rows.map((row) => row.period_start))].sort((a, b) => a - b);
      const features = [...new Set(rows.map((row) => row.feature_key))].sort();
      const totalAt = (feature: string, start: number) =>
        rows.find((row) => row.feature_key === feature && row.period_start === start)?.total ?? 0;
      return html`<billing-admin-chart label="Usage per feature and period" x-label=${format.periodLabel} .x=${x}
          .series=${features.map((feature) => ({ label: feature, values: x.map((start) => totalAt(feature, start)) }))}
          .formatValue=${format.number} .formatX=${format.tick}></billing-admin-chart>
        ${numbersTable(
          "Usage per feature in the range",
          ["Feature", "Total", "Counters"],
          features.map((feature) => {
            const of = rows.filter((row) => row.feature_key === feature);
            return [feature, format.number(sumOf(of, (row) => row.total)), format.number(sumOf(of, (row) => row.customers))];
          }),
        )}`;
    },
  };
}

/** Customers at or over a quota or cap now. */
export function limitsSection(context: SectionContext): SectionConfig<LimitRow[]> {
  const { api, format } = context;
  return {
    heading: "Usage near limits",
    description: "Customers at 80 % or more of a quota or cap in their current period, fullest first (as of now).",
    csvName: "usage-limits",
    emptyText: "No customer is near a limit. Customers appear here when they use 80 % or more of a quota or cap.",
    load: () => usageLimits(api),
    csv: () => usageLimitsCsv(api),
    isEmpty: (rows) => rows.length === 0,
    content: (rows) =>
      numbersTable(
        "Customers near or over a limit",
        ["Customer", "Feature", "Used", "Limit", "Share", "State"],
        rows.map((row) => [
          html`<a href=${`/admin/customers/${row.customer}`}>${row.customer}</a>`,
          row.feature_key,
          format.number(row.used),
          format.number(row.limit),
          row.usage_ratio === null ? "–" : format.percent(row.usage_ratio),
          badge(row.state === "over" ? "Over" : "Near", row.state === "over" ? "danger" : "warning"),
        ]),
      ),
  };
}
