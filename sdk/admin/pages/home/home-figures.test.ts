import { expect } from "@open-wc/testing";
import { type AnalyticsAnswers, homeFigures, monthStart } from "./home-figures";

const now = new Date(Date.UTC(2026, 11, 2, 10)); // 2 Dec 2026
const nov = Date.UTC(2026, 10, 1) / 1000;
const dec = Date.UTC(2026, 11, 1) / 1000;
const base = (start: number, currency = "usd", exponent = 2) => ({
  period_start: start,
  period_end: start + 86_400 * 30,
  currency,
  currency_exponent: exponent,
});
const mrrRow = (start: number, mrr: number, currency = "usd", exponent = 2) => ({
  ...base(start, currency, exponent),
  mrr_start: 0,
  new: 0,
  expansion: 0,
  contraction: 0,
  churned: 0,
  reactivation: 0,
  net_new_mrr: 0,
  mrr,
  arr: mrr * 12,
  trialing_subscriptions: 0,
  trial_pipeline_mrr: 0,
});
const growthRow = (start: number, active: number, currency = "usd") => ({
  ...base(start, currency),
  new_subscriptions: 0,
  churned_subscriptions: 0,
  net_subscriptions: 0,
  active_subscriptions: active,
  trialing_subscriptions: 0,
  active_customers: active,
});
const retentionRow = (start: number, churn: number | null, currency = "usd") => ({
  ...base(start, currency),
  active_customers_start: 0,
  active_customers: 0,
  churned_customers: 0,
  mrr_start: 0,
  mrr: 0,
  arpu: null,
  logo_churn_rate: churn,
  revenue_churn_rate: null,
  net_revenue_retention: null,
  ltv: null,
  trials_ended: 0,
  trials_converted: 0,
  trial_conversion_rate: null,
});
const cohortRow = (cohort: number, monthsSince: number, customers: number, currency = "usd") => ({
  cohort,
  currency,
  currency_exponent: 2,
  months_since: monthsSince,
  customers,
  retained_customers: customers,
  logo_retention: 1,
  initial_mrr: 0,
  retained_mrr: 0,
  revenue_retention: 1,
});

describe("Home's figures", () => {
  it("takes this month against last month in the organisation's currency, never adding currencies up", () => {
    const answers: AnalyticsAnswers = {
      mrr: [mrrRow(nov, 100_00), mrrRow(dec, 125_00), mrrRow(nov, 5_000, "jpy", 0), mrrRow(dec, 9_000, "jpy", 0)],
      growth: [growthRow(nov, 3), growthRow(dec, 4), growthRow(dec, 1, "jpy")],
      retention: [retentionRow(nov, 0.1), retentionRow(dec, 0.05), retentionRow(dec, 0.5, "jpy")],
      cohorts: [cohortRow(nov, 0, 2), cohortRow(nov, 1, 2), cohortRow(dec, 0, 1), cohortRow(dec, 0, 1, "jpy")],
    };
    const figures = homeFigures(answers, "usd", now, 2);
    expect(figures.currency).to.equal("usd");
    expect(figures.mrr).to.deep.equal({ value: 125_00, previous: 100_00 });
    expect(figures.activeSubscriptions, "subscriptions are counted over every currency").to.deep.equal({ value: 5, previous: 3 });
    expect(figures.newCustomers, "first payers of this month (months_since 0), every currency").to.deep.equal({ value: 2, previous: 2 });
    expect(figures.churn).to.deep.equal({ value: 0.05, previous: 0.1 });
    expect(figures.otherCurrencies).to.deep.equal([{ currency: "jpy", exponent: 0, mrr: 9_000 }]);
    expect(figures.months).to.have.length(12);
    expect(figures.months[11]).to.equal(dec);
    expect(figures.months[0]).to.equal(monthStart(now, -11));
    expect(figures.mrrByMonth.slice(-2)).to.deep.equal([100_00, 125_00]);
    expect(figures.mrrByMonth.slice(0, 10).every((value) => value === 0)).to.equal(true);
  });

  it("speaks the currency with the most MRR when the default one has none", () => {
    const figures = homeFigures(
      { mrr: [mrrRow(dec, 10, "eur"), mrrRow(dec, 90, "gbp")], growth: [], retention: [], cohorts: [] },
      "usd",
      now,
      2,
    );
    expect(figures.currency).to.equal("gbp");
    expect(figures.mrr).to.deep.equal({ value: 90, previous: undefined });
  });

  it("starts at zero in the default currency before any revenue, with nothing to compare with", () => {
    const figures = homeFigures({ mrr: [], growth: [], retention: [], cohorts: [] }, "kwd", now, 3);
    expect([figures.currency, figures.exponent]).to.deep.equal(["kwd", 3]);
    expect(figures.mrr).to.deep.equal({ value: 0, previous: undefined });
    expect(figures.churn).to.deep.equal({ value: null, previous: undefined });
    expect(figures.newCustomers).to.deep.equal({ value: 0, previous: 0 });
  });
});
