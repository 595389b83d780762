import { env } from "cloudflare:workers";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScheduledJobs, SCHEDULED_JOBS } from "../../app/scheduled";
import { connect } from "../../db/client";
import { sweepExpiredCheckouts } from "../../domain/checkout/checkout-expiry";
import type { CheckoutSessionRow } from "../../domain/checkout/checkout-sessions";
import { cancelStripeObjects } from "../../domain/checkout/checkout-state";
import { stripeClient } from "../../stripe/client";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { checkout, stripeObjects } from "../../test/checkout-fixtures";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";
import { expectNoWrites } from "../../test/org-rows";
import { deliver } from "../../test/stripe";

const admin = adminSql();
const sql = connect(env.HYPERDRIVE.connectionString);
// Scoped to this file's organisation: other files' open sessions share the database.
const sweep = (at: Date) => sweepExpiredCheckouts(sql, (livemode) => stripeClient(env, livemode), at, org.orgId);
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
let org: BillingOrganization;

beforeAll(async () => {
  org = await billingOrganization("Checkout Expiry Co");
});
afterAll(async () => {
  await sql.end();
  await admin.end();
});

const status = async (id: string) => (await org.as<{ status: string }>(`/v1/checkout_sessions/${id}`)).body.status;
/** The stored row, read without the API (whose read would settle the session from Stripe itself). */
async function stored(id: string) {
  const [row] = await admin<{ status: string; updated: Date }[]>`select status, updated from checkout_sessions where id = ${id}`;
  return row;
}

describe("abandoned checkouts", () => {
  it("expire after 30 minutes, leaving no subscription, PaymentIntent or SetupIntent active", async () => {
    const customer = await org.newCustomer();
    const monthly = await org.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
    const trial = await org.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" }, trial_period_days: 7 });
    const oneTime = await org.newPrice({ currency: "usd", unit_amount: 2_000 });
    const paying = await checkout(org, { customer: customer.id, price: monthly.id });
    const trialing = await checkout(org, { customer: customer.id, price: trial.id });
    const buying = await checkout(org, { customer: customer.id, price: oneTime.id });
    expect(await sweep(later(29))).toBe(0);
    expect(await status(paying.body.id)).toBe("open");

    expect(await sweep(later(31))).toBe(3);
    const { subscriptions, intents } = await stripeObjects(org, customer.stripe_customer_id);
    expect(subscriptions.map((subscription) => subscription.status)).toEqual(["canceled", "canceled"]);
    expect(intents.map((intent) => intent.status)).toEqual(["canceled", "canceled"]);
    const setup = await org.stripe.setupIntents.list({ customer: customer.stripe_customer_id }, org.on);
    expect(setup.data.map((intent) => intent.status)).toEqual(["canceled"]);
    const invoice = (await org.stripe.subscriptions.retrieve(paying.body.subscription as string, { expand: ["latest_invoice"] }, org.on))
      .latest_invoice as Stripe.Invoice;
    expect(invoice.status).toBe("void");
    for (const started of [paying, trialing, buying]) {
      const expired = await org.as<{ status: string; intent: { client_secret: string | null } }>(
        `/v1/checkout_sessions/${started.body.id}`,
      );
      expect(expired.body).toMatchObject({ status: "expired", intent: { client_secret: null } });
    }
    expect(await sweep(later(31))).toBe(0);
    const again = await checkout(org, { customer: customer.id, price: monthly.id });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(paying.body.id);
  });

  it("expire lazily when read after expiry, and a session paid just in time completes instead", async () => {
    const customer = await org.newCustomer();
    const monthly = await org.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
    const oneTime = await org.newPrice({ currency: "usd", unit_amount: 2_000 });
    const abandoned = await checkout(org, { customer: customer.id, price: monthly.id });
    const paid = await checkout(org, { customer: customer.id, price: oneTime.id });
    await org.stripe.paymentIntents.confirm(paid.body.payment_intent as string, { payment_method: "pm_card_visa" }, org.on);
    await admin`update checkout_sessions set expires_at = now() - interval '1 second' where id in (${abandoned.body.id}, ${paid.body.id})`;
    expect(await status(abandoned.body.id)).toBe("expired");
    expect((await org.stripe.subscriptions.retrieve(abandoned.body.subscription as string, {}, org.on)).status).toBe("canceled");
    expect(await sweep(later(0))).toBe(0);
    expect(await status(paid.body.id)).toBe("complete");
  });

  it("keep the subscription of a customer who paid between the expiry's read and its void", async () => {
    const customer = await org.newCustomer();
    const monthly = await org.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
    const started = await checkout(org, { customer: customer.id, price: monthly.id });
    const read = await org.stripe.subscriptions.retrieve(started.body.subscription as string, { expand: ["latest_invoice"] }, org.on);
    expect((read.latest_invoice as Stripe.Invoice).status).toBe("open");
    await org.stripe.paymentIntents.confirm(started.body.payment_intent as string, { payment_method: "pm_card_visa" }, org.on);
    const [row] = await admin<CheckoutSessionRow[]>`select * from checkout_sessions where id = ${started.body.id}`;
    await cancelStripeObjects(org.stripe, org.on, row as CheckoutSessionRow, read);
    expect((await org.stripe.subscriptions.retrieve(read.id, {}, org.on)).status).toBe("active");
    await admin`update checkout_sessions set expires_at = now() - interval '1 second' where id = ${started.body.id}`;
    expect(await status(started.body.id)).toBe("complete");
  });

  it("expire when Stripe reports their PaymentIntent canceled, and a redelivery changes nothing", async () => {
    const customer = await org.newCustomer();
    const oneTime = await org.newPrice({ currency: "usd", unit_amount: 2_000 });
    const started = await checkout(org, { customer: customer.id, price: oneTime.id });
    const intent = started.body.payment_intent as string;
    await org.stripe.paymentIntents.cancel(intent, { cancellation_reason: "abandoned" }, org.on);
    expect((await stored(started.body.id))?.status).toBe("open");
    const canceled = (await org.deliverEvents()).find(
      (event) => event.type === "payment_intent.canceled" && (event.data.object as Stripe.PaymentIntent).id === intent,
    );
    expect(canceled).toBeDefined();
    const expired = await stored(started.body.id);
    expect(expired?.status).toBe("expired");
    await expectNoWrites(admin, org.orgId, async () => expect((await deliver(canceled as Stripe.Event)).body.outcome).toBe("duplicate"));
    expect(await stored(started.body.id)).toEqual(expired);
  });
});

describe("the cron job", () => {
  it("sweeps every organisation's sessions past their expiry", async () => {
    const other = await billingOrganization("Other Expiry Co");
    const abandon = async (merchant: BillingOrganization) => {
      const customer = await merchant.newCustomer();
      const price = await merchant.newPrice({ currency: "usd", unit_amount: 2_000 });
      const session = await checkout(merchant, { customer: customer.id, price: price.id });
      await admin`update checkout_sessions set expires_at = now() - interval '1 second' where id = ${session.body.id}`;
      return session;
    };
    const started = await abandon(org);
    const elsewhere = await abandon(other);
    // Only the checkout job: the others sweep every organisation, and other test files assert on theirs.
    await runScheduledJobs(env, undefined, { checkout_expiry: SCHEDULED_JOBS.checkout_expiry as never });
    const [row] = await admin`select status from checkout_sessions where id = ${started.body.id}`;
    expect(row?.status).toBe("expired");
    expect((await org.stripe.paymentIntents.retrieve(started.body.payment_intent as string, {}, org.on)).status).toBe("canceled");
    const [otherRow] = await admin`select status from checkout_sessions where id = ${elsewhere.body.id}`;
    expect(otherRow?.status).toBe("expired");
    expect((await other.stripe.paymentIntents.retrieve(elsewhere.body.payment_intent as string, {}, other.on)).status).toBe("canceled");
  });
});

describe("live mode", () => {
  it("is refused until the live account can take charges, saying what to finish", async () => {
    const { orgId, owner } = await newOrganization("Live Checkout Co");
    const live = (await newApiKey(admin, orgId, { livemode: true })).key;
    const customer = await api<{ id: string }>("/v1/customers", { auth: live, body: { email: "live@customer.test" } });
    const product = await api<{ id: string }>("/v1/products", { auth: live, body: { name: "Live plan" } });
    const price = await api<{ id: string }>("/v1/prices", {
      auth: live,
      body: { product: product.body.id, currency: "usd", unit_amount: 1_000, recurring: { interval: "month" } },
    });
    const body = { customer: customer.body.id, price: price.body.id };
    const noAccount = await api<{ error: { code: string; message: string } }>("/v1/checkout_sessions", { auth: live, body });
    expect(noAccount.status).toBe(409);
    expect(noAccount.body.error).toMatchObject({ code: "account_not_ready" });
    expect(noAccount.body.error.message).toContain("POST /v1/connect/account");
    await api("/v1/connect/account", { auth: owner.token, org: orgId, mode: "live", body: { country: "US" } });
    const onboarding = await api<{ error: { code: string; message: string } }>("/v1/checkout_sessions", { auth: live, body });
    expect(onboarding.status).toBe(409);
    expect(onboarding.body.error.code).toBe("account_not_ready");
    expect(onboarding.body.error.message).toMatch(/still due: .+/);
    const [row] = await admin<{ count: number }[]>`select count(*)::int as count from checkout_sessions where org_id = ${orgId}`;
    expect(row?.count).toBe(0);
  });

  it("is not needed in test mode, where a missing account is the usual stripe_account_missing", async () => {
    const { orgId, owner } = await newOrganization("No Account Co");
    const key = (await newApiKey(admin, orgId)).key;
    const customer = await api<{ id: string }>("/v1/customers", { auth: key, body: { email: "x@customer.test" } });
    const product = await api<{ id: string }>("/v1/products", { auth: key, body: { name: "Plan" } });
    const price = await api<{ id: string }>("/v1/prices", {
      auth: key,
      body: { product: product.body.id, currency: "usd", unit_amount: 1_000, recurring: { interval: "month" } },
    });
    const refused = await api<{ error: { code: string } }>("/v1/checkout_sessions", {
      auth: key,
      body: { customer: customer.body.id, price: price.body.id },
    });
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe("stripe_account_missing");
    // A test account works as soon as it exists, before onboarding.
    await api("/v1/connect/account", { auth: owner.token, org: orgId, body: { country: "US" } });
    const started = await api<{ status: string; intent: { kind: string } }>("/v1/checkout_sessions", {
      auth: key,
      body: { customer: customer.body.id, price: price.body.id },
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: "open", intent: { kind: "payment_intent" } });
  });
});
