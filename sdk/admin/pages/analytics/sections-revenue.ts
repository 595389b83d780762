import { html } from "lit";
import type { MrrRow, RecoveryRow, RevenueRow } from "../shared/figures";
import { series, seriesCsv } from "./analytics-data";
import { numbersTable, type SectionConfig, type SectionContext, summary } from "./section-config";

const MOVEMENT_COLOURS = { new: "#10b981", expansion: "#0ea5e9", reactivation: "#8b5cf6", contraction: "#f59e0b", churned: "#ef4444" };

const sumOf = <R>(rows: R[], pick: (row: R) => number) => rows.reduce((total, row) => total + pick(row), 0);
const last = <R>(rows: R[]) => rows[rows.length - 1];

/** MRR: its movements per period (stacked bars and a table), and the MRR line. */
export function mrrSection(context: SectionContext): SectionConfig<MrrRow[]> {
  const { api, range, currency, format } = context;
  return {
    heading: "MRR movements",
    description: "New, expansion and reactivation add MRR; contraction and churn take it away.",
    csvName: "mrr",
    emptyText: "No MRR in this range yet. Movements appear here once a customer pays for a subscription.",
    wide: true,
    load: () => series(api, "/v1/analytics/mrr", range, currency),
    csv: () => seriesCsv(api, "/v1/analytics/mrr", range, currency),
    isEmpty: (rows) => rows.every((row) => row.mrr === 0 && row.mrr_start === 0 && row.churned === 0),
    content: (rows) => {
      const money = (amount: number) => format.money(amount, currency, rows[0]?.currency_exponent ?? 2);
      const x = rows.map((row) => row.period_start);
      const end = last(rows);
      const movements = [
        { label: "New", values: rows.map((row) => row.new), color: MOVEMENT_COLOURS.new },
        { label: "Expansion", values: rows.map((row) => row.expansion), color: MOVEMENT_COLOURS.expansion },
        { label: "Reactivation", values: rows.map((row) => row.reactivation), color: MOVEMENT_COLOURS.reactivation },
        { label: "Contraction", values: rows.map((row) => -row.contraction), color: MOVEMENT_COLOURS.contraction },
        { label: "Churn", values: rows.map((row) => -row.churned), color: MOVEMENT_COLOURS.churned },
      ];
      return html`${summary([
        ["MRR at the end", money(end?.mrr ?? 0)],
        ["ARR", money(end?.arr ?? 0)],
        ["Net new MRR", money(sumOf(rows, (row) => row.net_new_mrr))],
        ["Trials at the end", `${format.number(end?.trialing_subscriptions ?? 0)} (${money(end?.trial_pipeline_mrr ?? 0)})`],
      ])}
        <billing-admin-chart kind="bars" label="MRR movements per period" x-label=${format.periodLabel} .x=${x} .series=${movements}
          .formatValue=${money} .formatX=${format.tick}></billing-admin-chart>
        <billing-admin-chart class="small" label="MRR at the end of each period" x-label=${format.periodLabel} .x=${x}
          .series=${[{ label: "MRR", values: rows.map((row) => row.mrr) }]} .formatValue=${money} .formatX=${format.tick}></billing-admin-chart>
        ${numbersTable(
          "MRR movements per period",
          ["Period", "Start", "New", "Expansion", "Reactivation", "Contraction", "Churn", "Net new", "End"],
          rows.map((row) => [
            format.period(row.period_start),
            money(row.mrr_start),
            money(row.new),
            money(row.expansion),
            money(row.reactivation),
            money(-row.contraction),
            money(-row.churned),
            money(row.net_new_mrr),
            money(row.mrr),
          ]),
        )}`;
    },
  };
}

/** Revenue: what payments brought in, refunds, BillingOS's fees. */
export function revenueSection(context: SectionContext): SectionConfig<RevenueRow[]> {
  const { api, range, currency, format } = context;
  return {
    heading: "Revenue",
    description: "Payments received (subscriptions and one-time), less refunds and BillingOS's fees.",
    csvName: "revenue",
    emptyText: "No payment in this range yet. Revenue appears here when an invoice or a one-time payment is paid.",
    load: () => series(api, "/v1/analytics/revenue", range, currency),
    csv: () => seriesCsv(api, "/v1/analytics/revenue", range, currency),
    isEmpty: (rows) => rows.every((row) => row.payments === 0 && row.refunds === 0),
    content: (rows) => {
      const money = (amount: number) => format.money(amount, currency, rows[0]?.currency_exponent ?? 2);
      return html`${summary([
        ["Gross", money(sumOf(rows, (row) => row.gross))],
        ["Refunds", money(sumOf(rows, (row) => row.refunds))],
        ["Net", money(sumOf(rows, (row) => row.net))],
        ["After fees", money(sumOf(rows, (row) => row.net_after_fees))],
      ])}
        <billing-admin-chart label="Revenue per period" x-label=${format.periodLabel} .x=${rows.map((row) => row.period_start)}
          .series=${[
            { label: "Net", values: rows.map((row) => row.net) },
            { label: "Refunds", values: rows.map((row) => row.refunds), color: MOVEMENT_COLOURS.churned },
          ]}
          .formatValue=${money} .formatX=${format.tick}></billing-admin-chart>`;
    },
  };
}

/** Failed payments and how many of them were recovered. */
export function recoverySection(context: SectionContext): SectionConfig<RecoveryRow[]> {
  const { api, range, currency, format } = context;
  return {
    heading: "Failed payment recovery",
    description: "Invoices whose payment failed, by the period they were created, and how many were paid since.",
    csvName: "recovery",
    emptyText: "No failed payment in this range. When a renewal fails, Stripe retries it and the outcome shows here.",
    load: () => series(api, "/v1/analytics/recovery", range, currency),
    csv: () => seriesCsv(api, "/v1/analytics/recovery", range, currency),
    isEmpty: (rows) => rows.every((row) => row.failed_invoices === 0),
    content: (rows) => {
      const money = (amount: number) => format.money(amount, currency, rows[0]?.currency_exponent ?? 2);
      const failed = sumOf(rows, (row) => row.failed_invoices);
      const recovered = sumOf(rows, (row) => row.recovered_invoices);
      return html`${summary([
        ["Failed", `${format.number(failed)} (${money(sumOf(rows, (row) => row.failed_amount))})`],
        ["Recovered", `${format.number(recovered)} (${money(sumOf(rows, (row) => row.recovered_amount))})`],
        ["Recovery rate", failed ? format.percent(recovered / failed) : "–"],
      ])}
        ${numbersTable(
          "Failed payments per period",
          ["Period", "Failed", "Due", "Recovered", "Amount recovered", "Still open", "Lost", "Rate"],
          rows
            .filter((row) => row.failed_invoices > 0)
            .map((row) => [
              format.period(row.period_start),
              format.number(row.failed_invoices),
              money(row.failed_amount),
              format.number(row.recovered_invoices),
              money(row.recovered_amount),
              format.number(row.open_invoices),
              format.number(row.lost_invoices),
              row.recovery_rate === null ? "–" : format.percent(row.recovery_rate),
            ]),
        )}`;
    },
  };
}
