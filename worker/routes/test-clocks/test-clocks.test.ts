import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql, api, newApiKey } from "../../test/fixtures";
import { stripeEventCount } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let other: BillingOrganization;
beforeAll(async () => {
  [org, other] = await Promise.all([billingOrganization("Clock Co"), billingOrganization("Other Clock Co")]);
});
afterAll(() => admin.end());

interface Clock {
  id: string;
  object: string;
  frozen_time: number;
  status: string;
  name: string | null;
}
const customerCount = async (orgId: string) =>
  (await admin<{ n: number }[]>`select count(*)::int as n from customers where org_id = ${orgId}`)[0]?.n;

describe("test clocks", () => {
  it("creates, reads and advances a clock on the org's connected account", async () => {
    const start = Math.floor(Date.now() / 1000) - 60;
    const created = await org.as<Clock>("/v1/test_clocks", { body: { frozen_time: start, name: "Renewals" } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^clock_/),
      object: "test_clock",
      frozen_time: start,
      status: "ready",
      name: "Renewals",
    });
    const onStripe = await org.stripe.testHelpers.testClocks.retrieve(created.body.id, {}, org.on);
    expect(onStripe.frozen_time).toBe(start);

    const read = await org.as<Clock>(`/v1/test_clocks/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    const advanced = await org.as<Clock>(`/v1/test_clocks/${created.body.id}/advance`, { body: { frozen_time: start + 86_400 } });
    expect(advanced.status).toBe(200);
    expect(advanced.body.id).toBe(created.body.id);
    expect((await org.stripe.testHelpers.testClocks.retrieve(created.body.id, {}, org.on)).frozen_time).toBe(start + 86_400);
    expect((await org.as<Clock>(`/v1/test_clocks/${created.body.id}`)).body).toMatchObject({
      frozen_time: start + 86_400,
      status: "ready",
    });
  });

  it("defaults frozen_time to now", async () => {
    const before = Math.floor(Date.now() / 1000);
    const created = await org.as<Clock>("/v1/test_clocks", { body: {} });
    expect(created.status).toBe(201);
    expect(created.body.frozen_time).toBeGreaterThanOrEqual(before);
    expect(created.body.name).toBeNull();
  });

  it("puts a customer created through the API on the clock", async () => {
    const clock = (await org.as<Clock>("/v1/test_clocks", { body: {} })).body;
    const customer = await org.as<{ id: string; stripe_customer_id: string }>("/v1/customers", {
      body: { email: "clocked@customer.test", test_clock: clock.id },
    });
    expect(customer.status).toBe(201);
    const mirrored = await org.stripe.customers.retrieve(customer.body.stripe_customer_id, {}, org.on);
    expect(mirrored).toMatchObject({ test_clock: clock.id, metadata: { billingos_customer: customer.body.id } });
  });

  it("answers another organisation's clock as missing", async () => {
    const theirs = (await other.as<Clock>("/v1/test_clocks", { body: {} })).body;
    const read = await org.as<Clock>(`/v1/test_clocks/${theirs.id}`);
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe("resource_missing");
    const before = await stripeEventCount(other);
    const advance = await org.as(`/v1/test_clocks/${theirs.id}/advance`, { body: { frozen_time: theirs.frozen_time + 3600 } });
    expect(advance.status).toBe(404);
    expect(await stripeEventCount(other)).toBe(before);
    expect((await other.stripe.testHelpers.testClocks.retrieve(theirs.id, {}, other.on)).frozen_time).toBe(theirs.frozen_time);
  });

  it("refuses bad input with 400 on its param: nothing written, nothing sent to Stripe", async () => {
    const clock = (await org.as<Clock>("/v1/test_clocks", { body: {} })).body;
    const theirs = (await other.as<Clock>("/v1/test_clocks", { body: {} })).body;
    const cases: Array<[string, unknown, string]> = [
      ["/v1/test_clocks", { frozen_time: "soon" }, "frozen_time"],
      ["/v1/test_clocks", { frozen_time: -5 }, "frozen_time"],
      ["/v1/test_clocks", { name: "" }, "name"],
      ["/v1/test_clocks", { color: "red" }, ""],
      [`/v1/test_clocks/${clock.id}/advance`, {}, "frozen_time"],
      [`/v1/test_clocks/${clock.id}/advance`, { frozen_time: clock.frozen_time }, "frozen_time"],
      [`/v1/test_clocks/${clock.id}/advance`, { frozen_time: clock.frozen_time - 60 }, "frozen_time"],
      [`/v1/test_clocks/${clock.id}/advance`, { frozen_time: 1.5 }, "frozen_time"],
      ["/v1/customers", { email: "a@customer.test", test_clock: theirs.id }, "test_clock"],
      ["/v1/customers", { email: "a@customer.test", test_clock: "clock_missing" }, "test_clock"],
      ["/v1/customers", { email: "a@customer.test", test_clock: 7 }, "test_clock"],
    ];
    const before = { events: await stripeEventCount(org), customers: await customerCount(org.orgId) };
    for (const [path, body, param] of cases) {
      const response = await org.as(path, { body });
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      if (param) expect(response.body.error.param, `${path} ${JSON.stringify(body)}`).toBe(param);
    }
    expect({ events: await stripeEventCount(org), customers: await customerCount(org.orgId) }).toEqual(before);
    expect((await org.stripe.testHelpers.testClocks.retrieve(clock.id, {}, org.on)).frozen_time).toBe(clock.frozen_time);
  });

  it("refuses live mode with livemode_not_supported", async () => {
    const live = (await newApiKey(admin, org.orgId, { livemode: true })).key;
    const created = await api<{ error: { code: string; message: string; param?: string } }>("/v1/test_clocks", { auth: live, body: {} });
    expect(created.status).toBe(400);
    expect(created.body.error.code).toBe("livemode_not_supported");
    expect(created.body.error.message).toMatch(/test mode/);
    const before = await customerCount(org.orgId);
    const customer = await api<{ error: { code: string; param?: string } }>("/v1/customers", {
      auth: live,
      body: { email: "live@customer.test", test_clock: "clock_123" },
    });
    expect(customer.status).toBe(400);
    expect(customer.body.error).toMatchObject({ code: "livemode_not_supported", param: "test_clock" });
    expect(await customerCount(org.orgId)).toBe(before);
  });
});
