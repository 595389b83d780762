import { type AdminClient, call } from "../../session/admin-api";
import {
  type CohortRow,
  type Figure,
  type GrowthRow,
  JSON_ACCEPT,
  type MrrRow,
  mainCurrency,
  type RetentionRow,
  rowsOf,
} from "../shared/figures";

export type { Figure } from "../shared/figures";

/** What Home shows, in the organisation's main currency (money in minor units with the API's exponent). */
export interface HomeFigures {
  currency: string;
  exponent: number;
  mrr: Figure;
  activeSubscriptions: Figure;
  /** Customers who paid for the first time this month (their cohort's size). */
  newCustomers: Figure;
  /** Share of last month's paying customers who stopped paying this month (null: nobody was paying). */
  churn: Figure<number | null>;
  /** MRR at the end of each month of the last twelve (the current month so far). */
  months: number[];
  mrrByMonth: number[];
  /** Other currencies with MRR, shown apart (amounts in different currencies are never added up). */
  otherCurrencies: Array<{ currency: string; exponent: number; mrr: number }>;
}

export interface AnalyticsAnswers {
  mrr: MrrRow[];
  growth: GrowthRow[];
  retention: RetentionRow[];
  cohorts: CohortRow[];
}

/** The first instant of the UTC month `offset` months from the one holding `now` (Unix seconds). */
export function monthStart(now: Date, offset = 0): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1) / 1000;
}

/** The last two periods' values of `pick` (summed over `rows` of each period), the latest first. */
function lastTwo<R extends { period_start: number }>(rows: R[], thisMonth: number, pick: (row: R) => number): Figure {
  const sum = (start: number) => rows.filter((row) => row.period_start === start).reduce((total, row) => total + pick(row), 0);
  const previousStart = Math.max(...rows.map((row) => row.period_start).filter((start) => start < thisMonth));
  return { value: sum(thisMonth), previous: Number.isFinite(previousStart) ? sum(previousStart) : undefined };
}

/** Home's figures from the analytics answers (pure, so tests can hand it rows). */
export function homeFigures(answers: AnalyticsAnswers, defaultCurrency: string, now: Date, exponentOf: number): HomeFigures {
  const thisMonth = monthStart(now);
  const main = mainCurrency(answers.mrr, defaultCurrency) ?? { currency: defaultCurrency, exponent: exponentOf };
  const inMain = <R extends { currency: string }>(rows: R[]) => rows.filter((row) => row.currency === main.currency);
  const mrrRows = inMain(answers.mrr);
  const months = Array.from({ length: 12 }, (_, i) => monthStart(now, i - 11));
  const churnOf = (start: number) => inMain(answers.retention).find((row) => row.period_start === start)?.logo_churn_rate ?? null;
  const previousMonth = monthStart(now, -1);
  const cohortSize = (cohort: number) =>
    answers.cohorts.filter((row) => row.cohort === cohort && row.months_since === 0).reduce((total, row) => total + row.customers, 0);
  const latest = Math.max(...answers.mrr.map((row) => row.period_start));
  return {
    ...main,
    mrr: lastTwo(mrrRows, thisMonth, (row) => row.mrr),
    activeSubscriptions: lastTwo(answers.growth, thisMonth, (row) => row.active_subscriptions),
    newCustomers: { value: cohortSize(thisMonth), previous: cohortSize(previousMonth) },
    churn: { value: churnOf(thisMonth), previous: answers.retention.length ? churnOf(previousMonth) : undefined },
    months,
    mrrByMonth: months.map((start) => mrrRows.find((row) => row.period_start === start)?.mrr ?? 0),
    otherCurrencies: answers.mrr
      .filter((row) => row.period_start === latest && row.currency !== main.currency && row.mrr > 0)
      .map((row) => ({ currency: row.currency, exponent: row.currency_exponent, mrr: row.mrr })),
  };
}

/** Loads the last twelve months (monthly) of MRR, growth and retention, and this and last month's cohorts. */
export async function loadHomeFigures(api: AdminClient, defaultCurrency: string, now = new Date()): Promise<HomeFigures> {
  const range = { from: monthStart(now, -11), to: Math.floor(now.getTime() / 1000), interval: "month" as const };
  const [mrr, growth, retention, cohorts, currencies] = await Promise.all([
    call(api.GET("/v1/analytics/mrr", { params: { query: range }, headers: JSON_ACCEPT })),
    call(api.GET("/v1/analytics/subscriptions", { params: { query: range }, headers: JSON_ACCEPT })),
    call(
      api.GET("/v1/analytics/retention", {
        params: { query: { ...range, from: monthStart(now, -1) } },
        headers: JSON_ACCEPT,
      }),
    ),
    call(
      api.GET("/v1/analytics/cohorts", {
        params: { query: { ...range, from: monthStart(now, -1) } },
        headers: JSON_ACCEPT,
      }),
    ),
    call(api.GET("/v1/currencies")),
  ]);
  // Before any revenue the series are empty: the main currency's exponent then comes from the API's currency list.
  const exponent = currencies.data.find((currency) => currency.code === defaultCurrency)?.exponent ?? 2;
  return homeFigures(
    { mrr: rowsOf(mrr), growth: rowsOf(growth), retention: rowsOf(retention), cohorts: rowsOf(cohorts) },
    defaultCurrency,
    now,
    exponent,
  );
}
