import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { check, createFeatures, type Features, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { sessionFor, subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let other: BillingOrganization;
let features: Features;
let subscriber: string;
let plan: Awaited<ReturnType<typeof planWith>>;

const usageRows = async (customer: string) => {
  const [row] = await admin`select (select count(*)::int from usage_events where customer_id = ${customer}) as events,
                                   (select coalesce(sum(used), 0)::float8 from usage_counters where customer_id = ${customer}) as used`;
  return row as { events: number; used: number };
};

beforeAll(async () => {
  [org, other] = await Promise.all([billingOrganization("Entitlements Co"), billingOrganization("Entitlements Other")]);
  features = await createFeatures(org);
  await createFeatures(other);
  plan = await planWith(org, [
    { feature: features.sso, value: true },
    { feature: features.calls, value: 100 },
    { feature: features.seats, value: 5 },
  ]);
  subscriber = (await subscribedCustomer(org, { price: plan })).customer.id;
});
afterAll(async () => {
  await admin.end();
});

describe("POST /v1/entitlements/check", () => {
  it("answers from the subscribed plan: boolean, quota and cap", async () => {
    const sso = await check(org, { customer: subscriber, feature: "sso" });
    expect(sso.status).toBe(200);
    expect(sso.body).toMatchObject({
      allowed: true,
      reason: "granted",
      type: "boolean",
      limit: null,
      unlimited: false,
      customer: subscriber,
    });
    const calls = await check(org, { customer: subscriber, feature: "calls", required: 10 });
    expect(calls.body).toMatchObject({ allowed: true, reason: "granted", type: "metered", limit: 100, used: 0, balance: 100, overage: 0 });
    expect(calls.body.resets_at).toBeGreaterThan(Date.now() / 1000);
    const seats = await check(org, { customer: subscriber, feature: "seats", required: 6 });
    expect(seats.body).toMatchObject({ allowed: false, reason: "limit_reached", type: "limit", limit: 5 });
  });

  it("names why it refuses: unknown customer or feature, no subscription, not in plan", async () => {
    expect((await check(org, { customer: "cus_nobody", feature: "sso" })).body).toMatchObject({
      allowed: false,
      reason: "customer_unknown",
    });
    expect((await check(org, { customer: subscriber, feature: "nope" })).body).toMatchObject({ allowed: false, reason: "feature_unknown" });
    const loner = await org.newCustomer();
    expect((await check(org, { customer: loner.id, feature: "sso" })).body).toMatchObject({ allowed: false, reason: "no_subscription" });
    const bare = await subscribedCustomer(org, { price: await planWith(org, [{ feature: features.calls, value: 10 }]) });
    expect((await check(org, { customer: bare.customer.id, feature: "sso" })).body).toMatchObject({
      allowed: false,
      reason: "not_in_plan",
    });
  });

  it("finds the customer by external_id too", async () => {
    await org.as(`/v1/customers/${subscriber}`, { body: { external_id: "user-42" } });
    expect((await check(org, { customer: "user-42", feature: "sso" })).body).toMatchObject({ allowed: true, customer: subscriber });
  });

  it("lets exactly one of fifty concurrent consumes take the last unit, and counts nothing twice", async () => {
    const { customer } = await subscribedCustomer(org, { price: plan });
    const first = await check(org, { customer: customer.id, feature: "calls", required: 99, consume: true });
    expect(first.body).toMatchObject({ allowed: true, used: 99, balance: 1 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => check(org, { customer: customer.id, feature: "calls", required: 1, consume: true })),
    );
    expect(results.map((r) => r.status).every((s) => s === 200)).toBe(true);
    const allowed = results.filter((r) => r.body.allowed);
    expect(allowed).toHaveLength(1);
    expect(allowed[0]?.body).toMatchObject({ used: 100, balance: 0, reason: "granted" });
    expect(results.filter((r) => !r.body.allowed).every((r) => r.body.reason === "limit_reached")).toBe(true);
    expect(await usageRows(customer.id)).toEqual({ events: 2, used: 100 });
  });

  it("treats unlimited as unlimited, never as zero", async () => {
    const { customer } = await subscribedCustomer(org, { price: await planWith(org, [{ feature: features.calls, value: "unlimited" }]) });
    const response = await check(org, { customer: customer.id, feature: "calls", required: 1_000_000, consume: true });
    expect(response.body).toMatchObject({
      allowed: true,
      reason: "unlimited",
      unlimited: true,
      limit: null,
      balance: null,
      used: 1_000_000,
    });
  });

  it("accepts usage past a quota with overage prices and reports the overage", async () => {
    const priced = await planWith(org, [{ feature: features.calls, value: 2, overage_unit_amounts: { usd: 5 } }]);
    const { customer } = await subscribedCustomer(org, { price: priced });
    const response = await check(org, { customer: customer.id, feature: "calls", required: 3, consume: true });
    expect(response.body).toMatchObject({ allowed: true, reason: "overage", used: 3, balance: 0, overage: 1 });
  });

  it.each([
    [{ feature: "calls", required: -1 }, "required"],
    [{ feature: "calls", required: "1" }, "required"],
    [{ feature: "calls", required: null }, "required"],
    [{ feature: "calls", consume: "yes" }, "consume"],
    [{ feature: "Not A Key" }, "feature"],
    [{ feature: "calls", extra: 1 }, "extra"],
    [{ required: 1 }, "feature"],
  ])("refuses %j with a 400 on %s and counts nothing", async (body, param) => {
    const before = await usageRows(subscriber);
    const response = await check(org, { customer: subscriber, consume: true, ...body });
    expect(response.status).toBe(400);
    expect(response.body.error.param).toBe(param);
    expect(await usageRows(subscriber)).toEqual(before);
  });

  it("refuses to consume a boolean feature (400 on consume), and the customer is required for a key", async () => {
    const bool = await check(org, { customer: subscriber, feature: "sso", consume: true });
    expect(bool.status).toBe(400);
    expect(bool.body.error.param).toBe("consume");
    const missing = await check(org, { feature: "sso" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.param).toBe("customer");
  });

  it("keeps organisations apart: another org's customer is unknown, and its own customer sees its own features", async () => {
    expect((await check(other, { customer: subscriber, feature: "sso" })).body).toMatchObject({
      reason: "customer_unknown",
      customer: null,
    });
    const theirs = await other.newCustomer();
    expect((await check(org, { customer: theirs.id, feature: "calls" })).body).toMatchObject({ reason: "customer_unknown" });
  });

  it("lets a customer session check itself only, and not consume", async () => {
    const session = await sessionFor(org, subscriber);
    const own = await check(org, { feature: "sso" }, session);
    expect(own.body).toMatchObject({ allowed: true, customer: subscriber });
    const loner = await org.newCustomer();
    const another = await check(org, { customer: loner.id, feature: "sso" }, session);
    expect(another.status).toBe(404);
    expect(another.body.error.param).toBe("customer");
    const before = await usageRows(subscriber);
    const consume = await check(org, { feature: "calls", consume: true }, session);
    expect(consume.status).toBe(403);
    expect(await usageRows(subscriber)).toEqual(before);
  });

  it("serves the customer state to its session with an ETag and expires_at, 304 while unchanged", async () => {
    const session = await sessionFor(org, subscriber);
    const first = await org.as<{
      entitlements: Array<{ feature: string; unit_label: string | null }>;
      subscriptions: unknown[];
      expires_at: number;
    }>("/v1/customer_state", { auth: session });
    expect(first.status).toBe(200);
    expect(first.body.entitlements.map((e) => e.feature)).toEqual(["calls", "seats", "sso"]);
    // The usage meter shows the metered feature's unit as the merchant named it.
    expect(first.body.entitlements.map((e) => e.unit_label)).toEqual(["call", null, null]);
    // Each subscription names our product and whether it is paused: a pricing table marks the current plan from
    // this document, and a meter tells a paused plan from one without the feature.
    expect(first.body.subscriptions).toEqual([
      {
        id: expect.stringMatching(/^sub_/),
        status: "active",
        price: plan.stripe_id,
        current_period_end: expect.any(Number),
        cancel_at_period_end: false,
        paused: false,
        product: plan.product,
        currency: "usd",
      },
    ]);
    expect(Math.abs(first.body.expires_at - (Date.now() / 1000 + 60))).toBeLessThan(5);
    const etag = first.headers.get("ETag") as string;
    expect(etag).toMatch(/^".+"$/);
    const unchanged = await org.as("/v1/customer_state", { auth: session, headers: { "If-None-Match": etag } });
    expect(unchanged.status).toBe(304);
    await check(org, { customer: subscriber, feature: "calls", consume: true });
    const changed = await org.as("/v1/customer_state", { auth: session, headers: { "If-None-Match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
    const loner = await org.newCustomer();
    expect((await org.as(`/v1/customer_state?customer=${loner.id}`, { auth: session })).status).toBe(404);
    expect((await org.as("/v1/customer_state")).body.error.param).toBe("customer");
    expect((await org.as(`/v1/customer_state?customer=${subscriber}`)).status).toBe(200);
  });
});
