import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { sweepStaleEntitlements } from "../../domain/entitlements/sweep";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { check, createFeatures, type Features, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { sessionFor, subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let features: Features;
let basic: Awaited<ReturnType<typeof planWith>>;
let pro: Awaited<ReturnType<typeof planWith>>;

const reasonOf = async (customer: string, feature: string) => (await check(org, { customer, feature })).body.reason;

beforeAll(async () => {
  org = await billingOrganization("Lifecycle Co");
  features = await createFeatures(org);
  basic = await planWith(org, [{ feature: features.calls, value: 100 }], 1000);
  pro = await planWith(org, [
    { feature: features.calls, value: 1000 },
    { feature: features.sso, value: true },
  ]);
});
afterAll(async () => {
  await admin.end();
});

describe("entitlements follow the subscription", () => {
  it("follows an upgrade made now: the new plan's grants replace the old ones in the same request", async () => {
    const { customer, subscription } = await subscribedCustomer(org, { price: basic });
    expect(await reasonOf(customer.id, "sso")).toBe("not_in_plan");
    const changed = await org.as(`/v1/subscriptions/${subscription.id}/change`, { body: { price: pro.id, timing: "now" } });
    expect(changed.status).toBe(200);
    expect(await reasonOf(customer.id, "sso")).toBe("granted");
    expect((await check(org, { customer: customer.id, feature: "calls" })).body.limit).toBe(1000);
  });

  it("keeps the current plan's grants while a downgrade waits for the period end", async () => {
    const { customer, subscription } = await subscribedCustomer(org, { price: pro });
    const changed = await org.as(`/v1/subscriptions/${subscription.id}/change`, { body: { price: basic.id, timing: "period_end" } });
    expect(changed.status).toBe(200);
    await org.deliverEvents();
    expect(await reasonOf(customer.id, "sso")).toBe("granted");
  });

  it("ends at once on cancel now, and not before the period end on cancel at period end", async () => {
    const later = await subscribedCustomer(org, { price: pro });
    await org.as(`/v1/subscriptions/${later.subscription.id}/cancel`, { body: { at_period_end: true } });
    expect(await reasonOf(later.customer.id, "sso")).toBe("granted");
    const now = await subscribedCustomer(org, { price: pro });
    const canceled = await org.as(`/v1/subscriptions/${now.subscription.id}/cancel`, { body: { at_period_end: false } });
    expect(canceled.status).toBe(200);
    expect(await reasonOf(now.customer.id, "sso")).toBe("no_subscription");
  });

  it("ends on pause unless the merchant lets paused subscriptions keep access, and comes back on resume", async () => {
    const { customer, subscription } = await subscribedCustomer(org, { price: pro });
    expect((await org.as(`/v1/subscriptions/${subscription.id}/pause`, { body: {} })).status).toBe(200);
    expect(await reasonOf(customer.id, "sso")).toBe("no_subscription");
    await org.as("/v1/billing_settings", { body: { paused_keeps_access: true } });
    expect(await reasonOf(customer.id, "sso")).toBe("granted");
    await org.as("/v1/billing_settings", { body: { paused_keeps_access: false } });
    expect(await reasonOf(customer.id, "sso")).toBe("no_subscription");
    expect((await org.as(`/v1/subscriptions/${subscription.id}/resume`, { method: "POST" })).status).toBe(200);
    expect(await reasonOf(customer.id, "sso")).toBe("granted");
  });

  it("keeps a past_due subscription's grants through the grace period (reason grace_period), then ends them, and the cron notices", async () => {
    const { customer, subscription } = await subscribedCustomer(org, { price: pro });
    // Stripe's failed renewal, as the mirror records it: past_due since a day ago (grace: 7 days).
    await admin`update subscriptions set status = 'past_due', past_due_since = now() - interval '1 day' where id = ${subscription.id}`;
    await admin`update entitlement_states set valid_until = now() where customer_id = ${customer.id}`;
    expect(await reasonOf(customer.id, "sso")).toBe("grace_period");
    const [state] = await admin<{ valid_until: Date }[]>`select valid_until from entitlement_states where customer_id = ${customer.id}`;
    expect(Math.abs((state as { valid_until: Date }).valid_until.getTime() - (Date.now() + 6 * 86_400_000))).toBeLessThan(60_000);
    // Eight days behind: the grace has ended by time alone; the sweep derives again without a request.
    await admin`update subscriptions set past_due_since = now() - interval '8 days' where id = ${subscription.id}`;
    await admin`update entitlement_states set valid_until = now() - interval '1 second' where customer_id = ${customer.id}`;
    const sql = connect(env.HYPERDRIVE.connectionString);
    expect(await sweepStaleEntitlements(sql)).toBeGreaterThanOrEqual(1);
    await sql.end();
    const [row] = await admin`select count(*)::int as n from entitlements where customer_id = ${customer.id}`;
    expect(row?.n).toBe(0);
    expect(await reasonOf(customer.id, "sso")).toBe("no_subscription");
  });
});

describe("manual grants and overrides", () => {
  it("grants a feature to a customer without a subscription, lists it, and removes it", async () => {
    const loner = await org.newCustomer();
    const created = await org.as<{ id: string; value: unknown; effect: string }>(`/v1/customers/${loner.id}/grants`, {
      body: { feature: "calls", value: 50, reason: "Beta tester" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ value: 50, effect: "add", feature: "calls", reason: "Beta tester" });
    expect((await check(org, { customer: loner.id, feature: "calls" })).body).toMatchObject({ allowed: true, limit: 50 });
    const listed = await org.as<{ data: Array<{ feature: string; value: unknown; sources: unknown[] }> }>(
      `/v1/customers/${loner.id}/entitlements`,
    );
    expect(listed.body.data).toEqual([
      expect.objectContaining({ feature: "calls", value: 50, sources: [{ type: "grant", id: created.body.id, value: 50 }] }),
    ]);
    const removed = await org.as(`/v1/customers/${loner.id}/grants/${created.body.id}`, { method: "DELETE" });
    expect(removed.status).toBe(200);
    expect(await reasonOf(loner.id, "calls")).toBe("no_subscription");
  });

  it("adds a grant to the plan's quota (sum), and ends it at its expiry", async () => {
    const { customer } = await subscribedCustomer(org, { price: basic });
    const expiresAt = Math.floor(Date.now() / 1000) + 2;
    await org.as(`/v1/customers/${customer.id}/grants`, { body: { feature: "calls", value: 25, expires_at: expiresAt } });
    expect((await check(org, { customer: customer.id, feature: "calls" })).body.limit).toBe(125);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await check(org, { customer: customer.id, feature: "calls" })).body.limit).toBe(100);
  });

  it("overrides the plan's value only while a plan grants the feature", async () => {
    const { customer } = await subscribedCustomer(org, { price: basic });
    await org.as(`/v1/customers/${customer.id}/grants`, { body: { feature: "calls", value: "unlimited", effect: "override" } });
    expect((await check(org, { customer: customer.id, feature: "calls" })).body).toMatchObject({ unlimited: true, reason: "unlimited" });
    const loner = await org.newCustomer();
    await org.as(`/v1/customers/${loner.id}/grants`, { body: { feature: "calls", value: 10, effect: "override" } });
    expect(await reasonOf(loner.id, "calls")).toBe("no_subscription");
  });

  it.each([
    [{ feature: "calls", value: -1 }, "value"],
    [{ feature: "calls", value: true }, "value"],
    [{ feature: "sso", value: 5 }, "value"],
    [{ feature: "nope", value: 1 }, "feature"],
    [{ feature: "calls", value: 1, expires_at: 1 }, "expires_at"],
    [{ feature: "calls", value: 1, effect: "replace" }, "effect"],
  ])("refuses %j with a 400 on %s and grants nothing", async (body, param) => {
    const loner = await org.newCustomer();
    const response = await org.as(`/v1/customers/${loner.id}/grants`, { body });
    expect(response.status).toBe(400);
    expect(response.body.error.param).toBe(param);
    const [row] = await admin`select count(*)::int as n from customer_grants where customer_id = ${loner.id}`;
    expect(row?.n).toBe(0);
  });

  it("answers 404 for another organisation's customer, and scopes a customer session to itself", async () => {
    const other = await billingOrganization("Lifecycle Other");
    const theirs = await other.newCustomer();
    expect((await org.as(`/v1/customers/${theirs.id}/grants`, { body: { feature: "calls", value: 1 } })).status).toBe(404);
    expect((await org.as(`/v1/customers/${theirs.id}/entitlements`)).status).toBe(404);
    const [row] = await admin`select count(*)::int as n from customer_grants where customer_id = ${theirs.id}`;
    expect(row?.n).toBe(0);
    const mine = await org.newCustomer();
    const session = await sessionFor(org, mine.id);
    expect((await org.as(`/v1/customers/${mine.id}/entitlements`, { auth: session })).status).toBe(200);
    const neighbour = await org.newCustomer();
    expect((await org.as(`/v1/customers/${neighbour.id}/entitlements`, { auth: session })).status).toBe(404);
  });
});
