import { beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { injectStripeFault } from "../../test/stripe";

let org: BillingOrganization;
type Customer = { id: string; stripe_customer_id: string | null; test_clock: string | null };

beforeAll(async () => {
  org = await billingOrganization("Faulty Stripe Co");
});

const atStripe = async (email: string) => (await org.stripe.customers.list({ email }, org.on)).data.map((customer) => customer.id);

describe("customers when Stripe misbehaves", () => {
  it("a lost Stripe response is retried with the same idempotency key: one Stripe customer", async () => {
    await injectStripeFault({ path: "/v1/customers", account: org.account, when: "after" });
    const created = await org.as<Customer>("/v1/customers", { body: { email: "lost-response@example.test" } });
    expect(created.status).toBe(201);
    expect(await atStripe("lost-response@example.test")).toEqual([created.body.stripe_customer_id]);
  });

  it("Stripe down: the customer is saved, not mirrored, and the next upsert mirrors it once", async () => {
    await injectStripeFault({ path: "/v1/customers", account: org.account, status: 500, times: 3 });
    const body = { external_id: "down-1", email: "stripe-down@example.test" };
    const saved = await org.as<Customer>("/v1/customers/upsert", { body });
    expect(saved.status).toBe(201);
    expect(saved.body.stripe_customer_id).toBeNull();
    expect(await atStripe("stripe-down@example.test")).toEqual([]);
    const again = await org.as<Customer>("/v1/customers/upsert", { body });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(saved.body.id);
    expect(await atStripe("stripe-down@example.test")).toEqual([again.body.stripe_customer_id]);
  });

  it("Stripe down when a customer is made on a test clock: the later mirror still lands on the clock", async () => {
    const clock = (await org.as<{ id: string }>("/v1/test_clocks", { body: {} })).body.id;
    await injectStripeFault({ path: "/v1/customers", account: org.account, status: 500, times: 3 });
    const body = { external_id: "clocked-down-1", email: "clocked-down@example.test" };
    const saved = await org.as<Customer>("/v1/customers", { body: { ...body, test_clock: clock } });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ stripe_customer_id: null, test_clock: clock });
    const again = await org.as<Customer>("/v1/customers/upsert", { body });
    expect(again.body).toMatchObject({ id: saved.body.id, test_clock: clock });
    const mirrored = await org.stripe.customers.retrieve(again.body.stripe_customer_id as string, {}, org.on);
    expect(mirrored).toMatchObject({ test_clock: clock, metadata: { billingos_customer: saved.body.id } });
  });
});
