import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { emulatorOnly, rejection, stripeClient, type Target } from "./client";

describe("stripe emulator: create, update, list and delete across resources", () => {
  let target: Target;
  let stripe: Stripe;
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
  });
  after(() => target.close());

  it("manages coupons and promotion codes", async () => {
    const coupon = await stripe.coupons.create({
      amount_off: 500,
      currency: "usd",
      duration: "repeating",
      duration_in_months: 3,
      name: "Five off",
    });
    assert.equal(coupon.duration_in_months, 3);
    const renamed = await stripe.coupons.update(coupon.id, { name: "Five dollars off", metadata: { campaign: "spring" } });
    assert.equal(renamed.name, "Five dollars off");
    assert.ok((await stripe.coupons.list({ limit: 100 })).data.some((c) => c.id === coupon.id));
    const code = `SPRING${Date.now()}`;
    const promo = await stripe.promotionCodes.create({ promotion: { type: "coupon", coupon: coupon.id }, code, max_redemptions: 1 });
    assert.equal(promo.code, code);
    const found = await stripe.promotionCodes.list({ code });
    assert.deepEqual(
      found.data.map((p) => p.id),
      [promo.id],
    );
    const off = await stripe.promotionCodes.update(promo.id, { active: false });
    assert.equal(off.active, false);
    const noPercent = await rejection(stripe.coupons.create({ duration: "once" }));
    assert.equal(noPercent.code, "parameter_missing");
    const deleted = await stripe.coupons.del(coupon.id);
    assert.equal(deleted.deleted, true);
  });

  it("lists, updates and deletes webhook endpoints", async () => {
    const endpoint = await stripe.webhookEndpoints.create({
      url: "https://example.com/hooks",
      enabled_events: ["invoice.paid"],
      description: "billing",
    });
    const updated = await stripe.webhookEndpoints.update(endpoint.id, {
      enabled_events: ["invoice.paid", "invoice.payment_failed"],
      disabled: true,
    });
    assert.deepEqual(updated.enabled_events, ["invoice.paid", "invoice.payment_failed"]);
    assert.equal(updated.status, "disabled");
    assert.equal((await stripe.webhookEndpoints.retrieve(endpoint.id)).secret, undefined);
    assert.ok((await stripe.webhookEndpoints.list()).data.some((e) => e.id === endpoint.id));
    const badUrl = await rejection(stripe.webhookEndpoints.create({ url: "not a url", enabled_events: ["*"] }));
    assert.equal(badUrl.statusCode, 400);
    assert.equal((await stripe.webhookEndpoints.del(endpoint.id)).deleted, true);
    assert.equal((await rejection(stripe.webhookEndpoints.retrieve(endpoint.id))).statusCode, 404);
  });

  it("lists charges and refunds of a customer and updates their metadata", async () => {
    const customer = await stripe.customers.create({ email: "charges@example.com" });
    const intent = await stripe.paymentIntents.create({
      amount: 1_200,
      currency: "usd",
      customer: customer.id,
      payment_method: "pm_card_visa",
      confirm: true,
      automatic_payment_methods: { enabled: true, allow_redirects: "never" },
    });
    const charges = await stripe.charges.list({ customer: customer.id });
    assert.deepEqual(
      charges.data.map((c) => c.id),
      [intent.latest_charge],
    );
    const charge = await stripe.charges.update(String(intent.latest_charge), { metadata: { order: "42" } });
    assert.equal(charge.metadata.order, "42");
    const refund = await stripe.refunds.create({ charge: charge.id });
    assert.equal(refund.amount, 1_200);
    assert.deepEqual(
      (await stripe.refunds.list({ charge: charge.id })).data.map((r) => r.id),
      [refund.id],
    );
    assert.equal((await stripe.refunds.update(refund.id, { metadata: { reason: "test" } })).metadata?.reason, "test");
    const twice = await rejection(stripe.refunds.create({ charge: charge.id }));
    assert.equal(twice.statusCode, 400);
  });

  it("retrieves, searches and lists subscriptions and test clocks", async () => {
    const clock = await stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.UTC(2027, 2, 1) / 1000) });
    const customer = await stripe.customers.create({
      email: "search-sub@example.com",
      test_clock: clock.id,
      payment_method: "pm_card_visa",
      invoice_settings: { default_payment_method: "pm_card_visa" },
    });
    const price = await stripe.prices.create({
      currency: "usd",
      unit_amount: 900,
      recurring: { interval: "week", interval_count: 2 },
      product_data: { name: "Fortnightly" },
    });
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: price.id }],
      metadata: { org: "org_search" },
    });
    assert.equal(subscription.items.data[0]?.current_period_end, clock.frozen_time + 14 * 86_400);
    const listed = await stripe.subscriptions.list({ customer: customer.id });
    assert.deepEqual(
      listed.data.map((s) => s.id),
      [subscription.id],
    );
    if (target.url) {
      const found = await stripe.subscriptions.search({ query: `metadata['org']:'org_search'` });
      assert.deepEqual(
        found.data.map((s) => s.id),
        [subscription.id],
      );
    }
    assert.ok((await stripe.testHelpers.testClocks.list()).data.some((c) => c.id === clock.id));
    const backwards = await rejection(stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time - 10 }));
    assert.equal(backwards.statusCode, 400);
    assert.equal((await stripe.testHelpers.testClocks.del(clock.id)).deleted, true);
  });

  it("lists accounts and deletes one", emulatorOnly, async () => {
    const account = await stripe.accounts.create({ type: "express", email: "gone@example.com" });
    assert.ok((await stripe.accounts.list({ limit: 100 })).data.some((a) => a.id === account.id));
    assert.equal((await stripe.accounts.del(account.id)).deleted, true);
    assert.equal((await rejection(stripe.accounts.retrieve(account.id))).statusCode, 404);
  });
});
