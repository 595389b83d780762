import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { createFeatures, type Features, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let features: Features & { requests: string };

type Batch = { accepted: number; duplicate: number; rejected: number; data: Array<{ id: string; status: string }> };

const stored = async (who: string) => {
  const [row] = await admin`select (select count(*)::int from usage_events where customer_id = ${who}) as events,
                                   (select coalesce(sum(used), 0)::float8 from usage_counters where customer_id = ${who}) as used`;
  return row as { events: number; used: number };
};

beforeAll(async () => {
  org = await billingOrganization("Usage Batch Race Co");
  const base = await createFeatures(org);
  const requests = await org.as<{ id: string }>("/v1/features", { body: { key: "requests", name: "Requests", type: "metered" } });
  features = { ...base, requests: requests.body.id };
});
afterAll(async () => {
  await admin.end();
});

describe("POST /v1/usage/batch, concurrently", () => {
  // Before the set-based batch, batches that re-sent each other's ids in another order deadlocked in
  // Postgres (each held its own new ids and waited on the other's) and one of them answered 500.
  it("answers 200 to batches that share ids in opposite orders, and counts each id once", async () => {
    // An unlimited feature (the set-based path) and a quota (a hard limit: the per-event path).
    const plan = await planWith(org, [
      { feature: features.requests, value: "unlimited" },
      { feature: features.calls, value: 1_000_000 },
    ]);
    const { customer } = await subscribedCustomer(org, { price: plan });
    const rounds = 4;
    const size = 60;
    let sentUnique = 0;
    for (let round = 0; round < rounds; round++) {
      const ids = Array.from({ length: size }, (_, i) => `evt-race-${round}-${i}-${crypto.randomUUID()}`);
      const event = (id: string, i: number) => ({ id, customer: customer.id, feature: i % 2 ? "calls" : "requests", value: 2 });
      const forward = ids.map((id, i) => event(id, i));
      const backward = [...forward].reverse();
      // Every pair of batches overlaps on all ids, half of them in the opposite order.
      const bodies = [forward, backward, forward, backward];
      const responses = await Promise.all(bodies.map((events) => org.as<Batch>("/v1/usage/batch", { body: { events } })));
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
      // Each id is accepted by exactly one batch and a duplicate in the three others.
      for (const id of ids) {
        const statuses = responses.map((response) => response.body.data.find((item) => item.id === id)?.status).sort();
        expect(statuses).toEqual(["accepted", "duplicate", "duplicate", "duplicate"]);
      }
      expect(responses.reduce((sum, response) => sum + response.body.accepted, 0)).toBe(size);
      expect(responses.reduce((sum, response) => sum + response.body.rejected, 0)).toBe(0);
      sentUnique += size;
    }
    expect(await stored(customer.id)).toEqual({ events: sentUnique, used: sentUnique * 2 });
  });

  it("refuses exactly the events past a hard limit across concurrent batches, and keeps none of them", async () => {
    const plan = await planWith(org, [{ feature: features.calls, value: 10 }]);
    const { customer } = await subscribedCustomer(org, { price: plan });
    const batch = () =>
      Array.from({ length: 5 }, () => ({ id: `evt-${crypto.randomUUID()}`, customer: customer.id, feature: "calls", value: 1 }));
    const responses = await Promise.all(
      [batch(), batch(), batch(), batch()].map((events) => org.as<Batch>("/v1/usage/batch", { body: { events } })),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    const items = responses.flatMap((response) => response.body.data) as Array<{ status: string; error?: { code: string; param: string } }>;
    expect(items.filter((item) => item.status === "accepted")).toHaveLength(10);
    const refused = items.filter((item) => item.status === "rejected");
    expect(refused).toHaveLength(10);
    expect(refused.every((item) => item.error?.code === "limit_reached" && item.error.param === "value")).toBe(true);
    expect(await stored(customer.id)).toEqual({ events: 10, used: 10 });
  });
});
