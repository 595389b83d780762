import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { check, createFeatures, type Features, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { sessionFor, subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let features: Features & { peak: string; people: string; latest: string; hits: string };
let customer: string;
const now = () => Math.floor(Date.now() / 1000);
const newId = () => `evt-${crypto.randomUUID()}`;

const stored = async (who: string) => {
  const [row] = await admin`select (select count(*)::int from usage_events where customer_id = ${who}) as events,
                                   (select coalesce(sum(used), 0)::float8 from usage_counters where customer_id = ${who}) as used`;
  return row as { events: number; used: number };
};
const track = (body: Record<string, unknown>, auth?: string) =>
  org.as<{ status: string; used: number }>("/v1/usage", {
    body: { customer, feature: "calls", value: 1, ...body },
    ...(auth ? { auth } : {}),
  });

beforeAll(async () => {
  org = await billingOrganization("Usage Co");
  const base = await createFeatures(org);
  const metered = async (key: string, aggregation: string) =>
    (await org.as<{ id: string }>("/v1/features", { body: { key, name: key, type: "metered", aggregation } })).body.id;
  features = {
    ...base,
    peak: await metered("peak", "max"),
    people: await metered("people", "unique"),
    latest: await metered("latest", "last"),
    hits: await metered("hits", "count"),
  };
  const plan = await planWith(org, [
    { feature: features.calls, value: 1000 },
    { feature: features.peak, value: 100 },
    { feature: features.people, value: 100 },
    { feature: features.latest, value: "unlimited" },
    { feature: features.hits, value: 100 },
  ]);
  customer = (await subscribedCustomer(org, { price: plan })).customer.id;
});
afterAll(async () => {
  await admin.end();
});

describe("POST /v1/usage", () => {
  it("counts an event once: the same id again is a duplicate and changes nothing", async () => {
    const id = newId();
    const first = await track({ id, value: 5 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "accepted", id, customer, feature: "calls" });
    const again = await track({ id, value: 5 });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: "duplicate", used: first.body.used });
  });

  it("counts one id once when twenty requests race with it", async () => {
    const { customer: racer } = await subscribedCustomer(org, { price: await planWith(org, [{ feature: features.calls, value: 1000 }]) });
    const id = newId();
    const results = await Promise.all(Array.from({ length: 20 }, () => track({ id, customer: racer.id, value: 3 })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    expect(await stored(racer.id)).toEqual({ events: 1, used: 3 });
  });

  it("aggregates by the feature: max, unique, last and count", async () => {
    await track({ id: newId(), feature: "peak", value: 7 });
    expect((await track({ id: newId(), feature: "peak", value: 3 })).body.used).toBe(7);
    await track({ id: newId(), feature: "people", value: 1, properties: { unique_key: "ann" } });
    await track({ id: newId(), feature: "people", value: 1, properties: { unique_key: "bob" } });
    expect((await track({ id: newId(), feature: "people", value: 1, properties: { unique_key: "ann" } })).body.used).toBe(2);
    await track({ id: newId(), feature: "latest", value: 40, timestamp: now() - 10 });
    // An older event never replaces a newer one's value.
    expect((await track({ id: newId(), feature: "latest", value: 99, timestamp: now() - 60 })).body.used).toBe(40);
    expect((await track({ id: newId(), feature: "latest", value: 12 })).body.used).toBe(12);
    await track({ id: newId(), feature: "hits", value: 50 });
    expect((await track({ id: newId(), feature: "hits", value: 50 })).body.used).toBe(2);
    const missing = await track({ id: newId(), feature: "people", value: 1 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.param).toBe("properties.unique_key");
  });

  it("refuses the event that would cross a hard limit (nothing written), and accepts past a priced quota", async () => {
    const hard = (await subscribedCustomer(org, { price: await planWith(org, [{ feature: features.calls, value: 10 }]) })).customer.id;
    expect((await track({ id: newId(), customer: hard, value: 9 })).status).toBe(201);
    const over = await track({ id: newId(), customer: hard, value: 2 });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: "limit_reached", param: "value" });
    expect(await stored(hard)).toEqual({ events: 1, used: 9 });
    const soft = (
      await subscribedCustomer(org, {
        price: await planWith(org, [{ feature: features.calls, value: 10, overage_unit_amounts: { usd: 2 } }]),
      })
    ).customer.id;
    expect((await track({ id: newId(), customer: soft, value: 12 })).status).toBe(201);
    expect((await check(org, { customer: soft, feature: "calls" })).body).toMatchObject({ used: 12, overage: 2, reason: "overage" });
  });

  it("counts a late event from before the current period in the current period", async () => {
    const { customer: late } = await subscribedCustomer(org, { price: await planWith(org, [{ feature: features.calls, value: 100 }]) });
    const response = await track({ id: newId(), customer: late.id, value: 4, timestamp: now() - 3 * 86_400 });
    expect(response.status).toBe(201);
    expect((await check(org, { customer: late.id, feature: "calls" })).body.used).toBe(4);
  });

  it.each([
    [{ value: -1 }, "value"],
    [{ value: "3" }, "value"],
    [{ value: null }, "value"],
    [{ id: undefined }, "id"],
    [{ id: "" }, "id"],
    [{ feature: "unknown" }, "feature"],
    [{ feature: "sso" }, "feature"],
    [{ timestamp: now() + 6 * 60 }, "timestamp"],
    [{ timestamp: now() - 36 * 86_400 }, "timestamp"],
    [{ timestamp: 1.5 }, "timestamp"],
    [{ properties: { nested: { a: 1 } } }, "properties[nested]"],
    [{ extra: true }, "extra"],
  ])("refuses %j with a 400 on %s and counts nothing", async (body, param) => {
    const before = await stored(customer);
    const response = await track({ id: newId(), ...body });
    expect(response.status).toBe(400);
    expect(response.body.error.param).toBe(param);
    expect(await stored(customer)).toEqual(before);
  });
});

describe("POST /v1/usage/batch", () => {
  it("answers per item: accepted, duplicate (within and across batches), rejected with the reason", async () => {
    const { customer: batcher } = await subscribedCustomer(org, { price: await planWith(org, [{ feature: features.calls, value: 1000 }]) });
    const earlier = newId();
    await track({ id: earlier, customer: batcher.id, value: 1 });
    const fresh = newId();
    const event = (extra: Record<string, unknown>) => ({ id: newId(), customer: batcher.id, feature: "calls", value: 2, ...extra });
    const response = await org.as<{ accepted: number; duplicate: number; rejected: number; data: Array<Record<string, unknown>> }>(
      "/v1/usage/batch",
      {
        body: {
          events: [
            event({ id: fresh }),
            event({ id: fresh }),
            event({ id: earlier }),
            event({ value: -1 }),
            event({ value: "2" }),
            event({ id: undefined }),
            event({ feature: "unknown" }),
            event({ timestamp: now() + 3600 }),
            event({ customer: "cus_nobody" }),
            "not an object",
            event({}),
          ],
        },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ accepted: 2, duplicate: 2, rejected: 7 });
    expect(response.body.data.map((item) => item.status)).toEqual([
      "accepted",
      "duplicate",
      "duplicate",
      "rejected",
      "rejected",
      "rejected",
      "rejected",
      "rejected",
      "rejected",
      "rejected",
      "accepted",
    ]);
    expect(response.body.data.slice(3, 10).map((item) => (item.error as { param?: string }).param)).toEqual([
      "value",
      "value",
      "id",
      "feature",
      "timestamp",
      "customer",
      undefined,
    ]);
    expect(await stored(batcher.id)).toEqual({ events: 3, used: 5 });
  });

  it("refuses a batch of 1,001 events whole (400 on events), counting nothing", async () => {
    const before = await stored(customer);
    const events = Array.from({ length: 1001 }, () => ({ id: newId(), customer, feature: "calls", value: 1 }));
    const response = await org.as("/v1/usage/batch", { body: { events } });
    expect(response.status).toBe(400);
    expect(response.body.error.param).toBe("events");
    expect(await stored(customer)).toEqual(before);
  });
});

describe("usage reads, tenancy and customer sessions", () => {
  it("lists the customer's usage per period and its events with a cursor and filters", async () => {
    const usage = await org.as<{ data: Array<{ feature: string; current: boolean; used: number }> }>(
      `/v1/customers/${customer}/usage?feature=hits`,
    );
    expect(usage.status).toBe(200);
    expect(usage.body.data).toEqual([expect.objectContaining({ feature: "hits", current: true, used: 2 })]);
    const first = await org.as<{ data: Array<{ id: string; feature: string }>; has_more: boolean }>(
      `/v1/usage/events?customer=${customer}&feature=hits&limit=1`,
    );
    expect(first.body.has_more).toBe(true);
    const second = await org.as<{ data: Array<{ id: string }>; has_more: boolean }>(
      `/v1/usage/events?customer=${customer}&feature=hits&limit=1&starting_after=${first.body.data[0]?.id}`,
    );
    expect(second.body.has_more).toBe(false);
    expect(second.body.data[0]?.id).not.toBe(first.body.data[0]?.id);
  });

  it("answers 404 for another organisation's customer, and lists none of its events", async () => {
    const other = await billingOrganization("Usage Other");
    const theirs = await other.newCustomer();
    const response = await track({ id: newId(), customer: theirs.id });
    expect(response.status).toBe(404);
    expect(response.body.error.param).toBe("customer");
    expect((await org.as(`/v1/customers/${theirs.id}/usage`)).status).toBe(404);
    expect((await other.as<{ data: unknown[] }>("/v1/usage/events")).body.data).toEqual([]);
    expect(await stored(theirs.id)).toEqual({ events: 0, used: 0 });
  });

  it("lets a customer session read its own usage only, and not record any", async () => {
    const session = await sessionFor(org, customer);
    expect((await org.as(`/v1/customers/${customer}/usage`, { auth: session })).status).toBe(200);
    const neighbour = await org.newCustomer();
    expect((await org.as(`/v1/customers/${neighbour.id}/usage`, { auth: session })).status).toBe(404);
    expect((await track({ id: newId() }, session)).status).toBe(403);
  });
});
