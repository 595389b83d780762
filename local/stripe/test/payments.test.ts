import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { emulatorOnly, rejection, stripeClient, type Target } from "./client";

describe("stripe emulator: payments", () => {
  let target: Target;
  let customer: Stripe.Customer;
  before(async () => {
    target = await stripeClient();
    customer = await target.stripe.customers.create({ email: "payer@example.com" });
  });
  after(() => target.close());

  it("attaches, lists, sets default and detaches payment methods", async () => {
    const { stripe } = target;
    const visa = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
    assert.match(visa.id, /^pm_/);
    assert.equal(visa.card?.last4, "4242");
    assert.equal(visa.customer, customer.id);
    const mastercard = await stripe.paymentMethods.attach("pm_card_mastercard", { customer: customer.id });
    assert.equal(mastercard.card?.brand, "mastercard");
    const listed = await stripe.paymentMethods.list({ customer: customer.id, type: "card" });
    assert.deepEqual(new Set(listed.data.map((pm) => pm.id)), new Set([visa.id, mastercard.id]));
    const updated = await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: visa.id } });
    assert.equal(updated.invoice_settings.default_payment_method, visa.id);
    const detached = await stripe.paymentMethods.detach(mastercard.id);
    assert.equal(detached.customer, null);
    const declined = await rejection(stripe.paymentMethods.attach("pm_card_chargeDeclined", { customer: customer.id }));
    assert.equal(declined.type, "StripeCardError");
    assert.equal(declined.code, "card_declined");
    const after = await stripe.paymentMethods.list({ customer: customer.id, type: "card" });
    assert.deepEqual(
      after.data.map((pm) => pm.id),
      [visa.id],
    );
  });

  it("attaches a payment method given at customer creation and makes it the default", async () => {
    const { stripe } = target;
    const created = await stripe.customers.create({
      email: "card@example.com",
      payment_method: "pm_card_visa",
      invoice_settings: { default_payment_method: "pm_card_visa" },
    });
    const methods = await stripe.paymentMethods.list({ customer: created.id, type: "card" });
    assert.equal(methods.data.length, 1);
    assert.equal(created.invoice_settings.default_payment_method, methods.data[0]?.id);
    const before = await stripe.customers.list({ email: "declined@example.com" });
    const declined = await rejection(stripe.customers.create({ email: "declined@example.com", payment_method: "pm_card_chargeDeclined" }));
    assert.equal(declined.code, "card_declined");
    const after = await stripe.customers.list({ email: "declined@example.com" });
    assert.equal(after.data.length, before.data.length);
  });

  it("pays a PaymentIntent, then refunds part of it", async () => {
    const { stripe } = target;
    const intent = await stripe.paymentIntents.create({
      amount: 2_000,
      currency: "usd",
      customer: customer.id,
      payment_method: "pm_card_visa",
      confirm: true,
      automatic_payment_methods: { enabled: true, allow_redirects: "never" },
    });
    assert.equal(intent.status, "succeeded");
    assert.equal(intent.amount_received, 2_000);
    const charge = await stripe.charges.retrieve(String(intent.latest_charge));
    assert.equal(charge.paid, true);
    assert.equal(charge.amount_captured, 2_000);
    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 500 });
    assert.equal(refund.status, "succeeded");
    assert.equal(refund.amount, 500);
    const refunded = await stripe.charges.retrieve(charge.id);
    assert.equal(refunded.amount_refunded, 500);
    assert.equal(refunded.refunded, false);
    const tooMuch = await rejection(stripe.refunds.create({ charge: charge.id, amount: 1_501 }));
    assert.equal(tooMuch.statusCode, 400);
    assert.equal((await stripe.charges.retrieve(charge.id)).amount_refunded, 500);
  });

  for (const [token, code, declineCode] of [
    ["pm_card_chargeDeclined", "card_declined", "generic_decline"],
    ["pm_card_chargeDeclinedInsufficientFunds", "card_declined", "insufficient_funds"],
    ["pm_card_chargeDeclinedExpiredCard", "expired_card", undefined],
    ["pm_card_chargeDeclinedIncorrectCvc", "incorrect_cvc", undefined],
    ["pm_card_chargeDeclinedProcessingError", "processing_error", undefined],
  ] as const) {
    it(`declines ${token} with ${declineCode ?? code}`, async () => {
      const error = await rejection(
        target.stripe.paymentIntents.create({
          amount: 1_000,
          currency: "usd",
          payment_method: token,
          confirm: true,
          automatic_payment_methods: { enabled: true, allow_redirects: "never" },
        }),
      );
      assert.equal(error.statusCode, 402);
      assert.equal(error.type, "StripeCardError");
      assert.equal(error.code, code);
      if (declineCode) assert.equal(error.decline_code, declineCode);
      const intent = (error as Stripe.errors.StripeCardError).payment_intent;
      assert.equal(intent?.status, "requires_payment_method");
      assert.equal(intent?.last_payment_error?.code, code);
    });
  }

  it("captures a manual PaymentIntent and cancels another", async () => {
    const { stripe } = target;
    const held = await stripe.paymentIntents.create({
      amount: 3_000,
      currency: "usd",
      payment_method: "pm_card_visa",
      confirm: true,
      capture_method: "manual",
      automatic_payment_methods: { enabled: true, allow_redirects: "never" },
    });
    assert.equal(held.status, "requires_capture");
    assert.equal(held.amount_capturable, 3_000);
    const captured = await stripe.paymentIntents.capture(held.id, { amount_to_capture: 2_500 });
    assert.equal(captured.status, "succeeded");
    assert.equal(captured.amount_received, 2_500);
    const open = await stripe.paymentIntents.create({ amount: 1_000, currency: "usd" });
    const canceled = await stripe.paymentIntents.cancel(open.id, { cancellation_reason: "abandoned" });
    assert.equal(canceled.status, "canceled");
    const again = await rejection(stripe.paymentIntents.cancel(open.id));
    assert.equal(again.code, "payment_intent_unexpected_state");
  });

  it("asks for 3-D Secure and succeeds once the challenge is completed", emulatorOnly, async () => {
    const { stripe } = target;
    const intent = await stripe.paymentIntents.create({
      amount: 4_200,
      currency: "eur",
      payment_method: "pm_card_authenticationRequired",
      confirm: true,
      return_url: "https://example.com/done",
    });
    assert.equal(intent.status, "requires_action");
    assert.equal(intent.next_action?.type, "redirect_to_url");
    const challenge = await fetch(`${target.url}/_emulator/3ds/${intent.id}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_secret: intent.client_secret, outcome: "complete" }),
    });
    assert.equal(challenge.status, 200);
    assert.equal((await stripe.paymentIntents.retrieve(intent.id)).status, "succeeded");
    const failing = await stripe.paymentIntents.create({
      amount: 4_200,
      currency: "eur",
      payment_method: "pm_card_authenticationRequired",
      confirm: true,
      return_url: "https://example.com/done",
    });
    await fetch(`${target.url}/_emulator/3ds/${failing.id}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_secret: failing.client_secret, outcome: "fail" }),
    });
    const failed = await stripe.paymentIntents.retrieve(failing.id);
    assert.equal(failed.status, "requires_payment_method");
    assert.equal(failed.last_payment_error?.code, "payment_intent_authentication_failure");
  });

  it("sets up a card with a SetupIntent and attaches it", async () => {
    const { stripe } = target;
    const intent = await stripe.setupIntents.create({
      customer: customer.id,
      payment_method: "pm_card_visa",
      confirm: true,
      automatic_payment_methods: { enabled: true, allow_redirects: "never" },
    });
    assert.equal(intent.status, "succeeded");
    const method = await stripe.paymentMethods.retrieve(String(intent.payment_method));
    assert.equal(method.customer, customer.id);
    const declined = await rejection(
      stripe.setupIntents.create({
        customer: customer.id,
        payment_method: "pm_card_chargeDeclined",
        confirm: true,
        automatic_payment_methods: { enabled: true, allow_redirects: "never" },
      }),
    );
    assert.equal(declined.code, "card_declined");
  });

  it("refuses an off-session payment that needs 3-D Secure with authentication_required", emulatorOnly, async () => {
    const { stripe } = target;
    const offSession = await rejection(
      stripe.paymentIntents.create({
        amount: 1_000,
        currency: "usd",
        customer: customer.id,
        payment_method: "pm_card_authenticationRequired",
        confirm: true,
        off_session: true,
      }),
    );
    assert.equal(offSession.code, "authentication_required");
  });

  it("refuses a publishable key on secret-only endpoints", emulatorOnly, async () => {
    const error = await rejection(target.client("pk_test_emulator").customers.list());
    assert.equal(error.statusCode, 401);
  });

  it("manages products and prices with recurring intervals and currency options", async () => {
    const { stripe } = target;
    const product = await stripe.products.create({ name: "Pro", metadata: { tier: "pro" } });
    const monthly = await stripe.prices.create({
      product: product.id,
      currency: "usd",
      unit_amount: 2_900,
      recurring: { interval: "month" },
      currency_options: { eur: { unit_amount: 2_700 } },
    });
    assert.equal(monthly.type, "recurring");
    assert.equal(monthly.recurring?.interval, "month");
    assert.equal(monthly.recurring?.interval_count, 1);
    assert.equal(monthly.currency_options?.eur?.unit_amount, 2_700);
    const quarterly = await stripe.prices.create({
      product: product.id,
      currency: "usd",
      unit_amount: 7_900,
      recurring: { interval: "month", interval_count: 3 },
    });
    assert.equal(quarterly.recurring?.interval_count, 3);
    const once = await stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 5_000 });
    assert.equal(once.type, "one_time");
    const archived = await stripe.prices.update(once.id, { active: false });
    assert.equal(archived.active, false);
    const active = await stripe.prices.list({ product: product.id, active: true });
    assert.deepEqual(new Set(active.data.map((price) => price.id)), new Set([monthly.id, quarterly.id]));
    const tooLong = await rejection(
      stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 100, recurring: { interval: "year", interval_count: 4 } }),
    );
    assert.equal(tooLong.statusCode, 400);
    const negative = await rejection(stripe.prices.create({ product: product.id, currency: "usd", unit_amount: -1 }));
    assert.equal(negative.param, "unit_amount");
    const renamed = await stripe.products.update(product.id, { name: "Pro 2", default_price: monthly.id });
    assert.equal(renamed.default_price, monthly.id);
    const withPrice = await stripe.products.retrieve(product.id, { expand: ["default_price"] });
    assert.equal((withPrice.default_price as Stripe.Price).unit_amount, 2_900);
  });
});
