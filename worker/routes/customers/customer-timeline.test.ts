import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomId } from "../../shared/ids";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { addMember, adminSql, api, newApiKey, newOrganization, newUser } from "../../test/fixtures";
import { orgRows } from "../../test/org-rows";
import { type Subscribed, subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
type Entry = { id: string; object: "event"; type: string; created: number; data: { object: Record<string, unknown> } };
type List = { data: Entry[]; has_more: boolean };
type Err = { error: { code: string; param: string } };

let org: BillingOrganization;
let ada: Subscribed;
let bob: Subscribed;
let refund: string;

/** A usage alert and a failed payment as their producers record them (they need a metered plan and a declining renewal). */
async function recordDirectly(type: string, objectId: string, object: Record<string, unknown>) {
  await admin`insert into events (id, org_id, livemode, type, object_id, data)
              values (${randomId("evt")}, ${org.orgId}, false, ${type}, ${objectId}, ${admin.json(object as never)})`;
}

beforeAll(async () => {
  org = await billingOrganization("Timeline Co");
  ada = await subscribedCustomer(org, { unit_amount: 2000 });
  bob = await subscribedCustomer(org, { unit_amount: 2000 });
  const bigger = await org.newPrice({ currency: "usd", unit_amount: 5000, recurring: { interval: "month" } }, ada.price.product);
  const changed = await org.as(`/v1/subscriptions/${ada.subscription.id}/change`, { body: { price: bigger.id, timing: "now" } });
  expect(changed.status).toBe(200);
  await org.deliverEvents();
  await recordDirectly("invoice.payment_failed", "in_TimelineFailed1", { id: "in_TimelineFailed1", object: "invoice" });
  await admin`insert into invoices (id, org_id, livemode, stripe_customer_id, status, currency, amount_due, amount_paid)
              values ('in_TimelineFailed1', ${org.orgId}, false, ${ada.customer.stripe_customer_id}, 'open', 'usd', 5000, 0)`;
  const paid = String(ada.subscription.latest_invoice);
  const refunded = await org.as<{ id: string }>("/v1/refunds", { body: { invoice: paid, amount: 500 } });
  expect(refunded.status).toBe(201);
  refund = refunded.body.id;
  await org.deliverEvents();
  await recordDirectly("usage.threshold_reached", ada.customer.id, { object: "usage_alert", customer: ada.customer.id, threshold: 80 });
  const canceled = await org.as(`/v1/subscriptions/${ada.subscription.id}/cancel`, { body: { at_period_end: false } });
  expect(canceled.status).toBe(200);
  await org.deliverEvents();
});
afterAll(() => admin.end());

const timeline = (customer: string, query = "", auth = org.secretKey) => api<List>(`/v1/customers/${customer}/timeline${query}`, { auth });

describe("customer timeline", () => {
  it("lists the customer's own activity, newest first, without routine updates or anyone else's", async () => {
    const { status, body } = await timeline(ada.customer.id, "?limit=100");
    expect(status).toBe(200);
    const types = body.data.map((entry) => entry.type);
    for (const type of [
      "customer.created",
      "subscription.created",
      "invoice.paid",
      "subscription.plan_changed",
      "invoice.payment_failed",
      "refund.created",
      "usage.threshold_reached",
      "subscription.canceled",
    ]) {
      expect(types, type).toContain(type);
    }
    expect(types.filter((type) => type.endsWith(".updated"))).toEqual([]);
    // Newest first: the cancellation came last, the customer's creation first.
    expect(types[0]).toBe("subscription.canceled");
    expect(types.at(-1)).toBe("customer.created");
    const created = body.data.map((entry) => entry.created);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(body.data.find((entry) => entry.type === "refund.created")?.data.object.id).toBe(refund);
    const objects = new Set(body.data.map((entry) => String(entry.data.object.id)));
    expect(objects.has(bob.customer.id) || objects.has(bob.subscription.id)).toBe(false);
    const bobs = (await timeline(bob.customer.id, "?limit=100")).body.data;
    expect(bobs.map((entry) => entry.id).filter((id) => body.data.some((entry) => entry.id === id))).toEqual([]);
    expect(bobs.map((entry) => entry.type)).toContain("customer.created");
  });

  it("pages with event ids both ways and narrows by type", async () => {
    const all = (await timeline(ada.customer.id, "?limit=100")).body.data.map((entry) => entry.id);
    const walked: string[] = [];
    for (;;) {
      const after = walked.length ? `&starting_after=${walked.at(-1)}` : "";
      const page = (await timeline(ada.customer.id, `?limit=2${after}`)).body;
      walked.push(...page.data.map((entry) => entry.id));
      if (!page.has_more) break;
    }
    expect(walked).toEqual(all);
    const back = await timeline(ada.customer.id, `?limit=2&ending_before=${all[3]}`);
    expect(back.body.data.map((entry) => entry.id)).toEqual(all.slice(1, 3));
    const paid = await timeline(ada.customer.id, "?type=invoice.paid");
    expect(paid.body.data.length).toBeGreaterThan(0);
    expect(new Set(paid.body.data.map((entry) => entry.type))).toEqual(new Set(["invoice.paid"]));
  });

  it("refuses bad input with its param and writes nothing", async () => {
    const before = await orgRows(admin, org.orgId);
    const cases: Array<[string, string]> = [
      ["?type=customer.updated", "type"],
      ["?type=nonsense", "type"],
      ["?limit=many", "limit"],
      ["?starting_after=cus_nope", "starting_after"],
      ["?colour=red", "colour"],
    ];
    for (const [query, param] of cases) {
      const response = await api<Err>(`/v1/customers/${ada.customer.id}/timeline${query}`, { auth: org.secretKey });
      expect(response.status, query).toBe(400);
      expect(response.body.error.param, query).toBe(param);
    }
    expect(await orgRows(admin, org.orgId)).toEqual(before);
  });

  it("answers 404 for an unknown customer, another organisation's and the other mode's", async () => {
    const other = await newOrganization("Timeline Other");
    const otherKey = (await newApiKey(admin, other.orgId)).key;
    const liveKey = (await newApiKey(admin, org.orgId, { livemode: true })).key;
    for (const [customer, auth] of [
      ["cus_doesnotexist", org.secretKey],
      [ada.customer.id, otherKey],
      [ada.customer.id, liveKey],
    ] as const) {
      const response = await api<Err>(`/v1/customers/${customer}/timeline`, { auth });
      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({ code: "resource_missing", param: "id" });
    }
  });

  it("is readable by a viewer, who still cannot refund", async () => {
    const viewer = await newUser();
    await addMember(admin, org.orgId, viewer, "viewer");
    const as = { auth: viewer.token, org: org.orgId };
    const read = await api<List>(`/v1/customers/${ada.customer.id}/timeline`, as);
    expect(read.status).toBe(200);
    expect(read.body.data.length).toBeGreaterThan(0);
    const before = await orgRows(admin, org.orgId);
    const refused = await api<Err>("/v1/refunds", { ...as, body: { invoice: String(bob.subscription.latest_invoice), amount: 100 } });
    expect(refused.status).toBe(403);
    expect(await orgRows(admin, org.orgId)).toEqual(before);
  });
});
