import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";
import { deliver } from "../../test/stripe";
import { subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let key: string;
let otherKey: string;

type Event = { id: string; type: string; created: number; data: { object: Record<string, unknown> } };
type List = { data: Event[]; has_more: boolean };
type Err = { error: { code: string; param?: string } };

const eventCount = async (objectId: string) =>
  (await admin<{ n: number }[]>`select count(*)::int as n from events where object_id = ${objectId}`)[0]?.n;

beforeAll(async () => {
  const { orgId } = await newOrganization("Events Co");
  key = (await newApiKey(admin, orgId)).key;
  otherKey = (await newApiKey(admin, (await newOrganization("Other Events Co")).orgId)).key;
});
afterAll(() => admin.end());

describe("events (transactional outbox)", () => {
  it("records one event per customer change, carrying the object its GET route shows", async () => {
    const created = await api<Record<string, unknown> & { id: string }>("/v1/customers", { auth: key, body: { email: "ev@example.test" } });
    const updated = await api<Record<string, unknown>>(`/v1/customers/${created.body.id}`, { auth: key, body: { name: "Eve" } });
    await api(`/v1/customers/${created.body.id}`, { auth: key, method: "DELETE" });
    const list = await api<List>(`/v1/events?object=${created.body.id}`, { auth: key });
    expect(list.status).toBe(200);
    expect(list.body.data.map((event) => event.type)).toEqual(["customer.deleted", "customer.updated", "customer.created"]);
    const [deleted, update, create] = list.body.data as [Event, Event, Event];
    expect(create.data.object).toEqual(created.body);
    expect(update.data.object).toEqual(updated.body);
    expect(deleted.data.object).toMatchObject({ id: created.body.id, deleted: true });
    expect((await api<Event>(`/v1/events/${create.id}`, { auth: key })).body).toEqual(create);
    // Filtered by type and by family.
    const byType = await api<List>(`/v1/events?type=customer.updated&object=${created.body.id}`, { auth: key });
    expect(byType.body.data.map((event) => event.id)).toEqual([update.id]);
    const byFamily = await api<List>(`/v1/events?type=customer.*&object=${created.body.id}&limit=2`, { auth: key });
    expect(byFamily.body).toMatchObject({ has_more: true });
    const next = await api<List>(`/v1/events?type=customer.*&object=${created.body.id}&starting_after=${byFamily.body.data[1]?.id}`, {
      auth: key,
    });
    expect(next.body.data.map((event) => event.id)).toEqual([create.id]);
  });

  it("records nothing for a change that rolled back", async () => {
    const first = await api<{ id: string }>("/v1/customers", { auth: key, body: { external_id: "rollback-1" } });
    const before = (await admin<{ n: number }[]>`select count(*)::int as n from events`)[0]?.n;
    // The insert happens and fails on the unique external_id: the transaction, event included, rolls back.
    const duplicate = await api<Err>("/v1/customers", { auth: key, body: { external_id: "rollback-1", email: "x@example.test" } });
    expect(duplicate.status).toBe(409);
    const clash = await api<Err>(`/v1/customers/${first.body.id}`, {
      auth: key,
      body: { metadata: Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`k${index}`, "v"])) },
    });
    expect(clash.status).toBe(400);
    expect((await admin<{ n: number }[]>`select count(*)::int as n from events`)[0]?.n).toBe(before);
    expect(await eventCount(first.body.id)).toBe(1);
  });

  it("keeps tenants apart and refuses bad filters with the param", async () => {
    const created = await api<{ id: string }>("/v1/customers", { auth: key, body: {} });
    const [event] = (await api<List>(`/v1/events?object=${created.body.id}`, { auth: key })).body.data;
    expect((await api(`/v1/events/${event?.id}`, { auth: otherKey })).status).toBe(404);
    expect((await api<List>(`/v1/events?object=${created.body.id}`, { auth: otherKey })).body.data).toEqual([]);
    const bad = await api<Err>("/v1/events?type=Customer%20created", { auth: key });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe("type");
  });
});

describe("events from Stripe webhooks", () => {
  let org: BillingOrganization;
  beforeAll(async () => {
    org = await billingOrganization("Stripe Events Co");
  });

  it("a subscription's Stripe events, each delivered twice, make one event per change", async () => {
    const { subscription } = await subscribedCustomer(org);
    const types = async () => (await org.as<List>(`/v1/events?object=${subscription.id}`)).body.data.map((event) => event.type).reverse();
    expect(await types()).toEqual(["subscription.created"]);
    const [event] = (await org.as<List>(`/v1/events?object=${subscription.id}`)).body.data;
    const listed = await org.as<{ data: Array<Record<string, unknown>> }>("/v1/subscriptions?limit=100");
    expect(event?.data.object).toMatchObject({ ...listed.body.data.find((row) => row.id === subscription.id), entitled: true });

    await org.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true }, org.on);
    const delivered = await org.deliverEvents();
    // Stripe delivers again: every event is claimed once, and a re-read of an unchanged state emits nothing.
    for (const again of delivered) expect((await deliver(again)).status).toBe(200);
    expect(await types()).toEqual(["subscription.created", "subscription.updated"]);

    await org.stripe.subscriptions.cancel(subscription.id, {}, org.on);
    for (const again of await org.deliverEvents()) await deliver(again);
    expect(await types()).toEqual(["subscription.created", "subscription.updated", "subscription.canceled"]);
  });
});
