// Test helpers of the Analytics page: an API answering each analytics route from rows per day, as the real one does.
import { html, waitUntil } from "@open-wc/testing";
import type { AdminMetric } from "../../elements/admin-metric/admin-metric";
import { type Answer, adminFixture, fakeAdminApi, json, testSession } from "../../fixtures/admin-fixture";
import type { AdminAnalytics } from "./admin-analytics";
import type { AdminAnalyticsSection } from "./analytics-section";

export const day = (n: number) => Date.UTC(2026, 10, n) / 1000;
const base = (start: number, currency = "usd") => ({ period_start: start, period_end: start + 86_400, currency, currency_exponent: 2 });

export const mrrRow = (start: number, mrr: number, moves: { new?: number; churned?: number } = {}, currency = "usd") => ({
  ...base(start, currency),
  mrr_start: mrr - (moves.new ?? 0) + (moves.churned ?? 0),
  new: moves.new ?? 0,
  expansion: 0,
  contraction: 0,
  churned: moves.churned ?? 0,
  reactivation: 0,
  net_new_mrr: (moves.new ?? 0) - (moves.churned ?? 0),
  mrr,
  arr: mrr * 12,
  trialing_subscriptions: 0,
  trial_pipeline_mrr: 0,
});
export const growthRow = (start: number, active: number, started: number) => ({
  ...base(start),
  new_subscriptions: started,
  churned_subscriptions: 0,
  net_subscriptions: started,
  active_subscriptions: active,
  trialing_subscriptions: 0,
  active_customers: active,
});
export const retentionRow = (start: number, payingAtStart: number, churned: number, arpu: number | null) => ({
  ...base(start),
  active_customers_start: payingAtStart,
  active_customers: payingAtStart - churned,
  churned_customers: churned,
  mrr_start: 0,
  mrr: 0,
  arpu,
  logo_churn_rate: payingAtStart ? churned / payingAtStart : null,
  revenue_churn_rate: null,
  net_revenue_retention: 1,
  ltv: null,
  trials_ended: 0,
  trials_converted: 0,
  trial_conversion_rate: null,
});
export const revenueRow = (start: number, net: number) => ({
  ...base(start),
  payments: 1,
  gross: net,
  subscription_gross: net,
  one_time_gross: 0,
  refunds: 0,
  net,
  billingos_fees: 0,
  net_after_fees: net,
});

/** Rows per route; a series answers the rows whose period starts in the query's [from, to) and currency. */
export type Rows = Partial<Record<string, Array<{ period_start?: number; cohort?: number; currency?: string }>>>;

export function analyticsApi(rows: Rows, overrides: Record<string, Answer> = {}) {
  const series =
    (path: string): Answer =>
    (request) => {
      const query = new URL(request.url).searchParams;
      const [from, to] = [Number(query.get("from") ?? 0), Number(query.get("to") ?? Number.MAX_SAFE_INTEGER)];
      const currency = query.get("currency");
      const data = (rows[path] ?? []).filter((row) => {
        const start = row.period_start ?? row.cohort ?? 0;
        return (path.endsWith("/limits") || (start >= from && start < to)) && (!currency || !row.currency || row.currency === currency);
      });
      if (request.headers.get("Accept") === "text/csv")
        return new Response(`period_start,value\r\n2026-11-11T00:00:00.000Z,1\r\n`, { headers: { "content-type": "text/csv" } });
      return json(200, { object: "analytics", from, to, interval: query.get("interval"), currency, data, has_more: false });
    };
  const paths = ["mrr", "subscriptions", "retention", "revenue", "cohorts", "recovery", "usage", "usage/limits"];
  return fakeAdminApi({
    ...Object.fromEntries(paths.map((path) => [`GET /v1/analytics/${path}`, series(`/v1/analytics/${path}`)])),
    "GET /v1/currencies": {
      body: { object: "list", data: [{ object: "currency", code: "usd", exponent: 2, amount_multiple: 1 }], has_more: false },
    },
    ...overrides,
  });
}

/** Mounts the page at `search` (the address's query) and waits for the cards and every section to settle. */
export async function mountAnalytics(search: string, rows: Rows, overrides: Record<string, Answer> = {}) {
  history.replaceState(null, "", `${location.pathname}${search}`);
  const api = analyticsApi(rows, overrides);
  const page = await adminFixture<AdminAnalytics>(html`<billing-admin-analytics lang="en-US"></billing-admin-analytics>`, testSession(api));
  const root = page.shadowRoot as ShadowRoot;
  const sections = () => [...root.querySelectorAll<AdminAnalyticsSection>("billing-admin-analytics-section")];
  const settled = () => sections().every((section) => section.shadowRoot && !section.shadowRoot.querySelector("[aria-busy=true]"));
  await waitUntil(() => settled() && root.querySelectorAll("billing-admin-metric[loading]").length === 0, "the page settled", {
    timeout: 5000,
  });
  const section = (heading: string) => {
    const found = sections().find((candidate) => candidate.heading === heading);
    if (!found) throw new Error(`no section ${heading}`);
    return found.shadowRoot as ShadowRoot;
  };
  const metrics = () =>
    [...root.querySelectorAll<AdminMetric>("billing-admin-metric")].map((metric) => {
      const shadow = metric.shadowRoot as ShadowRoot;
      return [
        shadow.querySelector(".label")?.textContent,
        shadow.querySelector(".value, .error")?.textContent?.trim(),
        shadow.querySelector(".change")?.textContent?.replace(/\s+/g, " ").trim(),
      ];
    });
  const requests = (path: string) => api.requests.filter((request) => new URL(request.url).pathname === path);
  return { page, root, api, section, sections, settled, metrics, requests };
}
