import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { advance, billingFixture, DAY, latestInvoice } from "./billing-helpers";
import { stripeClient, type Target } from "./client";

describe("stripe emulator: trials that collect a card first", () => {
  let target: Target;
  let stripe: Stripe;
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
  });
  after(() => target.close());

  it("collects the card through the pending SetupIntent and charges it when the trial ends", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe, { card: "none" });
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: basic.id }],
      trial_period_days: 7,
      payment_behavior: "default_incomplete",
      trial_settings: { end_behavior: { missing_payment_method: "cancel" } },
      expand: ["pending_setup_intent"],
    });
    assert.equal(subscription.status, "trialing");
    const setup = subscription.pending_setup_intent as Stripe.SetupIntent;
    assert.match(String(setup.client_secret), /^seti_.+_secret_/);
    const confirmed = await stripe.setupIntents.confirm(setup.id, { payment_method: "pm_card_visa" });
    assert.equal(confirmed.status, "succeeded");
    const withCard = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(withCard.default_payment_method, confirmed.payment_method);
    assert.equal(withCard.pending_setup_intent, null);
    await advance(stripe, clock, start + 7 * DAY + 2 * 3600);
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).status, "active");
    const invoice = await latestInvoice(stripe, subscription.id);
    assert.equal(invoice.status, "paid");
    assert.equal(invoice.amount_paid, 1_000);
  });
});
