import { beforeEach, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { checkout, type Session } from "../../test/checkout-fixtures";
import { deliver } from "../../test/stripe";
import { subscribedCustomer } from "../../test/subscription-fixtures";

type Event = { id: string; type: string; data: { object: Record<string, unknown> } };
type List<T> = { data: T[] };

let org: BillingOrganization;
beforeEach(async () => {
  org = await billingOrganization("Money Events Co");
});

const eventsOf = async (objectId: string) => (await org.as<List<Event>>(`/v1/events?object=${objectId}`, { method: "GET" })).body.data;

/** Stripe delivers every pending event, then all of them once more. */
async function deliverTwice() {
  const delivered = await org.deliverEvents();
  for (const again of delivered) expect((await deliver(again)).status).toBe(200);
  return delivered;
}

describe("checkout.completed", () => {
  it("is recorded once when the payment's webhook arrives twice and the page reads the session again", async () => {
    const customer = await org.newCustomer();
    const price = await org.newPrice({ currency: "usd", unit_amount: 2_000 });
    const session = await checkout(org, { customer: customer.id, price: price.id });
    expect(session.status).toBe(201);
    expect(await eventsOf(session.body.id)).toEqual([]);

    const intent = (session.body.intent.client_secret ?? "").split("_secret_")[0] as string;
    await org.stripe.paymentIntents.confirm(intent, { payment_method: "pm_card_visa" }, org.on);
    expect((await deliverTwice()).map((event) => event.type)).toContain("payment_intent.succeeded");
    const read = await org.as<Session>(`/v1/checkout_sessions/${session.body.id}`, { method: "GET" });
    expect(read.body.status).toBe("complete");

    const events = await eventsOf(session.body.id);
    expect(events.map((event) => event.type)).toEqual(["checkout.completed"]);
    // The GET route's object; the publishable key only serves an open session's page, so events leave it out.
    expect(events[0]?.data.object).toEqual({ ...read.body, stripe: { ...read.body.stripe, publishable_key: null } });
  });

  it("is not recorded for a session that expires instead", async () => {
    const customer = await org.newCustomer();
    const price = await org.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
    const first = await checkout(org, { customer: customer.id, price: price.id });
    // Another quantity of the same product replaces the open checkout: it expires, unpaid.
    await checkout(org, { customer: customer.id, price: price.id, quantity: 2 });
    const read = await org.as<Session>(`/v1/checkout_sessions/${first.body.id}`, { method: "GET" });
    expect(read.body.status).toBe("expired");
    expect(await eventsOf(first.body.id)).toEqual([]);
  });
});

describe("refund.created", () => {
  const paidInvoice = async () => String((await subscribedCustomer(org, { unit_amount: 2000 })).subscription.latest_invoice);
  const refundsListed = async () => (await org.as<List<Record<string, unknown>>>("/v1/refunds?limit=100", { method: "GET" })).body.data;

  it("is recorded once for a refund made through the API, though its charge.refunded webhook arrives twice", async () => {
    const invoice = await paidInvoice();
    const refund = await org.as<{ id: string }>("/v1/refunds", { body: { invoice, amount: 500 } });
    expect(refund.status).toBe(201);
    expect((await deliverTwice()).map((event) => event.type)).toContain("charge.refunded");

    const events = await eventsOf(refund.body.id);
    expect(events.map((event) => event.type)).toEqual(["refund.created"]);
    expect(events[0]?.data.object).toEqual(refund.body);
    expect(events[0]?.data.object).toEqual((await refundsListed()).find((row) => row.id === refund.body.id));
  });

  it("is recorded once for a refund made on Stripe directly, mirrored from its webhook delivered twice", async () => {
    const invoice = await paidInvoice();
    const payments = await org.stripe.invoicePayments.list({ invoice }, org.on);
    const intent = await org.stripe.paymentIntents.retrieve(String(payments.data[0]?.payment.payment_intent), {}, org.on);
    const refund = await org.stripe.refunds.create({ charge: String(intent.latest_charge), amount: 700 }, org.on);
    expect(await eventsOf(refund.id)).toEqual([]);
    await deliverTwice();

    const events = await eventsOf(refund.id);
    expect(events.map((event) => event.type)).toEqual(["refund.created"]);
    expect(events[0]?.data.object).toMatchObject({ id: refund.id, object: "refund", amount: 700, invoice, status: "succeeded" });
    expect(events[0]?.data.object).toEqual((await refundsListed()).find((row) => row.id === refund.id));
  });

  it("is not recorded for a refund refused before Stripe is called", async () => {
    const invoice = await paidInvoice();
    const refused = await org.as("/v1/refunds", { body: { invoice, amount: 999_999 } });
    expect(refused.status).toBe(400);
    const all = await org.as<List<Event>>("/v1/events?type=refund.created", { method: "GET" });
    expect(all.body.data).toEqual([]);
  });
});
