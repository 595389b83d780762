import { expect } from "@open-wc/testing";
import { change, type GrowthRow, type MrrRow, type RetentionRow, type RevenueRow } from "../shared/figures";
import { analyticsCards, type CardRows } from "./analytics-figures";
import { previousRange, rangeError, rangeOf, viewFromQuery, viewToQuery } from "./analytics-range";

const day = (n: number) => Date.UTC(2026, 10, n) / 1000;
const base = (start: number) => ({ period_start: start, period_end: start + 86_400, currency: "usd", currency_exponent: 2 });
const mrr = (start: number, value: number) => ({ ...base(start), mrr: value }) as MrrRow;
const growth = (start: number, active: number, started: number) =>
  ({ ...base(start), active_subscriptions: active, new_subscriptions: started }) as GrowthRow;
const retention = (start: number, payingAtStart: number, churned: number, arpu: number | null) =>
  ({ ...base(start), active_customers_start: payingAtStart, churned_customers: churned, arpu }) as RetentionRow;
const revenue = (start: number, net: number) => ({ ...base(start), net }) as RevenueRow;
const none: CardRows = { mrr: [], growth: [], retention: [], revenue: [] };

describe("Analytics' cards", () => {
  it("takes states at the end of each range, totals over it, and churn over the customers paying at its start", () => {
    const current: CardRows = {
      // Out of order on purpose: the end is the latest period, not the last row.
      mrr: [mrr(day(12), 150_00), mrr(day(11), 100_00)],
      growth: [growth(day(11), 5, 2), growth(day(12), 6, 1)],
      retention: [retention(day(11), 10, 1, 20_00), retention(day(12), 9, 1, 25_00)],
      revenue: [revenue(day(11), 300_00), revenue(day(12), 200_00)],
    };
    const previous: CardRows = {
      mrr: [mrr(day(9), 90_00), mrr(day(10), 120_00)],
      growth: [growth(day(9), 8, 2), growth(day(10), 8, 2)],
      retention: [retention(day(9), 8, 1, 20_00), retention(day(10), 7, 0, 20_00)],
      revenue: [],
    };
    const cards = analyticsCards(current, previous);
    expect(cards.mrr).to.deep.equal({ value: 150_00, previous: 120_00 });
    expect(change(cards.mrr)).to.equal(0.25);
    expect(cards.activeSubscriptions).to.deep.equal({ value: 6, previous: 8 });
    expect(change(cards.activeSubscriptions)).to.equal(-0.25);
    expect(cards.newSubscriptions).to.deep.equal({ value: 3, previous: 4 });
    expect(cards.churn, "2 of the 10 paying on the first day; 1 of 8 before").to.deep.equal({ value: 0.2, previous: 0.125 });
    expect(change(cards.churn)).to.be.closeTo(0.6, 1e-9);
    expect(cards.netRevenue, "no revenue rows before: nothing to compare with").to.deep.equal({ value: 500_00, previous: undefined });
    expect(change(cards.netRevenue)).to.equal(undefined);
    expect(cards.arpu).to.deep.equal({ value: 25_00, previous: 20_00 });
  });

  it("starts at zero without data, with no churn rate when nobody was paying", () => {
    const cards = analyticsCards({ ...none, retention: [retention(day(1), 0, 0, null)] }, none);
    expect(cards.mrr).to.deep.equal({ value: 0, previous: undefined });
    expect(cards.churn).to.deep.equal({ value: null, previous: undefined });
    expect(cards.arpu).to.deep.equal({ value: null, previous: undefined });
    expect(change({ value: 0, previous: 0 })).to.equal(0);
    expect(change({ value: 5, previous: 0 }), "no base to divide by").to.equal(undefined);
  });
});

describe("Analytics' range", () => {
  const now = new Date(Date.UTC(2026, 11, 2, 10, 30)); // 2 Dec 2026
  const tomorrow = Date.UTC(2026, 11, 3) / 1000;

  it("turns each preset into whole UTC days that end with today, and the period before of the same length", () => {
    const view = (range: string) => viewFromQuery(new URLSearchParams({ range }));
    expect(rangeOf(view("30d"), now)).to.deep.equal({ from: Date.UTC(2026, 10, 3) / 1000, to: tomorrow, interval: "day" });
    expect(rangeOf(view("90d"), now)).to.deep.equal({ from: Date.UTC(2026, 8, 4) / 1000, to: tomorrow, interval: "week" });
    expect(rangeOf(view("12m"), now)).to.deep.equal({ from: Date.UTC(2025, 11, 3) / 1000, to: tomorrow, interval: "month" });
    expect(rangeOf(view("ytd"), now)).to.deep.equal({ from: Date.UTC(2026, 0, 1) / 1000, to: tomorrow, interval: "month" });
    const custom = viewFromQuery(new URLSearchParams("range=custom&from=2026-01-01&to=2026-01-31&interval=week"));
    const range = rangeOf(custom, now);
    expect(range).to.deep.equal({ from: Date.UTC(2026, 0, 1) / 1000, to: Date.UTC(2026, 1, 1) / 1000, interval: "week" });
    expect(previousRange(range as NonNullable<typeof range>)).to.deep.equal({
      from: Date.UTC(2025, 11, 1) / 1000,
      to: Date.UTC(2026, 0, 1) / 1000,
      interval: "week",
    });
  });

  it("reads and writes the address, ignoring what it does not know", () => {
    const view = viewFromQuery(new URLSearchParams("range=custom&from=2026-02-01&to=nope&interval=hour&currency=EUR"));
    expect(view).to.deep.equal({ preset: "custom", from: "2026-02-01", to: "", interval: undefined, currency: undefined });
    expect(viewFromQuery(new URLSearchParams("")).preset).to.equal("12m");
    expect(viewToQuery({ preset: "12m", from: "", to: "", interval: "week", currency: "eur" })).to.deep.equal({
      range: undefined,
      from: undefined,
      to: undefined,
      interval: "week",
      currency: "eur",
    });
  });

  it("refuses a custom range that ends before it starts, or is longer than the API allows", () => {
    const custom = (from: string, to: string) => viewFromQuery(new URLSearchParams({ range: "custom", from, to }));
    expect(rangeError(custom("2026-03-01", "2026-02-01"))).to.deep.equal({
      field: "from",
      message: "The start date must be on or before the end date.",
    });
    expect(rangeOf(custom("2026-03-01", "2026-02-01"), now)).to.equal(undefined);
    expect(rangeError(custom("2020-01-01", "2026-01-01"))?.field).to.equal("to");
    expect(rangeError(custom("2026-02-01", "2026-02-01")), "one day is a range").to.equal(undefined);
  });
});
