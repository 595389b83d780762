import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { check, createFeatures, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { checkedOut, clockedCustomer } from "../../test/money-path-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let plan: Awaited<ReturnType<typeof planWith>>;

beforeAll(async () => {
  org = await billingOrganization("Renewal Usage Co");
  const features = await createFeatures(org);
  plan = await planWith(org, [{ feature: features.calls, value: 100 }]);
});
afterAll(async () => {
  await admin.end();
});

describe("usage periods", () => {
  it("start again when the subscription renews on its test clock, and keep the past period's total", async () => {
    const { customer, billAt } = await clockedCustomer(org);
    await checkedOut(org, customer.id, plan.id);
    const first = await check(org, { customer: customer.id, feature: "calls", required: 30, consume: true });
    expect(first.body).toMatchObject({ allowed: true, used: 30, balance: 70 });
    const periodEnd = first.body.resets_at as number;

    await billAt(periodEnd);
    const renewed = await check(org, { customer: customer.id, feature: "calls" });
    expect(renewed.body).toMatchObject({ allowed: true, used: 0, balance: 100 });
    expect(renewed.body.resets_at).toBeGreaterThan(periodEnd);
    const next = await check(org, { customer: customer.id, feature: "calls", required: 5, consume: true });
    expect(next.body.used).toBe(5);

    const usage = await org.as<{ data: Array<{ used: number; current: boolean; period_start: number }> }>(
      `/v1/customers/${customer.id}/usage`,
    );
    expect(usage.body.data.map(({ used, current }) => ({ used, current }))).toEqual([
      { used: 5, current: true },
      { used: 30, current: false },
    ]);
    expect(usage.body.data[0]?.period_start).toBe(periodEnd);
  });
});
