import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { advance, billingFixture, DAY } from "./billing-helpers";
import { stripeClient, type Target } from "./client";

describe("stripe emulator: subscription items", () => {
  let target: Target;
  let stripe: Stripe;
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
  });
  after(() => target.close());

  it("adds, changes the quantity of, and removes items with prorations on the next invoice", async () => {
    const { clock, customer, basic, pro, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id, quantity: 1 }] });
    await advance(stripe, clock, start + 15 * DAY);
    const seat = subscription.items.data[0];
    assert.ok(seat);
    const more = await stripe.subscriptionItems.update(seat.id, { quantity: 3, proration_date: start + 15 * DAY });
    assert.equal(more.quantity, 3);
    const added = await stripe.subscriptionItems.create({ subscription: subscription.id, price: pro.id, proration_behavior: "none" });
    assert.equal(added.price.id, pro.id);
    const listed = await stripe.subscriptionItems.list({ subscription: subscription.id });
    assert.equal(listed.data.length, 2);
    const pending = await stripe.invoiceItems.list({ customer: customer.id, pending: true });
    const remaining = 31 * DAY - 15 * DAY;
    const expected = Math.round((3_000 * remaining) / (31 * DAY)) - Math.round((1_000 * remaining) / (31 * DAY));
    assert.equal(
      pending.data.reduce((sum, item) => sum + item.amount, 0),
      expected,
    );
    const removed = await stripe.subscriptionItems.del(added.id, { proration_behavior: "none" });
    assert.equal(removed.deleted, true);
    assert.equal((await stripe.subscriptionItems.list({ subscription: subscription.id })).data.length, 1);
    const missing = await stripe.subscriptionItems.update("si_missing", { quantity: 2 }).catch((error: Stripe.errors.StripeError) => error);
    assert.equal((missing as Stripe.errors.StripeError).statusCode, 404);
  });
});
