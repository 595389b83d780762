import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { check, createFeatures, type Features, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { checkedOut, clockedCustomer } from "../../test/money-path-fixtures";
import { subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let features: Features;

beforeAll(async () => {
  org = await billingOrganization("Trial Entitlements Co");
  features = await createFeatures(org);
});
afterAll(() => admin.end());

const reasonOf = async (customer: string, feature: string) => (await check(org, { customer, feature })).body.reason;
const statusOf = async (id: string) => ((await admin`select status from subscriptions where id = ${id}`)[0] as { status: string }).status;

describe("entitlements through a trial (checkout on a test clock)", () => {
  const grants = () => [
    { feature: features.sso, value: true as const },
    { feature: features.calls, value: 100 },
  ];

  it("start with the trial and stay when it converts into a paid subscription, with a new usage period", async () => {
    const plan = await planWith(org, grants(), 2000, { trial_period_days: 14 });
    const { customer, billAt } = await clockedCustomer(org);
    expect(await reasonOf(customer.id, "sso")).toBe("no_subscription");
    const session = await checkedOut(org, customer.id, plan.id, "pm_card_visa");
    const subscription = await org.stripe.subscriptions.retrieve(session.subscription as string, {}, org.on);
    expect(subscription.status).toBe("trialing");
    expect(await statusOf(subscription.id)).toBe("trialing");
    expect(await reasonOf(customer.id, "sso")).toBe("granted");
    const during = await check(org, { customer: customer.id, feature: "calls", required: 40, consume: true });
    expect(during.body).toMatchObject({ allowed: true, used: 40, limit: 100, resets_at: subscription.trial_end });

    await billAt(subscription.trial_end as number);
    expect(await statusOf(subscription.id)).toBe("active");
    expect(await reasonOf(customer.id, "sso")).toBe("granted");
    const after = await check(org, { customer: customer.id, feature: "calls" });
    expect(after.body).toMatchObject({ allowed: true, used: 0, limit: 100 });
    expect(after.body.resets_at).toBeGreaterThan(subscription.trial_end as number);
  });

  it("start with a trial that needs no card, and end when it ends without one (Stripe cancels it)", async () => {
    const plan = await planWith(org, grants(), 2000, { trial_period_days: 7, trial_requires_payment_method: false });
    const { customer, advanceTo } = await clockedCustomer(org);
    const session = await checkedOut(org, customer.id, plan.id);
    const subscription = await org.stripe.subscriptions.retrieve(session.subscription as string, {}, org.on);
    expect(subscription.status).toBe("trialing");
    expect(await reasonOf(customer.id, "sso")).toBe("granted");
    expect((await check(org, { customer: customer.id, feature: "calls" })).body).toMatchObject({ allowed: true, limit: 100 });

    await advanceTo((subscription.trial_end as number) + 60);
    expect(await statusOf(subscription.id)).toBe("canceled");
    expect(await admin`select feature_id from entitlements where customer_id = ${customer.id}`).toEqual([]);
    expect(await reasonOf(customer.id, "sso")).toBe("no_subscription");
    expect((await check(org, { customer: customer.id, feature: "calls" })).body).toMatchObject({ allowed: false, limit: null });
  });
});

describe("entitlements through a subscriber migration", () => {
  it("keep the bought version's grants until the subscriber is migrated, then follow the new version at once", async () => {
    const plan = await planWith(org, [{ feature: features.calls, value: 100 }]);
    const { customer, subscription } = await subscribedCustomer(org, { price: plan });
    // Changing a subscribed product forks version 2 (more calls, and sso); subscribers keep version 1.
    const raised = await org.as(`/v1/products/${plan.product}/grants/${features.calls}`, { body: { value: 500 } });
    expect(raised.status).toBe(200);
    expect((await org.as(`/v1/products/${plan.product}/grants`, { body: { feature: features.sso, value: true } })).status).toBe(201);
    expect((await check(org, { customer: customer.id, feature: "calls" })).body.limit).toBe(100);
    expect(await reasonOf(customer.id, "sso")).toBe("not_in_plan");

    const migrated = await org.as<{ migrated: Array<{ subscription: string }> }>(`/v1/products/${plan.product}/migrate_subscribers`, {
      body: { timing: "now" },
    });
    expect(migrated.status).toBe(200);
    expect(migrated.body.migrated.map((row) => row.subscription)).toEqual([subscription.id]);
    // In the migration's own request, before any webhook arrives.
    expect((await check(org, { customer: customer.id, feature: "calls" })).body.limit).toBe(500);
    expect(await reasonOf(customer.id, "sso")).toBe("granted");
    await org.deliverEvents();
    expect((await check(org, { customer: customer.id, feature: "calls" })).body.limit).toBe(500);
  });
});
