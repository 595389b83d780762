import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";
import { expectNoWrites } from "../../test/org-rows";
import { completeOnboarding, deliver, platformStripe } from "../../test/stripe";

const admin = adminSql();
let orgId: string;
let account: string;
let stripe: Stripe;
let customerId: string;
let stripeCustomer: string;
let subscription: Stripe.Subscription;

/** All events of the connected account so far, oldest first. */
async function accountEvents(): Promise<Stripe.Event[]> {
  const { data } = await stripe.events.list({ limit: 100 }, { stripeAccount: account });
  return [...data].reverse();
}

beforeAll(async () => {
  const org = await newOrganization("Subscriptions Co");
  orgId = org.orgId;
  const as = { auth: org.owner.token, org: orgId };
  account = (await api<{ id: string }>("/v1/connect/account", { ...as, body: { country: "US" } })).body.id;
  const link = await api<{ url: string }>("/v1/connect/onboarding_link", {
    ...as,
    body: { return_url: "https://a.test", refresh_url: "https://a.test" },
  });
  await completeOnboarding(link.body.url);
  const customer = await api<{ id: string; stripe_customer_id: string }>("/v1/customers", { ...as, body: { email: "sub@example.test" } });
  customerId = customer.body.id;
  stripeCustomer = customer.body.stripe_customer_id;
  stripe = platformStripe();
  const on = { stripeAccount: account };
  const product = await stripe.products.create({ name: "Pro" }, on);
  const price = await stripe.prices.create(
    { product: product.id, unit_amount: 2900, currency: "usd", recurring: { interval: "month" } },
    on,
  );
  const method = await stripe.paymentMethods.attach("pm_card_visa", { customer: stripeCustomer }, on);
  subscription = await stripe.subscriptions.create(
    { customer: stripeCustomer, items: [{ price: price.id }], default_payment_method: method.id },
    on,
  );
});
afterAll(() => admin.end());

const mirror = async () =>
  (
    await admin`select status, mrr_amount::int as mrr, customer_id, cancel_at_period_end from subscriptions where id = ${subscription.id}`
  )[0];
const history = async () =>
  admin`select status, mrr_amount::int as mrr, cause from subscription_history where subscription_id = ${subscription.id} order by id`;

describe("subscription lifecycle from Stripe webhooks", () => {
  it("converges to Stripe's state whether events arrive in order, reversed or duplicated", async () => {
    expect(subscription.status).toBe("active");
    const events = await accountEvents();
    expect(events.some((event) => event.type === "customer.subscription.created")).toBe(true);
    for (const event of [...events].reverse()) expect((await deliver(event)).status).toBe(200);
    await expectNoWrites(admin, orgId, async () => {
      for (const event of events) expect((await deliver(event)).body.outcome).toMatch(/duplicate|ignored/);
    });
    expect(await mirror()).toEqual({ status: "active", mrr: 2900, customer_id: customerId, cancel_at_period_end: false });
    expect(await history()).toHaveLength(1);
  });

  it("mirrors the paid invoice and records the fee once, with fee + net = gross", async () => {
    const [invoice] = await admin`select status, amount_paid::int as paid, subscription_id from invoices where org_id = ${orgId}`;
    expect(invoice).toEqual({ status: "paid", paid: 2900, subscription_id: subscription.id });
    const ledger = await admin`select gross::int, fee::int, net::int, currency from fee_ledger where org_id = ${orgId}`;
    expect(ledger).toEqual([{ gross: 2900, fee: 45, net: 2855, currency: "usd" }]);
  });

  it("follows cancel at period end, and a full cancel into the history with MRR 0", async () => {
    await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true }, { stripeAccount: account });
    for (const event of await accountEvents()) await deliver(event);
    expect(await mirror()).toMatchObject({ status: "active", cancel_at_period_end: true });
    await stripe.subscriptions.cancel(subscription.id, {}, { stripeAccount: account });
    for (const event of await accountEvents()) await deliver(event);
    expect(await mirror()).toMatchObject({ status: "canceled", mrr: 0 });
    const rows = await history();
    expect(rows.map((row) => [row.status, row.mrr])).toEqual([
      ["active", 2900],
      ["canceled", 0],
    ]);
    expect(rows.at(-1)?.cause).toMatch(/^customer\.subscription\./);
  });
});

describe("monthly fee totals", () => {
  it("sums the fee ledger per month and currency, and refuses a bad range", async () => {
    const { key } = await newApiKey(admin, orgId);
    const totals = await api<{
      data: Array<{ month: string; currency: string; invoices: number; gross: number; fee: number; net: number }>;
    }>("/v1/fees/monthly", { auth: key });
    const month = new Date().toISOString().slice(0, 7);
    expect(totals.body.data).toEqual([
      {
        month,
        currency: "usd",
        currency_exponent: 2,
        invoices: 1,
        gross: 2900,
        fee: 45,
        net: 2855,
        refunded: 0,
        fee_returned: 0,
        fee_income: 45,
      },
    ]);
    const bad = await api<{ error: { param: string } }>("/v1/fees/monthly?months=0", { auth: key });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe("months");
  });
});

describe("subscription and invoice lists", () => {
  it("lists the mirror for the merchant, and only its own for a customer session", async () => {
    const { key } = await newApiKey(admin, orgId);
    const subscriptions = await api<{ data: Array<{ id: string; customer: string }> }>("/v1/subscriptions", { auth: key });
    expect(subscriptions.body.data.map((row) => row.id)).toEqual([subscription.id]);
    const invoices = await api<{ data: Array<{ status: string; hosted_invoice_url: string }> }>(`/v1/invoices?customer=${customerId}`, {
      auth: key,
    });
    expect(invoices.body.data[0]?.status).toBe("paid");
    const other = await api<{ id: string }>("/v1/customers", { auth: key, body: { email: "other@example.test" } });
    const session = await api<{ token: string }>("/v1/customer_sessions", { auth: key, body: { customer: other.body.id } });
    const own = await api<{ data: unknown[] }>(`/v1/subscriptions?customer=${customerId}`, { auth: session.body.token });
    expect(own.body.data).toEqual([]);
    const ownInvoices = await api<{ data: unknown[] }>(`/v1/invoices?customer=${customerId}`, { auth: session.body.token });
    expect(ownInvoices.body.data).toEqual([]);
  });
});
