import { expect, waitUntil } from "@open-wc/testing";
import { apiError } from "../../fixtures/admin-fixture";
import "../../define";
import { day, growthRow, mountAnalytics, mrrRow, retentionRow, revenueRow } from "./analytics-fixture";

/** Two days (11 and 12 Nov 2026) against the two before (9 and 10 Nov). */
const TWO_DAYS = "?range=custom&from=2026-11-11&to=2026-11-12&interval=day";
const rows = {
  "/v1/analytics/mrr": [
    mrrRow(day(9), 90_00),
    mrrRow(day(10), 120_00),
    mrrRow(day(11), 100_00, { churned: 20_00 }),
    mrrRow(day(12), 150_00, { new: 50_00 }),
  ],
  "/v1/analytics/subscriptions": [growthRow(day(9), 8, 2), growthRow(day(10), 8, 2), growthRow(day(11), 5, 2), growthRow(day(12), 6, 1)],
  "/v1/analytics/retention": [
    retentionRow(day(9), 8, 1, 20_00),
    retentionRow(day(10), 7, 0, 20_00),
    retentionRow(day(11), 10, 1, 20_00),
    retentionRow(day(12), 9, 1, 25_00),
  ],
  "/v1/analytics/revenue": [revenueRow(day(11), 300_00), revenueRow(day(12), 200_00)],
};
const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);
const select = (root: ShadowRoot, id: string, value: string) => {
  const element = root.querySelector(`#${id}`) as HTMLSelectElement | HTMLInputElement;
  element.value = value;
  element.dispatchEvent(new Event("change"));
};

describe("<billing-admin-analytics>", () => {
  afterEach(() => history.replaceState(null, "", location.pathname));

  it("shows each card against the period of the same length before, from daily rows", async () => {
    const { page, metrics, requests } = await mountAnalytics(TWO_DAYS, rows);
    expect(metrics()).to.deep.equal([
      ["MRR", "$150.00", "▲ +25% vs previous 2 days"],
      ["Active subscriptions", "6", "▼ -25% vs previous 2 days"],
      ["New subscriptions", "3", "▼ -25% vs previous 2 days"],
      ["Churn rate", "20%", "▲ +60% vs previous 2 days"],
      ["Net revenue", "$500.00", "No earlier period to compare with"],
      ["ARPU", "$25.00", "▲ +25% vs previous 2 days"],
    ]);
    const cardQueries = requests("/v1/analytics/mrr")
      .map(queryOf)
      .filter((query) => query.interval === "day" && query.currency === "usd");
    expect(cardQueries.map((query) => [query.from, query.to])).to.include.deep.members([
      [String(day(11)), String(day(13))],
      [String(day(9)), String(day(11))],
    ]);
    await expect(page).to.be.accessible();
  });

  it("sends the address's range, interval and currency, and the pickers change both the address and the query", async () => {
    const { root, api, requests, settled } = await mountAnalytics(
      "?range=custom&from=2026-01-01&to=2026-01-31&interval=week&currency=usd",
      rows,
    );
    const revenue = requests("/v1/analytics/revenue").map(queryOf);
    expect(revenue).to.deep.include({
      from: String(Date.UTC(2026, 0, 1) / 1000),
      to: String(Date.UTC(2026, 1, 1) / 1000),
      interval: "week",
      currency: "usd",
    });
    expect(requests("/v1/analytics/cohorts").map(queryOf)[0]?.interval, "cohorts are by month").to.equal("month");
    expect(requests("/v1/analytics/usage").map(queryOf)[0]).to.deep.equal({
      from: String(Date.UTC(2026, 0, 1) / 1000),
      to: String(Date.UTC(2026, 1, 1) / 1000),
      interval: "week",
    });
    expect(
      api.requests.every((request) => request.headers.get("Accept") === "application/json" || request.url.includes("/v1/currencies")),
    ).to.equal(true);

    const sent = api.requests.length;
    const revenueSince = () =>
      api.requests.slice(sent).filter((r) => r.url.includes("/v1/analytics/revenue") && !r.url.includes("interval=day"));
    select(root, "pick-interval", "month");
    await waitUntil(() => revenueSince().length > 0 && settled(), "reloaded");
    expect(new URLSearchParams(location.search).get("interval")).to.equal("month");
    expect(revenueSince().map(queryOf)).to.deep.equal([
      { from: String(Date.UTC(2026, 0, 1) / 1000), to: String(Date.UTC(2026, 1, 1) / 1000), interval: "month", currency: "usd" },
    ]);

    select(root, "pick-range", "90d");
    await waitUntil(() => new URLSearchParams(location.search).get("range") === "90d" && settled(), "reloaded");
    const search = new URLSearchParams(location.search);
    expect([search.get("range"), search.get("from"), search.get("to"), search.get("interval")]).to.deep.equal(["90d", null, null, "month"]);
    const last = queryOf(requests("/v1/analytics/revenue").at(-1) as Request);
    expect(Number(last.to) - Number(last.from)).to.equal(90 * 86_400);
  });

  it("offers the currencies the organisation has data in, and sends the one picked", async () => {
    const { root, requests, settled } = await mountAnalytics(TWO_DAYS, {
      ...rows,
      "/v1/analytics/mrr": [...rows["/v1/analytics/mrr"], mrrRow(day(11), 40_00, {}, "eur")],
    });
    await waitUntil(() => root.querySelector("#pick-currency"), "the currency picker shows");
    const options = [...(root.querySelectorAll("#pick-currency option") as NodeListOf<HTMLOptionElement>)].map((o) => o.value);
    expect(options).to.deep.equal(["eur", "usd"]);
    select(root, "pick-currency", "eur");
    await waitUntil(() => queryOf(requests("/v1/analytics/revenue").at(-1) as Request).currency === "eur" && settled(), "reloaded");
    expect(new URLSearchParams(location.search).get("currency")).to.equal("eur");
    expect(queryOf(requests("/v1/analytics/revenue").at(-1) as Request).currency).to.equal("eur");
  });

  it("shows the currency with data when the organisation's default has none", async () => {
    const { root, requests } = await mountAnalytics(TWO_DAYS, { "/v1/analytics/mrr": [mrrRow(day(11), 40_00, {}, "eur")] });
    await waitUntil(() => new URLSearchParams(location.search).get("currency") === "eur", "switched to eur");
    await waitUntil(() => queryOf(requests("/v1/analytics/revenue").at(-1) as Request).currency === "eur", "the sections load in eur");
    expect(root.querySelector(".range-note")?.textContent).to.contain("EUR");
  });

  it("downloads a section as the CSV the API streams for Accept: text/csv, with the section's query", async () => {
    const { section, requests } = await mountAnalytics(TWO_DAYS, rows);
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      const button = section("Revenue").querySelector("button[aria-label='Download Revenue as CSV']") as HTMLButtonElement;
      button.click();
      await waitUntil(() => clicked.length === 1, "the file is downloaded");
      expect(clicked[0]).to.match(/^revenue-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = requests("/v1/analytics/revenue").find((request) => request.headers.get("Accept") === "text/csv") as Request;
      expect(queryOf(csv)).to.deep.equal({ from: String(day(11)), to: String(day(13)), interval: "day", currency: "usd" });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
  });

  it("says what will appear in each section before there is any data", async () => {
    const { section, sections, metrics } = await mountAnalytics(TWO_DAYS, {});
    expect(sections().length).to.equal(8);
    expect(section("MRR movements").querySelector(".empty")?.textContent).to.contain("Movements appear here once a customer pays");
    expect(section("Cohorts").querySelector(".empty")?.textContent).to.contain("first pay in a month");
    expect(section("Usage near limits").querySelector(".empty")?.textContent).to.contain("No customer is near a limit");
    expect(metrics()[0]).to.deep.equal(["MRR", "$0.00", "No earlier period to compare with"]);
  });

  it("shows a failing section's error with a retry, and the other sections still", async () => {
    let fail = true;
    const failing = () =>
      fail
        ? new Response(JSON.stringify(apiError(500, "api_error", "Revenue is unavailable.").body), { status: 500 })
        : new Response(JSON.stringify({ object: "analytics.revenue", data: [revenueRow(day(11), 300_00)] }), { status: 200 });
    const { section, settled } = await mountAnalytics(TWO_DAYS, rows, { "GET /v1/analytics/revenue": failing });
    const alert = section("Revenue").querySelector("[role=alert]");
    expect(alert?.textContent).to.contain("Revenue could not be loaded.");
    expect(alert?.textContent).to.contain("Revenue is unavailable.");
    expect(section("MRR movements").querySelector("billing-admin-chart")).to.not.equal(null);
    fail = false;
    (section("Revenue").querySelector("[role=alert] button") as HTMLButtonElement).click();
    await waitUntil(() => section("Revenue").querySelector("billing-admin-chart") && settled(), "loaded on retry");
    expect(section("Revenue").querySelector(".summary")?.textContent).to.contain("$300.00");
  });

  it("shows the cards' error with a retry of the cards alone, while the sections still load", async () => {
    let fail = true;
    const daily = (request: Request) => {
      const query = new URL(request.url).searchParams;
      if (fail && query.get("interval") === "day")
        return new Response(JSON.stringify(apiError(500, "api_error", "Figures are unavailable.").body), { status: 500 });
      const data = rows["/v1/analytics/subscriptions"].filter(
        (row) => row.period_start >= Number(query.get("from")) && row.period_start < Number(query.get("to")),
      );
      return new Response(JSON.stringify({ object: "analytics.subscriptions", data }), { status: 200 });
    };
    const weekly = TWO_DAYS.replace("interval=day", "interval=week");
    const { root, metrics, section, api } = await mountAnalytics(weekly, rows, { "GET /v1/analytics/subscriptions": daily });
    expect(metrics().map(([, value]) => value)).to.deep.equal(Array(6).fill("Figures are unavailable."));
    expect(section("Growth").querySelector("billing-admin-chart"), "the weekly section is not the cards").to.not.equal(null);
    const sent = api.requests.length;
    fail = false;
    (root.querySelector(".metrics + p button") as HTMLButtonElement).click();
    await waitUntil(() => metrics()[1]?.[1] === "6", "the cards loaded on retry");
    const again = api.requests.slice(sent).map((request) => new URL(request.url).searchParams.get("interval"));
    expect(
      again.every((interval) => interval === "day"),
      "only the cards' daily rows were asked again",
    ).to.equal(true);
  });

  it("refuses a custom range that ends before it starts, under the field, and sends nothing", async () => {
    const { root, api } = await mountAnalytics("?range=custom&from=2026-03-01&to=2026-02-01", rows);
    expect(root.querySelector("#range-error")?.textContent).to.equal("The start date must be on or before the end date.");
    expect(root.querySelector("#pick-from")?.getAttribute("aria-invalid")).to.equal("true");
    expect(root.querySelector("#pick-from")?.getAttribute("aria-describedby")).to.equal("range-error");
    expect(api.requests.length, "no request for an impossible range").to.equal(0);
    expect(root.querySelectorAll("billing-admin-analytics-section").length).to.equal(0);

    select(root, "pick-from", "2026-01-15");
    await waitUntil(() => api.requests.length > 0, "a valid range loads");
    expect(new URLSearchParams(location.search).get("from")).to.equal("2026-01-15");
    expect(root.querySelector("#range-error")).to.equal(null);
    const sent = api.requests.length;
    select(root, "pick-to", "2026-01-01");
    await waitUntil(() => root.querySelector("#range-error"), "the error shows");
    expect(api.requests.length).to.equal(sent);
  });
});
