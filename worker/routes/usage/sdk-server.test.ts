import { exports } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entitlementsClient } from "../../../sdk/server/entitlements";
import { usageTracker } from "../../../sdk/server/usage";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { createFeatures, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let customer: string;
const apiBase = "http://billingos.test";
const worker: typeof fetch = (input, init) => exports.default.fetch(new Request(input as string, init));
const unreachable: typeof fetch = async () => {
  throw new TypeError("fetch failed");
};

beforeAll(async () => {
  org = await billingOrganization("SDK Server Co");
  const features = await createFeatures(org);
  customer = (await subscribedCustomer(org, { price: await planWith(org, [{ feature: features.calls, value: 100 }]) })).customer.id;
});
afterAll(() => admin.end());

describe("sdk/server helpers against the API", () => {
  it("check() answers and consumes; fail-open and fail-closed decide when BillingOS is unreachable", async () => {
    const billing = entitlementsClient({ secretKey: org.secretKey, apiBase, fetch: worker });
    expect(await billing.check({ customer, feature: "calls", required: 2, consume: true })).toMatchObject({ allowed: true, used: 2 });
    const closed = entitlementsClient({ secretKey: org.secretKey, apiBase, fetch: unreachable });
    expect(await closed.check({ customer, feature: "calls" })).toMatchObject({ allowed: false, reason: "unavailable" });
    const open = entitlementsClient({ secretKey: org.secretKey, apiBase, fetch: unreachable, onError: "open" });
    expect(await open.check({ customer, feature: "calls" })).toMatchObject({ allowed: true, reason: "unavailable" });
    await expect(billing.check({ customer, feature: "Bad Key" })).rejects.toMatchObject({ status: 400, param: "feature" });
    const state = await billing.customerState(customer);
    expect(state.entitlements[0]).toMatchObject({ feature: "calls", used: 2 });
    expect(await billing.customerState(customer)).toEqual(state);
  });

  it("track() batches in memory and retries a lost response with the same ids: each event counts once", async () => {
    let lost = 1;
    // The first batch reaches BillingOS but its answer is lost on the way back.
    const flaky: typeof fetch = async (input, init) => {
      const response = await worker(input, init);
      if (lost-- > 0) throw new TypeError("connection reset");
      return response;
    };
    const usage = usageTracker({ secretKey: org.secretKey, apiBase, fetch: flaky, flushIntervalMs: 60_000, retryDelayMs: 1 });
    const id = usage.track({ customer, feature: "calls", value: 5 });
    usage.track({ id, customer, feature: "calls", value: 5 });
    usage.track({ customer, feature: "calls", value: 1 });
    expect(usage.pending).toBe(3);
    await usage.flush();
    expect(usage.pending).toBe(0);
    const [row] = await admin`select count(*)::int as events from usage_events where customer_id = ${customer} and id not like 'consume_%'`;
    expect(row?.events).toBe(2);
    const check = await entitlementsClient({ secretKey: org.secretKey, apiBase, fetch: worker }).check({ customer, feature: "calls" });
    expect(check.used).toBe(2 + 5 + 1);
  });
});
