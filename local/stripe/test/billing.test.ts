import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { advance, billingFixture, DAY, latestInvoice } from "./billing-helpers";
import { emulatorOnly, rejection, stripeClient, type Target } from "./client";

describe("stripe emulator: subscriptions and invoices", () => {
  let target: Target;
  let stripe: Stripe;
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
  });
  after(() => target.close());

  it("charges the first invoice of a subscription at once and renews it every month", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    assert.equal(subscription.status, "active");
    assert.equal(subscription.items.data[0]?.current_period_start, start);
    const first = await latestInvoice(stripe, subscription.id);
    assert.equal(first.status, "paid");
    assert.equal(first.amount_paid, 1_000);
    assert.equal(first.billing_reason, "subscription_create");
    await advance(stripe, clock, start + 31 * DAY + 2 * 3600);
    const renewed = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(renewed.items.data[0]?.current_period_start, Math.floor(Date.UTC(2027, 1, 15, 12) / 1000));
    const second = await latestInvoice(stripe, subscription.id);
    assert.notEqual(second.id, first.id);
    assert.equal(second.billing_reason, "subscription_cycle");
    assert.equal(second.status, "paid");
    assert.equal(second.amount_paid, 1_000);
  });

  it("pays a default_incomplete subscription through its invoice's PaymentIntent with 3-D Secure", emulatorOnly, async () => {
    const { customer, basic } = await billingFixture(stripe, { card: "none" });
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: basic.id }],
      payment_behavior: "default_incomplete",
      payment_settings: { save_default_payment_method: "on_subscription" },
      expand: ["latest_invoice.confirmation_secret"],
    });
    assert.equal(subscription.status, "incomplete");
    const invoice = subscription.latest_invoice as Stripe.Invoice;
    const secret = invoice.confirmation_secret?.client_secret ?? "";
    assert.match(secret, /^pi_.+_secret_/);
    const intentId = secret.split("_secret_")[0] ?? "";
    const action = await stripe.paymentIntents.confirm(intentId, {
      payment_method: "pm_card_authenticationRequired",
      return_url: "https://example.com/back",
    });
    assert.equal(action.status, "requires_action");
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).status, "incomplete");
    const done = await fetch(`${target.url}/_emulator/3ds/${intentId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_secret: secret, outcome: "complete" }),
    });
    assert.equal(done.status, 200);
    const active = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(active.status, "active");
    assert.match(String(active.default_payment_method), /^pm_/);
    assert.equal((await latestInvoice(stripe, subscription.id)).status, "paid");
  });

  it("converts a trial into a paid subscription and warns three days before", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }], trial_period_days: 14 });
    assert.equal(subscription.status, "trialing");
    assert.equal(subscription.trial_end, start + 14 * DAY);
    const trialInvoice = await latestInvoice(stripe, subscription.id);
    assert.equal(trialInvoice.amount_due, 0);
    assert.equal(trialInvoice.status, "paid");
    await advance(stripe, clock, start + 14 * DAY + 2 * 3600);
    const converted = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(converted.status, "active");
    const paid = await latestInvoice(stripe, subscription.id);
    assert.equal(paid.amount_paid, 1_000);
    assert.equal(paid.status, "paid");
    if (target.url) {
      const warnings = await stripe.events.list({ type: "customer.subscription.trial_will_end" });
      assert.ok(warnings.data.some((event) => (event.data.object as Stripe.Subscription).id === subscription.id));
    }
  });

  it("cancels or pauses a trial that ends without a payment method, and resumes the paused one", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe, { card: "none" });
    const canceling = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: basic.id }],
      trial_period_days: 7,
      trial_settings: { end_behavior: { missing_payment_method: "cancel" } },
    });
    const pausing = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: basic.id }],
      trial_period_days: 7,
      trial_settings: { end_behavior: { missing_payment_method: "pause" } },
    });
    await advance(stripe, clock, start + 8 * DAY);
    assert.equal((await stripe.subscriptions.retrieve(canceling.id)).status, "canceled");
    assert.equal((await stripe.subscriptions.retrieve(pausing.id)).status, "paused");
    const method = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: method.id } });
    const resumed = await stripe.subscriptions.resume(pausing.id, { billing_cycle_anchor: { type: "now" } });
    assert.equal(resumed.status, "active");
    assert.equal((await latestInvoice(stripe, pausing.id)).status, "paid");
  });

  it("goes past_due when a renewal fails, retries on schedule and recovers with a new card", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const failing = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.id });
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: failing.id } });
    await advance(stripe, clock, start + 31 * DAY + 2 * 3600);
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).status, "past_due");
    const failed = await latestInvoice(stripe, subscription.id);
    assert.equal(failed.status, "open");
    assert.equal(failed.attempt_count, 1);
    assert.ok(failed.next_payment_attempt);
    const good = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: good.id } });
    await advance(stripe, clock, (failed.next_payment_attempt ?? 0) + 3600);
    const recovered = await stripe.invoices.retrieve(failed.id);
    assert.equal(recovered.status, "paid");
    assert.equal(recovered.attempt_count, 2);
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).status, "active");
  });

  it("retries with the subscription's current default payment method, set after the failure", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const failing = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.id });
    await stripe.subscriptions.update(subscription.id, { default_payment_method: failing.id });
    await advance(stripe, clock, start + 31 * DAY + 2 * 3600);
    const failed = await latestInvoice(stripe, subscription.id);
    assert.equal(failed.status, "open");
    assert.equal(failed.default_payment_method, null);
    const good = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
    await stripe.subscriptions.update(subscription.id, { default_payment_method: good.id });
    await advance(stripe, clock, (failed.next_payment_attempt ?? 0) + 3600);
    assert.equal((await stripe.invoices.retrieve(failed.id)).status, "paid");
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).status, "active");
  });

  it("cancels a subscription after the last retry fails", emulatorOnly, async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const failing = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.id });
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: failing.id } });
    await advance(stripe, clock, start + 31 * DAY + 16 * DAY);
    const canceled = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(canceled.status, "canceled");
    assert.equal(canceled.cancellation_details?.reason, "payment_failed");
    assert.equal((await latestInvoice(stripe, subscription.id)).attempt_count, 4);
  });

  it("finds the invoice a PaymentIntent paid through invoice payments", async () => {
    const { customer, basic } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const invoice = await latestInvoice(stripe, subscription.id);
    const expanded = await stripe.invoices.retrieve(invoice.id, { expand: ["payments"] });
    const intent = String(expanded.payments?.data[0]?.payment.payment_intent);
    const found = await stripe.invoicePayments.list({ payment: { type: "payment_intent", payment_intent: intent } });
    assert.deepEqual(
      found.data.map((payment) => [payment.invoice, payment.status, payment.amount_paid]),
      [[invoice.id, "paid", invoice.amount_paid]],
    );
    assert.equal((await stripe.invoicePayments.retrieve(found.data[0]?.id ?? "")).invoice, invoice.id);
    assert.deepEqual(
      (await stripe.invoicePayments.list({ invoice: invoice.id })).data.map((payment) => payment.id),
      [found.data[0]?.id],
    );
    const none = await stripe.invoicePayments.list({ payment: { type: "payment_intent", payment_intent: "pi_none" } });
    assert.equal(none.data.length, 0);
  });

  it("takes an application fee on every paid invoice of a connected account", emulatorOnly, async () => {
    const account = await stripe.accounts.create({ type: "express", country: "US" });
    const { clock, customer, basic, start } = await billingFixture(stripe, { stripeAccount: account.id, amount: 2_345 });
    const request = { stripeAccount: account.id };
    const subscription = await stripe.subscriptions.create(
      { customer: customer.id, items: [{ price: basic.id }], application_fee_percent: 10 },
      request,
    );
    await advance(stripe, clock, start + 62 * DAY, account.id);
    const invoices = await stripe.invoices.list({ subscription: subscription.id, status: "paid" }, request);
    assert.equal(invoices.data.length, 3);
    const fees = await stripe.applicationFees.list({ limit: 100 });
    for (const invoice of invoices.data) {
      const payments = (await stripe.invoices.retrieve(invoice.id, { expand: ["payments"] }, request)).payments?.data ?? [];
      const intent = await stripe.paymentIntents.retrieve(String(payments[0]?.payment.payment_intent), {}, request);
      assert.equal(intent.application_fee_amount, Math.round(invoice.amount_paid * 0.1));
      const charge = await stripe.charges.retrieve(String(intent.latest_charge), {}, request);
      const fee = fees.data.find((candidate) => candidate.id === charge.application_fee);
      assert.ok(fee, `fee for ${invoice.id}`);
      assert.equal(fee.amount, 235);
      assert.equal(fee.account, account.id);
    }
  });

  it("applies a percent-off promotion code to the first invoice only", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const coupon = await stripe.coupons.create({ percent_off: 25, duration: "once" });
    const promo = await stripe.promotionCodes.create({ promotion: { type: "coupon", coupon: coupon.id }, code: `SAVE${Date.now()}` });
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: basic.id }],
      discounts: [{ promotion_code: promo.id }],
    });
    const first = await latestInvoice(stripe, subscription.id);
    assert.equal(first.subtotal, 1_000);
    assert.equal(first.total, 750);
    assert.equal((await stripe.coupons.retrieve(coupon.id)).times_redeemed, 1);
    await advance(stripe, clock, start + 31 * DAY + 2 * 3600);
    assert.equal((await latestInvoice(stripe, subscription.id)).total, 1_000);
  });

  it("bills invoice items on a manual invoice: finalize, pay, void and mark uncollectible", async () => {
    const { customer } = await billingFixture(stripe);
    await stripe.invoiceItems.create({ customer: customer.id, amount: 1_250, currency: "usd", description: "Overage: 125 API calls" });
    const draft = await stripe.invoices.create({ customer: customer.id, pending_invoice_items_behavior: "include", auto_advance: false });
    assert.equal(draft.status, "draft");
    assert.equal(draft.amount_due, 1_250);
    const open = await stripe.invoices.finalizeInvoice(draft.id);
    assert.equal(open.status, "open");
    assert.match(String(open.number), /-0001$|\d/);
    const paid = await stripe.invoices.pay(open.id);
    assert.equal(paid.status, "paid");
    await stripe.invoiceItems.create({ customer: customer.id, amount: 500, currency: "usd" });
    const other = await stripe.invoices.finalizeInvoice(
      (await stripe.invoices.create({ customer: customer.id, pending_invoice_items_behavior: "include", auto_advance: false })).id,
    );
    assert.equal((await stripe.invoices.voidInvoice(other.id)).status, "void");
    await stripe.invoiceItems.create({ customer: customer.id, amount: 700, currency: "usd" });
    const third = await stripe.invoices.finalizeInvoice(
      (await stripe.invoices.create({ customer: customer.id, pending_invoice_items_behavior: "include", auto_advance: false })).id,
    );
    assert.equal((await stripe.invoices.markUncollectible(third.id)).status, "uncollectible");
    const notDraft = await rejection(stripe.invoices.del(third.id));
    assert.equal(notDraft.statusCode, 400);
  });

  it("serves a hosted invoice page and a real PDF", emulatorOnly, async () => {
    const { customer, basic } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const invoice = await latestInvoice(stripe, subscription.id);
    const page = await fetch(String(invoice.hosted_invoice_url));
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Basic/);
    const pdf = await fetch(String(invoice.invoice_pdf));
    assert.equal(pdf.headers.get("content-type"), "application/pdf");
    const bytes = Buffer.from(await pdf.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString(), "%PDF-");
    assert.match(bytes.toString("latin1"), /%%EOF\s*$/);
  });

  it("refuses bad subscription input and writes nothing", async () => {
    const { customer, basic } = await billingFixture(stripe);
    const once = await stripe.prices.create({ product: String(basic.product), currency: "usd", unit_amount: 500 });
    const before = await stripe.subscriptions.list({ customer: customer.id, status: "all" });
    const missing = await rejection(stripe.subscriptions.create({ items: [{ price: basic.id }] } as Stripe.SubscriptionCreateParams));
    assert.equal(missing.code, "parameter_missing");
    assert.equal(missing.param, "customer");
    const oneTime = await rejection(stripe.subscriptions.create({ customer: customer.id, items: [{ price: once.id }] }));
    assert.equal(oneTime.statusCode, 400);
    const noSuchPrice = await rejection(stripe.subscriptions.create({ customer: customer.id, items: [{ price: "price_missing" }] }));
    assert.equal(noSuchPrice.code, "resource_missing");
    assert.equal(noSuchPrice.param, "items[0][price]");
    const declined = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.id });
    const strict = await rejection(
      stripe.subscriptions.create({
        customer: customer.id,
        items: [{ price: basic.id }],
        default_payment_method: declined.id,
        payment_behavior: "error_if_incomplete",
      }),
    );
    assert.equal(strict.statusCode, 402);
    const after = await stripe.subscriptions.list({ customer: customer.id, status: "all" });
    assert.deepEqual(
      after.data.map((s) => s.id),
      before.data.map((s) => s.id),
    );
  });
});
