import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { billingFixture } from "./billing-helpers";
import { stripeClient, type Target } from "./client";

describe("stripe emulator: expanding a subscription's discounts and their coupons", () => {
  let target: Target;
  let stripe: Stripe;
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
  });
  after(() => target.close());

  it("resolves discounts.source.coupon, whose id is the merchant's own code, as Stripe does", async () => {
    const { customer, basic } = await billingFixture(stripe, { card: "none" });
    const code = `SAVE${Date.now()}`;
    await stripe.coupons.create({ id: code, percent_off: 20, duration: "forever" });
    const created = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: basic.id }],
      trial_period_days: 7,
      discounts: [{ coupon: code }],
    });
    assert.equal(typeof created.discounts[0], "string");
    const read = await stripe.subscriptions.retrieve(created.id, { expand: ["discounts.source.coupon"] });
    const discount = read.discounts[0] as Stripe.Discount;
    assert.equal(discount.object, "discount");
    const coupon = discount.source.coupon as Stripe.Coupon;
    assert.equal(coupon.id, code);
    assert.equal(coupon.percent_off, 20);
    assert.equal(coupon.duration, "forever");
  });
});
