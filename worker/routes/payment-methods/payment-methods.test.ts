import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { type Subscribed, sessionFor, stripeEventCount, subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let subscribed: Subscribed;
let token: string;

interface Card {
  id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  default: boolean;
}

beforeAll(async () => {
  org = await billingOrganization("Cards Co");
  subscribed = await subscribedCustomer(org);
  token = await sessionFor(org, subscribed.customer.id);
});
afterAll(() => admin.end());

const cards = async (auth = token) =>
  org.as<{ data: Card[] }>(`/v1/customers/${subscribed.customer.id}/payment_methods`, { method: "GET", auth });

describe("payment methods", () => {
  it("adds a card with a SetupIntent, lists only safe card fields, makes it the default, and removes the old one", async () => {
    const id = subscribed.customer.id;
    const setup = await org.as<{ client_secret: string; stripe: unknown }>(`/v1/customers/${id}/setup_intents`, {
      auth: token,
      method: "POST",
    });
    expect(setup.status).toBe(201);
    expect(setup.body.client_secret).toMatch(/^seti_.+_secret_/);
    // What Stripe.js needs to mount the Payment Element in the page (<billing-portal> adds cards with it).
    expect(setup.body.stripe).toEqual({ publishable_key: expect.stringMatching(/^pk_test_/), account: org.on.stripeAccount });
    const intentId = setup.body.client_secret.split("_secret_")[0] as string;
    const confirmed = await org.stripe.setupIntents.confirm(intentId, { payment_method: "pm_card_mastercard" }, org.on);
    expect(confirmed.status).toBe("succeeded");
    const added = String(confirmed.payment_method);

    const listed = await cards();
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(2);
    for (const card of listed.body.data)
      expect(Object.keys(card).sort()).toEqual(["brand", "default", "exp_month", "exp_year", "id", "last4", "object"]);
    expect(listed.body.data.find((card) => card.id === added)).toMatchObject({ brand: "mastercard", last4: "4444", default: false });

    const made = await org.as<Card>(`/v1/customers/${id}/payment_methods/${added}/default`, { auth: token, method: "POST" });
    expect(made.status).toBe(200);
    expect(made.body.default).toBe(true);
    const customer = await org.stripe.customers.retrieve(subscribed.customer.stripe_customer_id, {}, org.on);
    expect(!customer.deleted && customer.invoice_settings.default_payment_method).toBe(added);
    expect((await org.stripe.subscriptions.retrieve(subscribed.subscription.id, {}, org.on)).default_payment_method).toBe(added);
    expect((await cards()).body.data.filter((card) => card.default).map((card) => card.id)).toEqual([added]);

    const removed = await org.as(`/v1/customers/${id}/payment_methods/${subscribed.paymentMethod}`, { auth: token, method: "DELETE" });
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ id: subscribed.paymentMethod, object: "payment_method", deleted: true });
    expect((await org.stripe.paymentMethods.retrieve(subscribed.paymentMethod, {}, org.on)).customer).toBeNull();
    expect((await cards()).body.data.map((card) => card.id)).toEqual([added]);
    // The attach and detach events are accepted (recorded, nothing else stored).
    const delivered = await org.deliverEvents();
    expect(delivered.map((event) => event.type)).toEqual(expect.arrayContaining(["payment_method.attached", "payment_method.detached"]));
    const recorded = await admin`select type from stripe_events where id in ${admin(delivered.map((event) => event.id))}`;
    expect(recorded.map((row) => row.type)).toEqual(expect.arrayContaining(["payment_method.attached", "payment_method.detached"]));
  });

  it("makes the first card saved during a trial without a card the default of the customer and the subscription", async () => {
    const customer = await org.newCustomer();
    const price = await org.newPrice({ currency: "usd", unit_amount: 2000, recurring: { interval: "month" } });
    const trial = await org.stripe.subscriptions.create(
      { customer: customer.stripe_customer_id, items: [{ price: price.stripe_id }], trial_period_days: 14 },
      org.on,
    );
    await org.deliverEvents();
    const session = await sessionFor(org, customer.id);
    const addCard = async (card: string) => {
      const setup = await org.as<{ client_secret: string }>(`/v1/customers/${customer.id}/setup_intents`, {
        auth: session,
        method: "POST",
      });
      const intent = setup.body.client_secret.split("_secret_")[0] as string;
      const confirmed = await org.stripe.setupIntents.confirm(intent, { payment_method: card }, org.on);
      await org.deliverEvents();
      return String(confirmed.payment_method);
    };
    const first = await addCard("pm_card_visa");
    const stripeCustomer = await org.stripe.customers.retrieve(customer.stripe_customer_id, {}, org.on);
    expect(!stripeCustomer.deleted && stripeCustomer.invoice_settings.default_payment_method).toBe(first);
    expect((await org.stripe.subscriptions.retrieve(trial.id, {}, org.on)).default_payment_method).toBe(first);
    const listed = await org.as<{ data: Card[] }>(`/v1/customers/${customer.id}/payment_methods`, { method: "GET", auth: session });
    expect(listed.body.data.map((card) => [card.id, card.default])).toEqual([[first, true]]);
    // A second card is only added: the customer chose the first one, and changes it with "make default".
    const second = await addCard("pm_card_mastercard");
    const after = await org.as<{ data: Card[] }>(`/v1/customers/${customer.id}/payment_methods`, { method: "GET", auth: session });
    expect(after.body.data.filter((card) => card.default).map((card) => card.id)).toEqual([first]);
    expect(after.body.data.map((card) => card.id)).toContain(second);
    expect((await org.stripe.subscriptions.retrieve(trial.id, {}, org.on)).default_payment_method).toBe(first);
  });

  it("leaves the defaults alone when a billed subscription already pays with a card", async () => {
    const paying = await subscribedCustomer(org);
    const session = await sessionFor(org, paying.customer.id);
    const setup = await org.as<{ client_secret: string }>(`/v1/customers/${paying.customer.id}/setup_intents`, {
      auth: session,
      method: "POST",
    });
    const intent = setup.body.client_secret.split("_secret_")[0] as string;
    await org.stripe.setupIntents.confirm(intent, { payment_method: "pm_card_amex" }, org.on);
    const delivered = await org.deliverEvents();
    expect(delivered.map((event) => event.type)).toContain("setup_intent.succeeded");
    const stripeCustomer = await org.stripe.customers.retrieve(paying.customer.stripe_customer_id, {}, org.on);
    expect(!stripeCustomer.deleted && stripeCustomer.invoice_settings.default_payment_method).toBeNull();
    expect((await org.stripe.subscriptions.retrieve(paying.subscription.id, {}, org.on)).default_payment_method).toBe(paying.paymentMethod);
  });

  it("never touches another customer's card: 404 for a session and for the merchant through the wrong customer", async () => {
    const other = await subscribedCustomer(org);
    const events = await stripeEventCount(org);
    const id = subscribed.customer.id;
    for (const [path, method] of [
      [`/v1/customers/${id}/payment_methods/${other.paymentMethod}/default`, "POST"],
      [`/v1/customers/${id}/payment_methods/${other.paymentMethod}`, "DELETE"],
      [`/v1/customers/${id}/payment_methods/pm_card_visa`, "DELETE"],
      [`/v1/customers/${id}/payment_methods/nope`, "DELETE"],
    ] as const) {
      for (const auth of [token, org.secretKey]) {
        const response = await org.as(path, { method, auth });
        expect(response.status, `${method} ${path}`).toBe(404);
      }
    }
    const otherToken = await sessionFor(org, other.customer.id);
    for (const [path, method] of [
      [`/v1/customers/${id}/payment_methods`, "GET"],
      [`/v1/customers/${id}/setup_intents`, "POST"],
      [`/v1/customers/${id}/payment_methods/${subscribed.paymentMethod}/default`, "POST"],
    ] as const) {
      expect((await org.as(path, { method, auth: otherToken })).status, path).toBe(404);
    }
    expect(await stripeEventCount(org)).toBe(events);
    expect((await org.stripe.paymentMethods.retrieve(other.paymentMethod, {}, org.on)).customer).toBe(other.customer.stripe_customer_id);
    const otherCustomer = await org.stripe.customers.retrieve(other.customer.stripe_customer_id, {}, org.on);
    expect(!otherCustomer.deleted && otherCustomer.invoice_settings.default_payment_method).toBeNull();
  });

  it("a customer not on Stripe yet has no cards, and is mirrored when it adds one", async () => {
    const id = `cus_new${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await admin`insert into customers (id, org_id, livemode, email) values (${id}, ${org.orgId}, false, 'late@customer.test')`;
    const listed = await org.as<{ data: unknown[] }>(`/v1/customers/${id}/payment_methods`, { method: "GET" });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([]);
    const setup = await org.as<{ client_secret: string }>(`/v1/customers/${id}/setup_intents`, { method: "POST" });
    expect(setup.status).toBe(201);
    const [row] = await admin`select stripe_customer_id from customers where id = ${id}`;
    expect(row?.stripe_customer_id).toMatch(/^cus_/);
    const intent = await org.stripe.setupIntents.retrieve(setup.body.client_secret.split("_secret_")[0] as string, {}, org.on);
    expect(intent.customer).toBe(row?.stripe_customer_id);
  });
});
