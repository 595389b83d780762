import { env } from "cloudflare:workers";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationFee } from "../../domain/fees/application-fee";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { checkout, completeChallenge, customerSession, sessionCount, stripeObjects } from "../../test/checkout-fixtures";
import { adminSql, newApiKey } from "../../test/fixtures";
import { deliver } from "../../test/stripe";

const admin = adminSql();
let org: BillingOrganization;
let monthly: { id: string; stripe_id: string; product: string };

beforeAll(async () => {
  org = await billingOrganization("Checkout Co");
  monthly = await org.newPrice({
    currency: "usd",
    unit_amount: 2_000,
    recurring: { interval: "month" },
    currency_options: { eur: { unit_amount: 1_800 } },
  });
});
afterAll(() => admin.end());

const intentOf = (secret: string | null) => (secret ?? "").split("_secret_")[0] as string;

describe("checkout of a recurring price", () => {
  it("subscribes with one charge carrying BillingOS's fee, and records it in the fee ledger", async () => {
    const customer = await org.newCustomer();
    const session = await checkout(org, { customer: customer.id, price: monthly.id, quantity: 2 });
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({ object: "checkout_session", status: "open", quantity: 2, currency: "usd", livemode: false });
    expect(session.body.id).toMatch(/^cs_/);
    // Stripe.js in the page: Stripe(publishable_key, { stripeAccount: account }).
    expect(session.body.stripe).toEqual({ publishable_key: "pk_test_billingos_local", account: org.account });
    expect(session.body.intent.kind).toBe("payment_intent");
    expect(session.body.intent.client_secret).toMatch(/^pi_.+_secret_/);
    expect(session.body.payment_intent).toBe(intentOf(session.body.intent.client_secret));
    expect(session.body.summary).toMatchObject({ subtotal: 4_000, discount: 0, total_due_now: 4_000, trial_end: null });
    expect(session.body.summary.recurring).toEqual({ amount: 4_000, interval: "month", interval_count: 1 });
    expect(session.body.summary.line_items).toEqual([expect.objectContaining({ quantity: 2, unit_amount: 2_000, amount: 4_000 })]);
    expect(session.body.expires_at - session.body.created).toBe(30 * 60);

    const paid = await org.stripe.paymentIntents.confirm(session.body.payment_intent as string, { payment_method: "pm_card_visa" }, org.on);
    expect(paid.status).toBe("succeeded");
    await org.deliverEvents();
    const subscription = await org.stripe.subscriptions.retrieve(
      session.body.subscription as string,
      { expand: ["latest_invoice"] },
      org.on,
    );
    expect(subscription.status).toBe("active");
    const invoice = subscription.latest_invoice as Stripe.Invoice;
    expect(invoice.status).toBe("paid");
    const { charges } = await stripeObjects(org, customer.stripe_customer_id);
    expect(charges).toHaveLength(1);
    const [charge] = charges as [Stripe.Charge];
    expect(charge.amount).toBe(4_000);
    const expectedFee = applicationFee(4_000, "usd").fee;
    expect(expectedFee).toBe(50); // 0.5 % of $40 = 20 ¢ + 30 ¢ fixed
    expect(charge.application_fee_amount).toBe(expectedFee);
    const fee = await org.stripe.applicationFees.retrieve(charge.application_fee as string);
    expect(fee.amount).toBe(expectedFee);
    const [ledger] = await admin`select * from fee_ledger where invoice_id = ${invoice.id as string}`;
    expect(ledger).toMatchObject({ gross: "4000", fee: "50", net: "3950", charge_id: charge.id, application_fee_id: fee.id });

    const done = await org.as<{ status: string; intent: { client_secret: string | null } }>(`/v1/checkout_sessions/${session.body.id}`);
    expect(done.body.status).toBe("complete");
    expect(done.body.intent.client_secret).toBeNull();
    const mirrored = await org.as<{ data: { id: string; status: string }[] }>(`/v1/subscriptions?customer=${customer.id}`);
    expect(mirrored.body.data).toEqual([expect.objectContaining({ id: subscription.id, status: "active" })]);
  });

  it("moves the subscription's mirror with the session read that finds it paid, before Stripe's webhooks; they add nothing", async () => {
    const customer = await org.newCustomer();
    const session = await checkout(org, { customer: customer.id, price: monthly.id });
    await org.stripe.paymentIntents.confirm(session.body.payment_intent as string, { payment_method: "pm_card_visa" }, org.on);
    const read = async () =>
      (await org.as<{ data: { id: string; status: string }[] }>(`/v1/subscriptions?customer=${customer.id}`)).body.data;
    expect((await read()).map((subscription) => subscription.status)).not.toContain("active");

    const done = await org.as<{ status: string }>(`/v1/checkout_sessions/${session.body.id}`);
    expect(done.body.status).toBe("complete");
    expect(await read()).toEqual([expect.objectContaining({ id: session.body.subscription, status: "active" })]);

    await org.deliverEvents();
    expect(await read()).toEqual([expect.objectContaining({ id: session.body.subscription, status: "active" })]);
    const history = await admin<{ status: string }[]>`
      select status from subscription_history where subscription_id = ${session.body.subscription as string} order by occurred`;
    expect(history.filter((row) => row.status === "active")).toHaveLength(1);
  });

  it("turns the subscription active with the payment's webhook alone, before Stripe's subscription events", async () => {
    const customer = await org.newCustomer();
    const session = await checkout(org, { customer: customer.id, price: monthly.id });
    const intent = session.body.payment_intent as string;
    await org.stripe.paymentIntents.confirm(intent, { payment_method: "pm_card_visa" }, org.on);
    const events = await org.stripe.events.list({ type: "payment_intent.succeeded", limit: 20 }, org.on);
    const succeeded = events.data.find((event) => (event.data.object as { id: string }).id === intent) as Stripe.Event;
    expect((await deliver(succeeded)).status).toBe(200);

    const [row] = await admin<{ status: string }[]>`select status from checkout_sessions where id = ${session.body.id as string}`;
    expect(row?.status).toBe("complete");
    const listed = await org.as<{ data: { id: string; status: string }[] }>(`/v1/subscriptions?customer=${customer.id}`);
    expect(listed.body.data).toEqual([expect.objectContaining({ id: session.body.subscription, status: "active" })]);
    // The card that paid is the customer's default, as the portal shows it (Stripe set it on the subscription only).
    const cards = await org.as<{ data: { default: boolean; last4: string }[] }>(`/v1/customers/${customer.id}/payment_methods`, {
      method: "GET",
    });
    expect(cards.body.data.map((card) => [card.last4, card.default])).toEqual([["4242", true]]);
    await org.deliverEvents();
  });

  it("completes after a 3-D Secure challenge, confirmed in the page with the client secret and a publishable key", async () => {
    const customer = await org.newCustomer();
    const token = await customerSession(org, customer.id);
    const session = await checkout(org, { price: monthly.id }, token);
    const intent = session.body.payment_intent as string;
    // What Stripe.js does in the browser: the platform's publishable key, the connected account, the client secret.
    const base = new URL(env.STRIPE_API_BASE as string);
    const browser = new Stripe("pk_test_browser", {
      httpClient: Stripe.createFetchHttpClient(),
      host: base.hostname,
      port: Number(base.port),
      protocol: "http",
    });
    const action = await browser.paymentIntents.confirm(
      intent,
      {
        payment_method: "pm_card_threeDSecure2Required",
        client_secret: session.body.intent.client_secret,
      } as Stripe.PaymentIntentConfirmParams,
      org.on,
    );
    expect(action.status).toBe("requires_action");
    expect((await org.as<{ status: string }>(`/v1/checkout_sessions/${session.body.id}`)).body.status).toBe("open");
    await completeChallenge(intent, session.body.intent.client_secret as string);
    await org.deliverEvents();
    expect((await org.stripe.subscriptions.retrieve(session.body.subscription as string, {}, org.on)).status).toBe("active");
    expect((await org.as<{ status: string }>(`/v1/checkout_sessions/${session.body.id}`)).body.status).toBe("complete");
  });

  it("keeps a declined session open for another card, with no successful charge", async () => {
    const customer = await org.newCustomer();
    const session = await checkout(org, { customer: customer.id, price: monthly.id });
    const intent = session.body.payment_intent as string;
    const declined = await org.stripe.paymentIntents.confirm(intent, { payment_method: "pm_card_chargeDeclined" }, org.on).catch((e) => e);
    expect(declined).toMatchObject({ type: "StripeCardError", code: "card_declined" });
    await org.deliverEvents();
    expect((await org.stripe.subscriptions.retrieve(session.body.subscription as string, {}, org.on)).status).toBe("incomplete");
    const { charges } = await stripeObjects(org, customer.stripe_customer_id);
    expect(charges.filter((charge) => charge.status === "succeeded")).toHaveLength(0);
    const again = await org.as<{ status: string; intent: { client_secret: string } }>(`/v1/checkout_sessions/${session.body.id}`);
    expect(again.body.status).toBe("open");
    expect(again.body.intent.client_secret).toBe(session.body.intent.client_secret);
    const paid = await org.stripe.paymentIntents.confirm(intent, { payment_method: "pm_card_visa" }, org.on);
    expect(paid.status).toBe("succeeded");
    await org.deliverEvents();
    expect((await org.as<{ status: string }>(`/v1/checkout_sessions/${session.body.id}`)).body.status).toBe("complete");
  });

  it("returns the same open session on a double submit, and refuses a second subscription to the product", async () => {
    const customer = await org.newCustomer();
    const body = { customer: customer.id, price: monthly.id, currency: "eur" };
    const [first, ...others] = await Promise.all([1, 2, 3, 4].map(() => checkout(org, body)));
    expect(first?.status).toBe(201);
    for (const other of others)
      expect([other.status, other.body.id, other.body.subscription]).toEqual([201, first?.body.id, first?.body.subscription]);
    if (!first) throw new Error("no response");
    expect(first.body.summary.total_due_now).toBe(1_800);
    expect((await stripeObjects(org, customer.stripe_customer_id)).subscriptions).toHaveLength(1);
    await org.stripe.paymentIntents.confirm(first.body.payment_intent as string, { payment_method: "pm_card_visa" }, org.on);
    await org.deliverEvents();
    const third = await checkout(org, body);
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe("already_subscribed");
    const otherPrice = await org.newPrice({ currency: "usd", unit_amount: 9_000, recurring: { interval: "year" } }, monthly.product);
    expect((await checkout(org, { customer: customer.id, price: otherPrice.id })).body.error.code).toBe("already_subscribed");
    await org.stripe.subscriptions.cancel(first.body.subscription as string, {}, org.on);
    const resubscribe = await checkout(org, body);
    expect(resubscribe.status).toBe(201);
    expect(resubscribe.body.id).not.toBe(first.body.id);
  });

  it("replaces the customer's open checkout for the same product when the purchase changes", async () => {
    const customer = await org.newCustomer();
    const one = await checkout(org, { customer: customer.id, price: monthly.id });
    const two = await checkout(org, { customer: customer.id, price: monthly.id, quantity: 2 });
    expect(two.status).toBe(201);
    expect(two.body.id).not.toBe(one.body.id);
    expect((await org.as<{ status: string }>(`/v1/checkout_sessions/${one.body.id}`)).body.status).toBe("expired");
    const { subscriptions } = await stripeObjects(org, customer.stripe_customer_id);
    expect(subscriptions.map((subscription) => [subscription.id, subscription.status]).sort()).toEqual(
      [
        [one.body.subscription, "canceled"],
        [two.body.subscription, "incomplete"],
      ].sort(),
    );
    const stale = await org.stripe.paymentIntents
      .confirm(one.body.payment_intent as string, { payment_method: "pm_card_visa" }, org.on)
      .catch((e) => e);
    expect(stale).toMatchObject({ type: "StripeInvalidRequestError" });
  });
});

describe("who may check out", () => {
  it("binds a customer session to its own customer", async () => {
    const ada = await org.newCustomer();
    const bob = await org.newCustomer();
    const token = await customerSession(org, ada.id);
    const own = await checkout(org, { price: monthly.id }, token);
    expect(own.status).toBe(201);
    expect(own.body.customer).toBe(ada.id);
    expect((await org.as(`/v1/checkout_sessions/${own.body.id}`, { auth: token })).status).toBe(200);
    const before = await sessionCount(admin, org.orgId);
    const foreign = await checkout(org, { customer: bob.id, price: monthly.id }, token);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.param).toBe("customer");
    expect(await sessionCount(admin, org.orgId)).toBe(before);
    expect((await stripeObjects(org, bob.stripe_customer_id)).subscriptions).toHaveLength(0);
    const bobs = await checkout(org, { customer: bob.id, price: monthly.id });
    expect((await org.as(`/v1/checkout_sessions/${bobs.body.id}`, { auth: token })).status).toBe(404);
  });

  it("refuses publishable keys and other organisations", async () => {
    const customer = await org.newCustomer();
    const publishable = (await newApiKey(admin, org.orgId, { type: "publishable" })).key;
    expect((await checkout(org, { customer: customer.id, price: monthly.id }, publishable)).status).toBe(403);
    const other = await billingOrganization("Other Checkout Co");
    const before = await sessionCount(admin, org.orgId);
    const foreign = await checkout(other, { customer: customer.id, price: monthly.id });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.param).toBe("customer");
    const own = await checkout(org, { customer: customer.id, price: monthly.id });
    expect((await other.as(`/v1/checkout_sessions/${own.body.id}`)).status).toBe(404);
    expect(await sessionCount(admin, org.orgId)).toBe(before + 1);
  });
});

describe("bad input", () => {
  it("answers 400/404 naming the param, writes nothing and creates nothing on Stripe", async () => {
    const customer = await org.newCustomer();
    const archived = await org.newPrice({ currency: "usd", unit_amount: 500, recurring: { interval: "month" } });
    await org.as(`/v1/prices/${archived.id}`, { body: { active: false } });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ customer: customer.id, price: "price_nope" }, 404, "price"],
      [{ customer: customer.id, price: archived.id }, 400, "price"],
      [{ customer: customer.id, price: monthly.id, currency: "gbp" }, 400, "currency"],
      [{ customer: customer.id, price: monthly.id, currency: "USD" }, 400, "currency"],
      [{ customer: customer.id, price: monthly.id, quantity: 0 }, 400, "quantity"],
      [{ customer: customer.id, price: monthly.id, quantity: 1.5 }, 400, "quantity"],
      [{ customer: customer.id, price: monthly.id, quantity: 10_001 }, 400, "quantity"],
      [{ customer: customer.id, price: monthly.id, quantity: "2" }, 400, "quantity"],
      [{ customer: customer.id, price: monthly.id, promotion_code: "NOSUCHCODE" }, 400, "promotion_code"],
      [{ price: monthly.id }, 400, "customer"],
      [{ customer: "cus_nope", price: monthly.id }, 404, "customer"],
      [{ customer: customer.id, price: monthly.id, extra: 1 }, 400, "extra"],
    ];
    const before = await sessionCount(admin, org.orgId);
    for (const [body, status, param] of cases) {
      const response = await checkout(org, body);
      expect({ body, status: response.status, param: response.body.error?.param }).toEqual({ body, status, param });
    }
    expect(await sessionCount(admin, org.orgId)).toBe(before);
    const left = await stripeObjects(org, customer.stripe_customer_id);
    expect(left.subscriptions).toHaveLength(0);
    expect(left.intents).toHaveLength(0);
  });
});
