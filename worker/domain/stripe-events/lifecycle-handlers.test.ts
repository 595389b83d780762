import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { expectNoWrites } from "../../test/org-rows";
import { deliver } from "../../test/stripe";

const admin = adminSql();
let org: BillingOrganization;

beforeAll(async () => {
  org = await billingOrganization("Customer Events Co");
});
afterAll(() => admin.end());

const row = async (id: string) =>
  (await admin`select email, name, deleted_at is not null as deleted from customers where id = ${id}`)[0] as {
    email: string | null;
    name: string | null;
    deleted: boolean;
  };

/** The account's events about one object, oldest first, without delivering them. */
async function eventsOf(customer: string): Promise<Stripe.Event[]> {
  const { data } = await org.stripe.events.list({ limit: 100 }, org.on);
  return data.filter((event) => (event.data.object as { id?: string }).id === customer).reverse();
}

describe("customer events", () => {
  it("follows email and name edited on Stripe, whatever the delivery order", async () => {
    const customer = await org.newCustomer("first@customer.test");
    await org.deliverEvents();
    await org.stripe.customers.update(customer.stripe_customer_id, { email: "second@customer.test" }, org.on);
    await org.stripe.customers.update(customer.stripe_customer_id, { email: "third@customer.test", name: "Ada" }, org.on);
    const updates = (await eventsOf(customer.stripe_customer_id)).filter((event) => event.type === "customer.updated");
    expect(updates).toHaveLength(2);
    for (const event of [...updates].reverse()) expect((await deliver(event)).status).toBe(200);
    expect(await row(customer.id)).toEqual({ email: "third@customer.test", name: "Ada", deleted: false });
    await expectNoWrites(admin, org.orgId, async () => {
      for (const event of updates) expect((await deliver(event)).body.outcome).toBe("duplicate");
    });
  });

  it("keeps an email changed through our API when Stripe's update was about something else", async () => {
    const customer = await org.newCustomer("kept@customer.test");
    await org.deliverEvents();
    expect((await org.as(`/v1/customers/${customer.id}`, { body: { email: "new@customer.test" } })).status).toBe(200);
    await org.stripe.customers.update(customer.stripe_customer_id, { metadata: { plan: "pro" } }, org.on);
    const delivered = await org.deliverEvents();
    expect(delivered.map((event) => event.type)).toContain("customer.updated");
    expect((await row(customer.id)).email).toBe("new@customer.test");
  });

  it("soft-deletes our customer when Stripe's is deleted, and a late update changes nothing", async () => {
    const customer = await org.newCustomer("gone@customer.test");
    await org.deliverEvents();
    await org.stripe.customers.update(customer.stripe_customer_id, { name: "Late" }, org.on);
    await org.stripe.customers.del(customer.stripe_customer_id, {}, org.on);
    const events = await eventsOf(customer.stripe_customer_id);
    const deleted = events.find((event) => event.type === "customer.deleted") as Stripe.Event;
    const updated = events.find((event) => event.type === "customer.updated") as Stripe.Event;
    expect((await deliver(deleted)).status).toBe(200);
    expect((await deliver(updated)).status).toBe(200);
    expect(await row(customer.id)).toEqual({ email: "gone@customer.test", name: null, deleted: true });
    expect((await org.as(`/v1/customers/${customer.id}`, { method: "GET" })).status).toBe(404);
  });
});
