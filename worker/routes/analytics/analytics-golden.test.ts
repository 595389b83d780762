import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invoice, payment, refund, subscriptionWithHistory, type Tenant, unique, usage } from "../../test/analytics-fixtures";
import { adminSql, api, call, newApiKey, newOrganization } from "../../test/fixtures";

/**
 * Golden figures on a small fixture, every expected number worked out by hand from
 * docs/analytics.md (the worked example there is this fixture). Months of 2026 in UTC, January to
 * June; amounts in cents. The other organisation and the live mode hold rows of their own that
 * would change every figure if they leaked in.
 *
 * usd customers (MRR per month from the mirror's rule):
 *   Z  5,000 monthly since 2025-12-01 (the opening MRR)
 *   F  5,000 monthly from 01-05; past_due 03-05, recovered 03-08 (MRR unchanged)
 *   G  5,000 monthly from 01-08; canceled 03-20; a new subscription 9,000 monthly 05-03 (reactivation)
 *   A  yearly 120,000 from 01-10 → 10,000
 *   B  quarterly 24,000 / 3 months from 01-15 → 8,000; upgraded 03-10 to yearly 120,000 → 10,000
 *   C  9,000 monthly from 01-20; downgraded 02-12 to 5,000
 *   D  trial of a 5,000 plan from 02-01, paying 02-15 (converts)
 *   E  trial of a 9,000 plan from 02-05, canceled 03-03 (does not convert)
 *   H  9,000 monthly with 20 % off forever from 04-02 → 7,200
 * eur: I 4,000 monthly from 02-10, canceled 05-15.
 */
const admin = adminSql();
afterAll(() => admin.end());

const FROM = 1_767_225_600; // 2026-01-01
const TO = 1_782_864_000; // 2026-07-01
const MONTHS = [1_767_225_600, 1_769_904_000, 1_772_323_200, 1_775_001_600, 1_777_593_600, 1_780_272_000];
const RANGE = `from=${FROM}&to=${TO}&interval=month`;

let key: string;
let liveKey: string;
let tenant: Tenant;
const usageCustomers = { u1: unique("cus"), u2: unique("cus"), u3: unique("cus"), u4: unique("cus"), u6: unique("cus") };
let featureId: string;

const MONTHLY_5000 = [5_000, "month", 1] as const;
const MONTHLY_9000 = [9_000, "month", 1] as const;

async function buildFixture(t: Tenant) {
  const sub = (customer: string, currency: string, states: Parameters<typeof subscriptionWithHistory>[4]) =>
    subscriptionWithHistory(admin, t, customer, currency, states);
  await sub("cus_Z", "usd", [{ at: "2025-12-01T00:00:00Z", status: "active", plan: [...MONTHLY_5000] }]);
  await sub("cus_F", "usd", [
    { at: "2026-01-05T00:00:00Z", status: "active", plan: [...MONTHLY_5000] },
    { at: "2026-03-05T00:00:00Z", status: "past_due", plan: [...MONTHLY_5000] },
    { at: "2026-03-08T00:00:00Z", status: "active", plan: [...MONTHLY_5000] },
  ]);
  await sub("cus_G", "usd", [
    { at: "2026-01-08T00:00:00Z", status: "active", plan: [...MONTHLY_5000] },
    { at: "2026-03-20T00:00:00Z", status: "canceled", plan: [...MONTHLY_5000] },
  ]);
  await sub("cus_G", "usd", [{ at: "2026-05-03T00:00:00Z", status: "active", plan: [...MONTHLY_9000] }]);
  await sub("cus_A", "usd", [{ at: "2026-01-10T00:00:00Z", status: "active", plan: [120_000, "year", 1] }]);
  await sub("cus_B", "usd", [
    { at: "2026-01-15T00:00:00Z", status: "active", plan: [24_000, "month", 3] },
    { at: "2026-03-10T00:00:00Z", status: "active", plan: [120_000, "year", 1] },
  ]);
  await sub("cus_C", "usd", [
    { at: "2026-01-20T00:00:00Z", status: "active", plan: [...MONTHLY_9000] },
    { at: "2026-02-12T00:00:00Z", status: "active", plan: [...MONTHLY_5000] },
  ]);
  await sub("cus_D", "usd", [
    { at: "2026-02-01T00:00:00Z", status: "trialing", plan: [...MONTHLY_5000] },
    { at: "2026-02-15T00:00:00Z", status: "active", plan: [...MONTHLY_5000] },
  ]);
  await sub("cus_E", "usd", [
    { at: "2026-02-05T00:00:00Z", status: "trialing", plan: [...MONTHLY_9000] },
    { at: "2026-03-03T00:00:00Z", status: "canceled", plan: [...MONTHLY_9000] },
  ]);
  await sub("cus_H", "usd", [{ at: "2026-04-02T00:00:00Z", status: "active", plan: [...MONTHLY_9000], percentOff: 20 }]);
  await sub("cus_I", "eur", [
    { at: "2026-02-10T00:00:00Z", status: "active", plan: [4_000, "month", 1] },
    { at: "2026-05-15T00:00:00Z", status: "canceled", plan: [4_000, "month", 1] },
  ]);

  // Payments (fee: 0.5 % + 30, rounded half up), refunds and failed invoices.
  await payment(admin, t, { paidAt: "2026-01-10T00:01:00Z", currency: "usd", gross: 120_000, fee: 630 });
  await payment(admin, t, { paidAt: "2026-01-20T00:01:00Z", currency: "usd", gross: 9_000, fee: 75 });
  await payment(admin, t, { paidAt: "2026-02-20T00:00:00Z", currency: "usd", gross: 5_000, fee: 55 });
  const proration = await payment(admin, t, { paidAt: "2026-03-10T00:01:00Z", currency: "usd", gross: 100_000, fee: 530 });
  await payment(admin, t, {
    paidAt: "2026-03-08T00:00:00Z",
    created: "2026-03-05T00:00:00Z",
    currency: "usd",
    gross: 5_000,
    fee: 55,
    failedBefore: true,
  });
  const overage = await payment(admin, t, { paidAt: "2026-04-02T00:01:00Z", currency: "usd", gross: 9_000, fee: 75 });
  const oneTime = await payment(admin, t, { paidAt: "2026-04-10T00:00:00Z", currency: "usd", gross: 2_500, fee: 43, oneTime: true });
  await refund(admin, t, oneTime, { at: "2026-04-20T00:00:00Z", amount: 2_500, currency: "usd", status: "succeeded", feeReturned: 43 });
  await refund(admin, t, overage, { at: "2026-04-25T00:00:00Z", amount: 1_000, currency: "usd", status: "pending" });
  await refund(admin, t, proration, { at: "2026-05-05T00:00:00Z", amount: 1_000, currency: "usd", status: "succeeded", feeReturned: 5 });
  await invoice(admin, t, {
    created: "2026-03-15T00:00:00Z",
    currency: "usd",
    amountDue: 5_000,
    status: "uncollectible",
    paymentFailed: true,
  });
  await payment(admin, t, { paidAt: "2026-02-10T00:01:00Z", currency: "eur", gross: 4_000, fee: 50 });
  await payment(admin, t, { paidAt: null, created: "2026-03-10T00:01:00Z", currency: "eur", gross: 4_000, fee: 50 });
  await invoice(admin, t, { created: "2026-05-01T00:00:00Z", currency: "eur", amountDue: 4_000, status: "open", paymentFailed: true });
}

/** Rows that would change every figure if they leaked: another organisation, and the live mode of this one. */
async function buildNoise(t: Tenant) {
  await subscriptionWithHistory(admin, t, "cus_Z", "usd", [{ at: "2026-01-03T00:00:00Z", status: "active", plan: [99_900, "month", 1] }]);
  await payment(admin, t, { paidAt: "2026-01-03T00:01:00Z", currency: "usd", gross: 77_700, fee: 419 });
  await invoice(admin, t, { created: "2026-03-01T00:00:00Z", currency: "usd", amountDue: 99_900, status: "open", paymentFailed: true });
  await usage(admin, t, "api_calls", [{ customer: unique("cus"), periodStart: "2026-05-01T00:00:00Z", used: 5_000, quota: 10 }]);
}

beforeAll(async () => {
  const { orgId } = await newOrganization("Analytics Golden Co");
  tenant = { orgId, livemode: false };
  key = (await newApiKey(admin, orgId)).key;
  liveKey = (await newApiKey(admin, orgId, { livemode: true })).key;
  await buildFixture(tenant);
  featureId = await usage(admin, tenant, "api_calls", [
    { customer: usageCustomers.u1, periodStart: "2026-04-01T00:00:00Z", used: 300 },
    { customer: usageCustomers.u1, periodStart: "2026-05-01T00:00:00Z", used: 850, quota: 1_000 },
    { customer: usageCustomers.u2, periodStart: "2026-05-01T00:00:00Z", used: 1_200, quota: 1_000 },
    { customer: usageCustomers.u3, periodStart: "2026-05-01T00:00:00Z", used: 100, quota: 1_000 },
    { customer: usageCustomers.u4, periodStart: "2026-05-01T00:00:00Z", used: 800, quota: 1_000 },
    { customer: usageCustomers.u6, periodStart: "2026-05-01T00:00:00Z", used: 5, quota: 0 },
  ]);
  await buildNoise({ orgId, livemode: true });
  await buildNoise({ orgId: (await newOrganization("Analytics Other Co")).orgId, livemode: false });
});

type Row = Record<string, number | string | null>;
async function rows(route: string, query = RANGE, auth = key) {
  const response = await api<{ object: string; from: number; to: number; data: Row[] }>(`/v1/analytics/${route}?${query}`, { auth });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}
/** The rows of one currency as arrays of `fields`, one per month. */
const table = (data: Row[], currency: string, fields: string[]) =>
  data.filter((row) => row.currency === currency).map((row) => fields.map((field) => row[field]));

describe("analytics golden figures (docs/analytics.md, worked example)", () => {
  it("MRR: opening, movements per customer, ARR and the trial pipeline", async () => {
    const body = await rows("mrr");
    expect(body).toMatchObject({ object: "analytics.mrr", from: FROM, to: TO, interval: "month", currency: null });
    expect(body.data.map((row) => row.period_start)).toEqual([...MONTHS, ...MONTHS]);
    const fields = ["mrr_start", "new", "expansion", "contraction", "churned", "reactivation", "net_new_mrr", "mrr", "arr"];
    expect(table(body.data, "usd", [...fields, "trialing_subscriptions", "trial_pipeline_mrr"])).toEqual([
      [5_000, 37_000, 0, 0, 0, 0, 37_000, 42_000, 504_000, 0, 0],
      [42_000, 5_000, 0, 4_000, 0, 0, 1_000, 43_000, 516_000, 1, 9_000],
      [43_000, 0, 2_000, 0, 5_000, 0, -3_000, 40_000, 480_000, 0, 0],
      [40_000, 7_200, 0, 0, 0, 0, 7_200, 47_200, 566_400, 0, 0],
      [47_200, 0, 0, 0, 0, 9_000, 9_000, 56_200, 674_400, 0, 0],
      [56_200, 0, 0, 0, 0, 0, 0, 56_200, 674_400, 0, 0],
    ]);
    expect(table(body.data, "eur", fields)).toEqual([
      [0, 0, 0, 0, 0, 0, 0, 0, 0],
      [0, 4_000, 0, 0, 0, 0, 4_000, 4_000, 48_000],
      [4_000, 0, 0, 0, 0, 0, 0, 4_000, 48_000],
      [4_000, 0, 0, 0, 0, 0, 0, 4_000, 48_000],
      [4_000, 0, 0, 0, 4_000, 0, -4_000, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it("weeks are ISO weeks from Monday and days UTC days, widened to whole periods", async () => {
    // 2026-03-01 is a Sunday: its week starts Monday 02-23; to = Monday 03-16 ends the third week.
    const [feb23, mar2, mar9, mar16] = [1_771_804_800, 1_772_409_600, 1_773_014_400, 1_773_619_200];
    const weekly = await rows("mrr", `from=${MONTHS[2]}&to=${mar16}&interval=week&currency=usd`);
    expect([weekly.from, weekly.to]).toEqual([feb23, mar16]);
    const fields = ["period_start", "mrr_start", "expansion", "mrr", "trialing_subscriptions", "trial_pipeline_mrr"];
    expect(table(weekly.data, "usd", fields)).toEqual([
      [feb23, 43_000, 0, 43_000, 1, 9_000],
      [mar2, 43_000, 0, 43_000, 0, 0], // E's trial ends 03-03; F's failed payment (03-05 to 03-08) moves no MRR
      [mar9, 43_000, 2_000, 45_000, 0, 0], // B's upgrade on 03-10
    ]);
    // A change at midnight belongs to the day it starts; `to` in the middle of a day still ends that whole day.
    const daily = await rows("mrr", `from=${mar9 + 3_600}&to=${mar9 + 86_400 + 60}&interval=day&currency=usd`);
    expect(table(daily.data, "usd", ["period_start", "mrr"])).toEqual([
      [mar9, 43_000],
      [mar9 + 86_400, 45_000],
    ]);
  });

  it("subscription growth: started, ended, net, active, trialing and paying customers", async () => {
    const fields = [
      "new_subscriptions",
      "churned_subscriptions",
      "net_subscriptions",
      "active_subscriptions",
      "trialing_subscriptions",
      "active_customers",
    ];
    const { data } = await rows("subscriptions");
    expect(table(data, "usd", fields)).toEqual([
      [5, 0, 5, 6, 0, 6],
      [2, 0, 2, 7, 1, 7],
      [0, 2, -2, 6, 0, 6],
      [1, 0, 1, 7, 0, 7],
      [1, 0, 1, 8, 0, 8],
      [0, 0, 0, 8, 0, 8],
    ]);
    expect(table(data, "eur", fields)).toEqual([
      [0, 0, 0, 0, 0, 0],
      [1, 0, 1, 1, 0, 1],
      [0, 0, 0, 1, 0, 1],
      [0, 0, 0, 1, 0, 1],
      [0, 1, -1, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
  });

  it("retention: ARPU, logo and revenue churn, NRR, LTV and trial conversion", async () => {
    const fields = [
      "active_customers_start",
      "active_customers",
      "churned_customers",
      "mrr_start",
      "mrr",
      "arpu",
      "logo_churn_rate",
      "revenue_churn_rate",
      "net_revenue_retention",
      "ltv",
      "trials_ended",
      "trials_converted",
      "trial_conversion_rate",
    ];
    const { data } = await rows("retention");
    expect(table(data, "usd", fields)).toEqual([
      [1, 6, 0, 5_000, 42_000, 7_000, 0, 0, 1, null, 0, 0, null],
      [6, 7, 0, 42_000, 43_000, 6_143, 0, 0.0952, 0.9048, 64_502, 1, 1, 1],
      [7, 6, 1, 43_000, 40_000, 6_667, 0.1429, 0.1163, 0.9302, 57_336, 1, 0, 0],
      [6, 7, 0, 40_000, 47_200, 6_743, 0, 0, 1, null, 0, 0, null],
      [7, 8, 0, 47_200, 56_200, 7_025, 0, 0, 1, null, 0, 0, null],
      [8, 8, 0, 56_200, 56_200, 7_025, 0, 0, 1, null, 0, 0, null],
    ]);
    expect(table(data, "eur", fields)).toEqual([
      [0, 0, 0, 0, 0, null, null, null, null, null, 0, 0, null],
      [0, 1, 0, 0, 4_000, 4_000, null, null, null, null, 0, 0, null],
      [1, 1, 0, 4_000, 4_000, 4_000, 0, 0, 1, null, 0, 0, null],
      [1, 1, 0, 4_000, 4_000, 4_000, 0, 0, 1, null, 0, 0, null],
      [1, 0, 1, 4_000, 0, null, 1, 1, 0, null, 0, 0, null],
      [0, 0, 0, 0, 0, null, null, null, null, null, 0, 0, null],
    ]);
    // LTV needs a monthly churn rate: weekly periods give none.
    const weekly = await rows("retention", `from=${MONTHS[2]}&to=${MONTHS[3]}&interval=week&currency=usd`);
    expect(weekly.data.every((row) => row.ltv === null)).toBe(true);
  });

  it("revenue: every payment when paid, refunds when made, fees net of those returned", async () => {
    const fields = ["payments", "gross", "subscription_gross", "one_time_gross", "refunds", "net", "billingos_fees", "net_after_fees"];
    const { data } = await rows("revenue");
    expect(table(data, "usd", fields)).toEqual([
      [2, 129_000, 129_000, 0, 0, 129_000, 705, 128_295],
      [1, 5_000, 5_000, 0, 0, 5_000, 55, 4_945],
      [2, 105_000, 105_000, 0, 0, 105_000, 580, 104_420],
      [2, 11_500, 9_000, 2_500, 2_500, 9_000, 75, 8_925],
      [0, 0, 0, 0, 1_000, -1_000, 0, -1_000],
      [0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(table(data, "eur", fields)).toEqual([
      [0, 0, 0, 0, 0, 0, 0, 0],
      [1, 4_000, 4_000, 0, 0, 4_000, 50, 3_950],
      [1, 4_000, 4_000, 0, 0, 4_000, 50, 3_950],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it("failed-payment recovery: failed invoices by creation month, recovered ones and their amount", async () => {
    const fields = [
      "failed_invoices",
      "failed_amount",
      "recovered_invoices",
      "recovered_amount",
      "open_invoices",
      "lost_invoices",
      "recovery_rate",
    ];
    const { data } = await rows("recovery");
    const none = [0, 0, 0, 0, 0, 0, null];
    expect(table(data, "usd", fields)).toEqual([none, none, [2, 10_000, 1, 5_000, 0, 1, 0.5], none, none, none]);
    expect(table(data, "eur", fields)).toEqual([none, none, none, none, [1, 4_000, 0, 0, 1, 0, 0], none]);
  });

  it("cohorts: by first paid month, logo and revenue retention at each month's end", async () => {
    const { data } = await rows("cohorts", `from=${FROM}&to=${TO}`);
    const fields = [
      "currency",
      "cohort",
      "months_since",
      "customers",
      "retained_customers",
      "logo_retention",
      "initial_mrr",
      "retained_mrr",
      "revenue_retention",
    ];
    const [jan, feb, apr] = [MONTHS[0], MONTHS[1], MONTHS[3]];
    expect(data.map((row) => fields.map((field) => row[field]))).toEqual([
      ["eur", feb, 0, 1, 1, 1, 4_000, 4_000, 1],
      ["eur", feb, 1, 1, 1, 1, 4_000, 4_000, 1],
      ["eur", feb, 2, 1, 1, 1, 4_000, 4_000, 1],
      ["eur", feb, 3, 1, 0, 0, 4_000, 0, 0],
      ["eur", feb, 4, 1, 0, 0, 4_000, 0, 0],
      ["usd", jan, 0, 5, 5, 1, 37_000, 37_000, 1],
      ["usd", jan, 1, 5, 5, 1, 37_000, 33_000, 0.8919],
      ["usd", jan, 2, 5, 4, 0.8, 37_000, 30_000, 0.8108],
      ["usd", jan, 3, 5, 4, 0.8, 37_000, 30_000, 0.8108],
      ["usd", jan, 4, 5, 5, 1, 37_000, 39_000, 1.0541],
      ["usd", jan, 5, 5, 5, 1, 37_000, 39_000, 1.0541],
      ["usd", feb, 0, 1, 1, 1, 5_000, 5_000, 1],
      ["usd", feb, 1, 1, 1, 1, 5_000, 5_000, 1],
      ["usd", feb, 2, 1, 1, 1, 5_000, 5_000, 1],
      ["usd", feb, 3, 1, 1, 1, 5_000, 5_000, 1],
      ["usd", feb, 4, 1, 1, 1, 5_000, 5_000, 1],
      ["usd", apr, 0, 1, 1, 1, 7_200, 7_200, 1],
      ["usd", apr, 1, 1, 1, 1, 7_200, 7_200, 1],
      ["usd", apr, 2, 1, 1, 1, 7_200, 7_200, 1],
    ]);
  });

  it("usage: totals per feature and period; customers at 80 % or over their limits, fullest first", async () => {
    const { data } = await rows("usage", `from=${FROM}&to=${TO}`);
    expect(data.map((row) => [row.feature, row.period_start, row.total, row.customers])).toEqual(
      MONTHS.map((month, index) => [featureId, month, [0, 0, 0, 300, 2_955, 0][index], [0, 0, 0, 1, 5, 0][index]]),
    );
    const limits = await api<{ data: Row[]; has_more: boolean }>("/v1/analytics/usage/limits", { auth: key });
    expect(limits.body.data.map((row) => [row.customer, row.used, row.limit, row.usage_ratio, row.state])).toEqual([
      [usageCustomers.u6, 5, 0, null, "over"],
      [usageCustomers.u2, 1_200, 1_000, 1.2, "over"],
      [usageCustomers.u1, 850, 1_000, 0.85, "near"],
      [usageCustomers.u4, 800, 1_000, 0.8, "near"],
    ]);
    expect(limits.body.has_more).toBe(false);
    const first = await api<{ data: Row[]; has_more: boolean }>("/v1/analytics/usage/limits?limit=1", { auth: key });
    expect([first.body.data.length, first.body.has_more]).toEqual([1, true]);
  });
});

describe("analytics tenancy and mode", () => {
  it("the live mode of the same organisation sees its own rows only, on every route", async () => {
    const q = `${RANGE}&currency=usd`;
    const pick = async (route: string, field: string, query = q) => (await rows(route, query, liveKey)).data.map((row) => row[field]);
    expect(await pick("mrr", "mrr")).toEqual(Array(6).fill(99_900));
    expect(await pick("subscriptions", "active_subscriptions")).toEqual(Array(6).fill(1));
    expect(await pick("retention", "arpu")).toEqual(Array(6).fill(99_900));
    expect(await pick("revenue", "gross")).toEqual([77_700, 0, 0, 0, 0, 0]);
    expect(await pick("recovery", "failed_invoices")).toEqual([0, 0, 1, 0, 0, 0]);
    expect(await pick("cohorts", "retained_mrr", `from=${FROM}&to=${TO}&currency=usd`)).toEqual(Array(6).fill(99_900));
    expect(await pick("usage", "total", `from=${FROM}&to=${TO}`)).toEqual([0, 0, 0, 0, 5_000, 0]);
    const limits = await api<{ data: Row[] }>("/v1/analytics/usage/limits", { auth: liveKey });
    expect(limits.body.data.map((row) => [row.used, row.limit, row.state])).toEqual([[5_000, 10, "over"]]);
  });

  it("a merchant user reads them in the organisation named by the header, and is refused another's", async () => {
    const { orgId, owner } = await newOrganization("Analytics Viewer Co");
    const own = await api<{ data: Row[] }>(`/v1/analytics/mrr?${RANGE}`, { auth: owner.token, org: orgId });
    expect([own.status, own.body.data]).toEqual([200, []]);
    const other = await api<{ error: { code: string } }>(`/v1/analytics/mrr?${RANGE}`, { auth: owner.token, org: tenant.orgId });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("organization_not_found");
  });
});

describe("analytics as CSV", () => {
  it("streams the same rows with a header, times in ISO 8601, empty cells for null", async () => {
    const response = await call(`/v1/analytics/retention?${RANGE}&currency=eur`, {
      headers: { Authorization: `Bearer ${key}`, Accept: "text/csv" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="analytics-retention.csv"');
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toBe(
      "period_start,period_end,currency,currency_exponent,active_customers_start,active_customers,churned_customers,mrr_start,mrr,arpu," +
        "logo_churn_rate,revenue_churn_rate,net_revenue_retention,ltv,trials_ended,trials_converted,trial_conversion_rate",
    );
    expect(lines.slice(1)).toEqual([
      "2026-01-01T00:00:00.000Z,2026-02-01T00:00:00.000Z,eur,2,0,0,0,0,0,,,,,,0,0,",
      "2026-02-01T00:00:00.000Z,2026-03-01T00:00:00.000Z,eur,2,0,1,0,0,4000,4000,,,,,0,0,",
      "2026-03-01T00:00:00.000Z,2026-04-01T00:00:00.000Z,eur,2,1,1,0,4000,4000,4000,0,0,1,,0,0,",
      "2026-04-01T00:00:00.000Z,2026-05-01T00:00:00.000Z,eur,2,1,1,0,4000,4000,4000,0,0,1,,0,0,",
      "2026-05-01T00:00:00.000Z,2026-06-01T00:00:00.000Z,eur,2,1,0,1,4000,0,,1,1,0,,0,0,",
      "2026-06-01T00:00:00.000Z,2026-07-01T00:00:00.000Z,eur,2,0,0,0,0,0,,,,,,0,0,",
      "",
    ]);
  });

  it("answers CSV on every route, header first", async () => {
    for (const route of ["mrr", "subscriptions", "revenue", "recovery", "cohorts", "usage", "usage/limits"]) {
      const response = await call(`/v1/analytics/${route}${route === "usage/limits" ? "" : `?from=${FROM}&to=${TO}`}`, {
        headers: { Authorization: `Bearer ${key}`, Accept: "text/csv" },
      });
      const text = await response.text();
      expect(response.status, route).toBe(200);
      expect(text.split("\r\n")[0], route).toMatch(/^[a-z_]+(,[a-z_]+)+$/);
      expect(text.split("\r\n").length, route).toBeGreaterThan(2);
    }
  });
});

describe("analytics freshness", () => {
  it("shows a change in the next answer (no cache): a cancellation is churn at once", async () => {
    const before = await rows("mrr", `${RANGE}&currency=usd`);
    expect(before.data.at(-1)).toMatchObject({ churned: 0, mrr: 56_200 });
    await subscriptionWithHistory(admin, tenant, "cus_K", "usd", [
      { at: "2026-06-02T00:00:00Z", status: "active", plan: [3_000, "week", 1] },
      { at: "2026-06-20T00:00:00Z", status: "canceled", plan: [3_000, "week", 1] },
    ]);
    // 3,000 a week × 52 / 12 = 13,000 a month: new and churned in June, MRR unchanged.
    const after = await rows("mrr", `${RANGE}&currency=usd`);
    expect(after.data.at(-1)).toMatchObject({ new: 13_000, churned: 13_000, mrr: 56_200 });
  });
});
