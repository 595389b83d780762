import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { advance, billingFixture, DAY, latestInvoice } from "./billing-helpers";
import { rejection, stripeClient, type Target } from "./client";

describe("stripe emulator: pending updates (payment_behavior=pending_if_incomplete)", () => {
  let target: Target;
  let stripe: Stripe;
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
  });
  after(() => target.close());

  /** A subscription on `basic`, ten days in, whose default card now declines. */
  async function decliningSubscription() {
    const fixture = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: fixture.customer.id, items: [{ price: fixture.basic.id }] });
    await advance(stripe, fixture.clock, fixture.start + 10 * DAY);
    const failing = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: fixture.customer.id });
    await stripe.subscriptions.update(subscription.id, { default_payment_method: failing.id });
    const item = subscription.items.data[0] as Stripe.SubscriptionItem;
    const change = { items: [{ id: item.id, price: fixture.pro.id }], proration_behavior: "always_invoice" as const };
    return { ...fixture, subscription, item, change };
  }

  const eventsAfter = async (mark: string | undefined, type: string) =>
    (await stripe.events.list({ limit: 100, ...(mark ? { ending_before: mark } : {}) })).data.filter((event) => event.type === type);

  it("applies the update at once when its invoice is paid", async () => {
    const { customer, basic, pro } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const item = subscription.items.data[0] as Stripe.SubscriptionItem;
    const updated = await stripe.subscriptions.update(subscription.id, {
      items: [{ id: item.id, price: pro.id }],
      proration_behavior: "always_invoice",
      payment_behavior: "pending_if_incomplete",
    });
    assert.equal(updated.pending_update, null);
    assert.equal(updated.items.data[0]?.price.id, pro.id);
    assert.equal((await latestInvoice(stripe, subscription.id)).status, "paid");
  });

  it("keeps items and status on a decline, holds the change in pending_update, and applies it once the invoice is paid", async () => {
    const { customer, basic, pro, start, subscription, item, change } = await decliningSubscription();
    const updated = await stripe.subscriptions.update(subscription.id, { ...change, payment_behavior: "pending_if_incomplete" });
    assert.equal(updated.status, "active");
    assert.deepEqual(
      updated.items.data.map((current) => [current.id, current.price.id]),
      [[item.id, basic.id]],
    );
    const pending = updated.pending_update;
    assert.ok(pending);
    assert.equal(pending.expires_at, start + 10 * DAY + 23 * 3600);
    assert.equal(pending.billing_cycle_anchor, null);
    assert.equal(pending.trial_end, null);
    assert.deepEqual(
      pending.subscription_items?.map((current) => [current.id, current.price.id]),
      [[item.id, pro.id]],
    );
    const invoice = await latestInvoice(stripe, subscription.id);
    assert.equal(invoice.id, updated.latest_invoice);
    assert.equal(invoice.billing_reason, "subscription_update");
    assert.equal(invoice.status, "open");
    assert.ok(invoice.amount_due > 0);

    const mark = (await stripe.events.list({ limit: 1 })).data[0]?.id;
    const visa = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id });
    const paid = await stripe.invoices.pay(invoice.id as string, { payment_method: visa.id });
    assert.equal(paid.status, "paid");
    const applied = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(applied.pending_update, null);
    assert.equal(applied.status, "active");
    assert.deepEqual(
      applied.items.data.map((current) => [current.id, current.price.id]),
      [[item.id, pro.id]],
    );
    const updates = await eventsAfter(mark, "customer.subscription.updated");
    const switched = updates.find((event) => (event.data.object as Stripe.Subscription).items.data[0]?.price.id === pro.id);
    assert.ok(switched, "customer.subscription.updated with the new price");
    assert.ok("pending_update" in (switched.data.previous_attributes ?? {}));
    assert.equal((await eventsAfter(mark, "customer.subscription.pending_update_applied")).length, 1);
  });

  it("discards the pending update when its invoice is voided", async () => {
    const { basic, subscription, change } = await decliningSubscription();
    const updated = await stripe.subscriptions.update(subscription.id, { ...change, payment_behavior: "pending_if_incomplete" });
    assert.ok(updated.pending_update);
    await stripe.invoices.voidInvoice(String(updated.latest_invoice));
    const after = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(after.pending_update, null);
    assert.equal(after.items.data[0]?.price.id, basic.id);
    assert.equal(after.status, "active");
  });

  it("expires after 23 hours: the invoice is voided and the subscription stays as it was", async () => {
    const { clock, basic, start, subscription, change } = await decliningSubscription();
    const updated = await stripe.subscriptions.update(subscription.id, { ...change, payment_behavior: "pending_if_incomplete" });
    const mark = (await stripe.events.list({ limit: 1 })).data[0]?.id;
    await advance(stripe, clock, start + 10 * DAY + 24 * 3600);
    const after = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(after.pending_update, null);
    assert.equal(after.items.data[0]?.price.id, basic.id);
    assert.equal(after.status, "active");
    assert.equal((await stripe.invoices.retrieve(String(updated.latest_invoice))).status, "void");
    assert.equal((await eventsAfter(mark, "customer.subscription.pending_update_expired")).length, 1);
  });

  it("refuses parameters a pending update cannot hold", async () => {
    const { subscription, change } = await decliningSubscription();
    const refused = await rejection(
      stripe.subscriptions.update(subscription.id, { ...change, metadata: { plan: "pro" }, payment_behavior: "pending_if_incomplete" }),
    );
    assert.equal(refused.type, "StripeInvalidRequestError");
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.param, "metadata");
    const untouched = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(untouched.pending_update, null);
    assert.deepEqual(untouched.metadata, {});
  });
});
