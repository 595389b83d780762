import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationFee } from "../../domain/fees/application-fee";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { checkout, stripeObjects } from "../../test/checkout-fixtures";
import { adminSql, newApiKey } from "../../test/fixtures";
import { expectNoWrites } from "../../test/org-rows";
import { deliver } from "../../test/stripe";

const admin = adminSql();
let org: BillingOrganization;

beforeAll(async () => {
  org = await billingOrganization("Checkout Variants Co");
});
afterAll(() => admin.end());

const session = (id: string) => org.as<{ status: string; intent: { client_secret: string | null } }>(`/v1/checkout_sessions/${id}`);

describe("trials", () => {
  it("collects the card through a SetupIntent when the trial requires one", async () => {
    const price = await org.newPrice({ currency: "usd", unit_amount: 3_000, recurring: { interval: "month" }, trial_period_days: 14 });
    const customer = await org.newCustomer();
    const started = await checkout(org, { customer: customer.id, price: price.id });
    expect(started.status).toBe(201);
    expect(started.body.intent.kind).toBe("setup_intent");
    expect(started.body.intent.client_secret).toMatch(/^seti_.+_secret_/);
    expect(started.body.payment_intent).toBeNull();
    expect(started.body.summary.total_due_now).toBe(0);
    expect(started.body.summary.recurring).toEqual({ amount: 3_000, interval: "month", interval_count: 1 });
    expect(started.body.summary.trial_end).toBeGreaterThanOrEqual(started.body.created + 14 * 86_400);
    const setupId = (started.body.intent.client_secret as string).split("_secret_")[0] as string;
    const confirmed = await org.stripe.setupIntents.confirm(setupId, { payment_method: "pm_card_visa" }, org.on);
    expect(confirmed.status).toBe("succeeded");
    await org.deliverEvents();
    const subscription = await org.stripe.subscriptions.retrieve(started.body.subscription as string, {}, org.on);
    expect(subscription.status).toBe("trialing");
    expect(subscription.default_payment_method).toBe(confirmed.payment_method);
    const stripeCustomer = (await org.stripe.customers.retrieve(customer.stripe_customer_id, {}, org.on)) as Stripe.Customer;
    expect(stripeCustomer.invoice_settings.default_payment_method).toBe(confirmed.payment_method);
    expect((await session(started.body.id)).body.status).toBe("complete");
    const [row] = await admin`select status from checkout_sessions where id = ${started.body.id}`;
    expect(row?.status).toBe("complete");
  });

  it("starts a trial with no intent when no card is required, canceling at trial end without one", async () => {
    const price = await org.newPrice({
      currency: "usd",
      unit_amount: 3_000,
      recurring: { interval: "month" },
      trial_period_days: 7,
      trial_requires_payment_method: false,
    });
    const customer = await org.newCustomer();
    const started = await checkout(org, { customer: customer.id, price: price.id });
    expect(started.body).toMatchObject({ status: "complete", intent: { kind: "none", client_secret: null } });
    const subscription = await org.stripe.subscriptions.retrieve(started.body.subscription as string, {}, org.on);
    expect(subscription.status).toBe("trialing");
    expect(subscription.pending_setup_intent).toBeNull();
    expect(subscription.trial_settings?.end_behavior.missing_payment_method).toBe("cancel");
  });
});

describe("one-time, free and discounted purchases", () => {
  it("records the fee Stripe took, even when the organisation's tier changed before the payment event arrived", async () => {
    const tiered = await billingOrganization("Tier Changed Co");
    const price = await tiered.newPrice({ currency: "usd", unit_amount: 2_000 });
    const customer = await tiered.newCustomer();
    const started = await checkout(tiered, { customer: customer.id, price: price.id });
    await tiered.stripe.paymentIntents.confirm(started.body.payment_intent as string, { payment_method: "pm_card_visa" }, tiered.on);
    await admin`update organizations set billing_tier = 'growth' where id = ${tiered.orgId}`;
    await tiered.deliverEvents();
    const fee = applicationFee(2_000, "usd").fee;
    const [ledger] = await admin`select gross, fee, net from fee_ledger where payment_intent_id = ${started.body.payment_intent as string}`;
    expect(ledger).toEqual({ gross: "2000", fee: String(fee), net: String(2_000 - fee) });
  });

  it("charges a one-time price once through a PaymentIntent with the fee, and records it in the fee ledger once", async () => {
    const price = await org.newPrice({ currency: "usd", unit_amount: 1_500 });
    const customer = await org.newCustomer();
    const started = await checkout(org, { customer: customer.id, price: price.id, quantity: 3 });
    expect(started.status).toBe(201);
    expect(started.body.subscription).toBeNull();
    expect(started.body.summary).toMatchObject({ subtotal: 4_500, discount: 0, total_due_now: 4_500, recurring: null });
    const intent = await org.stripe.paymentIntents.retrieve(started.body.payment_intent as string, {}, org.on);
    expect(intent.amount).toBe(4_500);
    const fee = applicationFee(4_500, "usd").fee;
    expect(fee).toBe(53); // 22.5 ¢ rounds half up to 23, plus 30 ¢
    expect(intent.application_fee_amount).toBe(fee);
    const paid = await org.stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" }, org.on);
    const events = await org.deliverEvents();
    // Duplicate and out-of-order deliveries change nothing more: not a single row.
    await expectNoWrites(admin, org.orgId, async () => {
      for (const event of [...events].reverse()) expect((await deliver(event)).body.outcome).toMatch(/duplicate|ignored/);
    });
    const charge = await org.stripe.charges.retrieve(paid.latest_charge as string, {}, org.on);
    expect(charge.application_fee_amount).toBe(fee);
    const ledger = await admin`select * from fee_ledger where payment_intent_id = ${intent.id}`;
    expect(ledger).toEqual([
      expect.objectContaining({ gross: "4500", fee: "53", net: "4447", charge_id: charge.id, application_fee_id: charge.application_fee }),
    ]);
    expect((await session(started.body.id)).body.status).toBe("complete");
  });

  it("activates a free plan with no payment and no intent", async () => {
    const price = await org.newPrice({ currency: "usd", unit_amount: 0, recurring: { interval: "month" } });
    const customer = await org.newCustomer();
    const started = await checkout(org, { customer: customer.id, price: price.id });
    expect(started.body).toMatchObject({ status: "complete", intent: { kind: "none", client_secret: null }, payment_intent: null });
    expect(started.body.summary.total_due_now).toBe(0);
    expect((await org.stripe.subscriptions.retrieve(started.body.subscription as string, {}, org.on)).status).toBe("active");
    const { intents, charges } = await stripeObjects(org, customer.stripe_customer_id);
    expect(intents).toHaveLength(0);
    expect(charges).toHaveLength(0);
  });

  it("applies a promotion code to the summary, the invoice and the fee", async () => {
    const coupon = await org.stripe.coupons.create({ percent_off: 25, duration: "forever" }, org.on);
    await org.stripe.promotionCodes.create({ promotion: { type: "coupon", coupon: coupon.id }, code: "SPRING25" }, org.on);
    const price = await org.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
    const customer = await org.newCustomer();
    const started = await checkout(org, { customer: customer.id, price: price.id, promotion_code: "SPRING25" });
    expect(started.status).toBe(201);
    expect(started.body.summary).toMatchObject({ subtotal: 2_000, discount: 500, total_due_now: 1_500 });
    const subscription = await org.stripe.subscriptions.retrieve(
      started.body.subscription as string,
      { expand: ["latest_invoice"] },
      org.on,
    );
    expect((subscription.latest_invoice as Stripe.Invoice).amount_due).toBe(1_500);
    const paid = await org.stripe.paymentIntents.confirm(started.body.payment_intent as string, { payment_method: "pm_card_visa" }, org.on);
    const charge = await org.stripe.charges.retrieve(paid.latest_charge as string, {}, org.on);
    expect(charge.amount).toBe(1_500);
    expect(charge.application_fee_amount).toBe(applicationFee(1_500, "usd").fee);

    const amountOff = await org.stripe.coupons.create({ amount_off: 700, currency: "usd", duration: "once" }, org.on);
    await org.stripe.promotionCodes.create({ promotion: { type: "coupon", coupon: amountOff.id }, code: "SEVEN" }, org.on);
    const oneTime = await org.newPrice({ currency: "usd", unit_amount: 1_000 });
    const discounted = await checkout(org, { customer: customer.id, price: oneTime.id, promotion_code: "SEVEN" });
    expect(discounted.body.summary).toMatchObject({ subtotal: 1_000, discount: 700, total_due_now: 300 });
    expect((await org.stripe.paymentIntents.retrieve(discounted.body.payment_intent as string, {}, org.on)).amount).toBe(300);
    const eur = await org.newPrice({ currency: "eur", unit_amount: 1_000 });
    const wrongCurrency = await checkout(org, { customer: customer.id, price: eur.id, promotion_code: "SEVEN" });
    expect(wrongCurrency.status).toBe(400);
    expect(wrongCurrency.body.error.param).toBe("promotion_code");
  });

  it("refuses a promotion code whose restrictions the purchase does not meet, writing and charging nothing", async () => {
    const coupon = await org.stripe.coupons.create({ amount_off: 500, currency: "usd", duration: "once" }, org.on);
    const oneTime = await org.newPrice({ currency: "usd", unit_amount: 1_000 });
    const customer = await org.newCustomer();
    const other = await org.newCustomer();
    const promo = (code: string, extra: Partial<Stripe.PromotionCodeCreateParams>) =>
      org.stripe.promotionCodes.create({ promotion: { type: "coupon", coupon: coupon.id }, code, ...extra }, org.on);
    await promo("OVER5000", { restrictions: { minimum_amount: 5_000, minimum_amount_currency: "usd" } });
    await promo("ONLYOTHER", { customer: other.stripe_customer_id as string });
    await promo("GONE", { expires_at: Math.floor(Date.now() / 1000) + 2 });
    await promo("FIRSTONLY", { restrictions: { first_time_transaction: true } });
    await promo("ONCE", { max_redemptions: 1 });
    // ONCE is used up by a subscription, where Stripe counts the redemption.
    const monthly = await org.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
    expect((await checkout(org, { customer: other.id, price: monthly.id, promotion_code: "ONCE" })).status).toBe(201);
    // FIRSTONLY still works for a customer who never paid, and a quantity that reaches the minimum passes.
    expect((await checkout(org, { customer: customer.id, price: oneTime.id, promotion_code: "FIRSTONLY" })).status).toBe(201);
    expect((await checkout(org, { customer: customer.id, price: oneTime.id, quantity: 5, promotion_code: "OVER5000" })).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const paid = await checkout(org, { customer: other.id, price: oneTime.id });
    await org.stripe.paymentIntents.confirm(paid.body.payment_intent as string, { payment_method: "pm_card_visa" }, org.on);

    const before = await admin`select count(*)::int as n from checkout_sessions where org_id = ${org.orgId}`;
    const intentsBefore = (await org.stripe.paymentIntents.list({ limit: 100 }, org.on)).data.length;
    for (const [buyer, code, message] of [
      [customer, "OVER5000", /at least 5000/],
      [customer, "ONLYOTHER", /not available to this customer/],
      [customer, "GONE", /expired/],
      [other, "FIRSTONLY", /first purchase only/],
      [customer, "ONCE", /used as often as it may be/],
    ] as const) {
      const refused = await checkout(org, { customer: buyer.id, price: oneTime.id, promotion_code: code });
      expect([refused.status, refused.body.error.code, refused.body.error.param]).toEqual([
        400,
        "promotion_code_invalid",
        "promotion_code",
      ]);
      expect(refused.body.error.message).toMatch(message);
    }
    expect(await admin`select count(*)::int as n from checkout_sessions where org_id = ${org.orgId}`).toEqual(before);
    expect((await org.stripe.paymentIntents.list({ limit: 100 }, org.on)).data).toHaveLength(intentsBefore);
  });
});

describe("a price not yet on Stripe", () => {
  it("is pushed by checkout first, finding the Stripe price again instead of making a second one", async () => {
    const price = await org.newPrice({ currency: "usd", unit_amount: 1_200, recurring: { interval: "month" } });
    await admin`update prices set stripe_id = null, sync_status = 'pending' where id = ${price.id}`;
    const customer = await org.newCustomer();
    const started = await checkout(org, { customer: customer.id, price: price.id });
    expect(started.status).toBe(201);
    const [row] = await admin`select stripe_id, sync_status from prices where id = ${price.id}`;
    expect(row).toEqual({ stripe_id: price.stripe_id, sync_status: "synced" });
    const subscription = await org.stripe.subscriptions.retrieve(started.body.subscription as string, {}, org.on);
    expect(subscription.items.data[0]?.price.id).toBe(price.stripe_id);
    expect((await org.stripe.prices.list({ product: price.product }, org.on)).data).toHaveLength(1);
  });
});

describe("fee tiers", () => {
  it("takes no application fee from an organisation on a BillingOS tier, which the API cannot grant itself", async () => {
    const tiered = await billingOrganization("Tiered Co");
    const selfUpgrade = await tiered.as<{ error: { param: string } }>(`/v1/organizations/${tiered.orgId}`, {
      body: { billing_tier: "scale" },
    });
    expect(selfUpgrade.status).toBe(400);
    const refused = await admin
      .begin(async (tx) => {
        await tx`select set_config('role', 'billingos_api', true), set_config('request.jwt.claims', ${JSON.stringify({ org_id: tiered.orgId, livemode: false })}, true)`;
        await tx`update organizations set billing_tier = 'scale' where id = ${tiered.orgId}`;
      })
      .catch((error: { code: string }) => error.code);
    expect(refused).toBe("42501");
    await admin`update organizations set billing_tier = 'growth' where id = ${tiered.orgId}`;
    const customer = await tiered.newCustomer();
    const monthly = await tiered.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
    const started = await checkout(tiered, { customer: customer.id, price: monthly.id });
    const paid = await tiered.stripe.paymentIntents.confirm(
      started.body.payment_intent as string,
      { payment_method: "pm_card_visa" },
      tiered.on,
    );
    const charge = await tiered.stripe.charges.retrieve(paid.latest_charge as string, {}, tiered.on);
    expect(charge.application_fee_amount).toBeNull();
    expect(charge.application_fee).toBeNull();
    const oneTime = await tiered.newPrice({ currency: "usd", unit_amount: 1_000 });
    const bought = await checkout(tiered, { customer: customer.id, price: oneTime.id });
    expect(
      (await tiered.stripe.paymentIntents.retrieve(bought.body.payment_intent as string, {}, tiered.on)).application_fee_amount,
    ).toBeNull();
    await tiered.deliverEvents();
    const ledger = await admin`select fee, net, gross from fee_ledger where org_id = ${tiered.orgId}`;
    expect(ledger).toEqual([{ fee: "0", net: "2000", gross: "2000" }]);
  });
});

describe("who may start a checkout", () => {
  it("lets a restricted key with subscriptions:write start one, but not one without it", async () => {
    const customer = await org.newCustomer();
    const price = await org.newPrice({ currency: "usd", unit_amount: 900, recurring: { interval: "month" } });
    const writer = (await newApiKey(admin, org.orgId, { type: "restricted", scopes: { subscriptions: "write" } })).key;
    const reader = (await newApiKey(admin, org.orgId, { type: "restricted", scopes: { subscriptions: "read" } })).key;
    expect((await checkout(org, { customer: customer.id, price: price.id }, reader)).status).toBe(403);
    const started = await checkout(org, { customer: customer.id, price: price.id }, writer);
    expect(started.status).toBe(201);
    expect((await org.as(`/v1/checkout_sessions/${started.body.id}`, { auth: reader })).status).toBe(200);
  });
});
