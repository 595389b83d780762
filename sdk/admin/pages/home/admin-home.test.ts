import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminMetric } from "../../elements/admin-metric/admin-metric";
import type { AdminHome } from "./admin-home";
import { monthStart } from "./home-figures";

const now = new Date();
const thisMonth = monthStart(now);
const lastMonth = monthStart(now, -1);
const row = (start: number, fields: Record<string, number | null>) => ({
  period_start: start,
  period_end: start + 1,
  currency: "usd",
  currency_exponent: 2,
  ...fields,
});
const list = (object: string, data: unknown[]) => ({ body: { object, from: 0, to: 0, interval: "month", currency: null, data } });
const onboardingDone = {
  body: {
    object: "organization_onboarding",
    completed: true,
    steps: {
      connect_stripe: { done: true, account: "acct_1", charges_enabled: true },
      create_product: { done: true },
      embed_snippet: { done: true, first_used: 1, origin: "https://acme.test" },
      go_live: { done: true, charges_enabled: true, live_api_key: true },
    },
  },
};
const answers = {
  "GET /v1/organization/onboarding": onboardingDone,
  "GET /v1/analytics/mrr": list("analytics.mrr", [row(lastMonth, { mrr: 200_00 }), row(thisMonth, { mrr: 250_00 })]),
  "GET /v1/analytics/subscriptions": list("analytics.subscriptions", [
    row(lastMonth, { active_subscriptions: 10 }),
    row(thisMonth, { active_subscriptions: 12 }),
  ]),
  "GET /v1/analytics/retention": list("analytics.retention", [
    row(lastMonth, { logo_churn_rate: 0.1 }),
    row(thisMonth, { logo_churn_rate: 0.05 }),
  ]),
  "GET /v1/analytics/cohorts": list("analytics.cohorts", [
    { cohort: lastMonth, currency: "usd", currency_exponent: 2, months_since: 0, customers: 4 },
    { cohort: thisMonth, currency: "usd", currency_exponent: 2, months_since: 0, customers: 5 },
  ]),
  "GET /v1/currencies": {
    body: { object: "list", data: [{ object: "currency", code: "usd", exponent: 2, amount_multiple: 1 }], has_more: false },
  },
};

async function mount(overrides: Record<string, unknown> = {}) {
  const api = fakeAdminApi({ ...answers, ...overrides } as Parameters<typeof fakeAdminApi>[0]);
  const home = await adminFixture<AdminHome>(html`<billing-admin-home lang="en-US"></billing-admin-home>`, testSession(api));
  const root = home.shadowRoot as ShadowRoot;
  await waitUntil(
    () =>
      root.querySelector("billing-admin-chart") ||
      root.querySelector("billing-admin-metric[error]") ||
      [...root.querySelectorAll("billing-admin-metric")].some((m) => (m as AdminMetric).error),
    "home settled",
    { timeout: 5000 },
  );
  const metrics = () =>
    [...root.querySelectorAll("billing-admin-metric")].map((metric) => {
      const shadow = (metric as AdminMetric).shadowRoot;
      return [
        shadow?.querySelector(".label")?.textContent,
        shadow?.querySelector(".value, .error")?.textContent?.trim(),
        shadow?.querySelector(".change")?.textContent?.replace(/\s+/g, " ").trim(),
      ];
    });
  return { home, root, api, metrics };
}

describe("<billing-admin-home>", () => {
  it("shows MRR, active subscriptions, new customers and churn with their change, from /v1/analytics/*", async () => {
    const { home, metrics, api } = await mount();
    await home.updateComplete;
    expect(metrics()).to.deep.equal([
      ["MRR", "$250.00", "▲ +25% vs end of last month"],
      ["Active subscriptions", "12", "▲ +20% vs end of last month"],
      ["New customers", "5", "▲ +25% vs last month"],
      ["Churn", "5%", "▼ -50% vs last month"],
    ]);
    const mrr = api.requests.find((r) => r.url.includes("/v1/analytics/mrr")) as Request;
    const query = new URL(mrr.url).searchParams;
    expect([query.get("interval"), query.get("from")]).to.deep.equal(["month", String(monthStart(now, -11))]);
    expect(mrr.headers.get("Accept")).to.equal("application/json");
    await expect(home).to.be.accessible();
  });

  it("draws the MRR of the last twelve months", async () => {
    const { root } = await mount();
    const chart = root.querySelector("billing-admin-chart") as HTMLElement & { x: number[]; series: Array<{ values: number[] }> };
    expect(chart.x).to.have.length(12);
    expect(chart.series[0]?.values.slice(-2)).to.deep.equal([200_00, 250_00]);
  });

  it("shows the API's error on the cards with a retry, and no invented numbers", async () => {
    const { root, metrics } = await mount({ "GET /v1/analytics/mrr": apiError(500, "api_error", "Analytics are unavailable.") });
    expect(metrics().map(([label, value]) => [label, value])).to.deep.equal([
      ["MRR", "Analytics are unavailable."],
      ["Active subscriptions", "Analytics are unavailable."],
      ["New customers", "Analytics are unavailable."],
      ["Churn", "Analytics are unavailable."],
    ]);
    expect(root.querySelector("billing-admin-chart")).to.equal(null);
    expect([...root.querySelectorAll("button")].map((b) => b.textContent)).to.include("Try again");
  });
});
