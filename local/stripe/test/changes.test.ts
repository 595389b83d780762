import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { advance, billingFixture, DAY, latestInvoice } from "./billing-helpers";
import { rejection, stripeClient, type Target } from "./client";

describe("stripe emulator: subscription changes", () => {
  let target: Target;
  let stripe: Stripe;
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
  });
  after(() => target.close());

  it("previews an upgrade that equals the resulting invoice to the cent", async () => {
    const { clock, customer, basic, pro, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    await advance(stripe, clock, start + 10 * DAY + 7_777);
    const item = subscription.items.data[0];
    assert.ok(item);
    const prorationDate = start + 10 * DAY + 7_777;
    const change = {
      items: [{ id: item.id, price: pro.id }],
      proration_behavior: "always_invoice" as const,
      proration_date: prorationDate,
    };
    const preview = await stripe.invoices.createPreview({
      customer: customer.id,
      subscription: subscription.id,
      subscription_details: change,
    });
    const updated = await stripe.subscriptions.update(subscription.id, change);
    const invoice = await latestInvoice(stripe, updated.id);
    assert.equal(invoice.billing_reason, "subscription_update");
    assert.equal(invoice.total, preview.total);
    assert.equal(invoice.amount_due, preview.amount_due);
    assert.deepEqual(invoice.lines.data.map((line) => line.amount).sort(), preview.lines.data.map((line) => line.amount).sort());
    // 31-day January period, 10 days and 7777 s used: credit and charge are prorated to the second.
    const period = 31 * DAY;
    const remaining = period - (10 * DAY + 7_777);
    const expected = Math.round((3_000 * remaining) / period) - Math.round((1_000 * remaining) / period);
    assert.equal(invoice.total, expected);
    assert.equal(invoice.status, "paid");
  });

  it("with payment_behavior default_incomplete, leaves the change's invoice open and the subscription past_due until paid", async () => {
    const { clock, customer, basic, pro, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    await advance(stripe, clock, start + 10 * DAY);
    const item = subscription.items.data[0];
    assert.ok(item);
    const updated = await stripe.subscriptions.update(subscription.id, {
      items: [{ id: item.id, price: pro.id }],
      proration_behavior: "always_invoice",
      payment_behavior: "default_incomplete",
    });
    assert.equal(updated.status, "past_due");
    const invoice = await latestInvoice(stripe, updated.id);
    assert.equal(invoice.billing_reason, "subscription_update");
    assert.equal(invoice.status, "open");
    assert.equal(invoice.amount_paid, 0);
    assert.ok(invoice.amount_due > 0);
    const paid = await stripe.invoices.pay(invoice.id as string);
    assert.equal(paid.status, "paid");
    assert.equal(paid.amount_paid, invoice.amount_due);
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).status, "active");
  });

  it("previews a create_prorations change as the next renewal invoice and bills it so", async () => {
    const { clock, customer, basic, pro, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id, quantity: 2 }] });
    await advance(stripe, clock, start + 20 * DAY);
    const item = subscription.items.data[0];
    assert.ok(item);
    const change = {
      items: [{ id: item.id, price: pro.id, quantity: 1 }],
      proration_behavior: "create_prorations" as const,
      proration_date: start + 20 * DAY,
    };
    const preview = await stripe.invoices.createPreview({
      customer: customer.id,
      subscription: subscription.id,
      subscription_details: change,
    });
    await stripe.subscriptions.update(subscription.id, change);
    await advance(stripe, clock, start + 31 * DAY + 2 * 3600);
    const renewal = await latestInvoice(stripe, subscription.id);
    assert.equal(renewal.total, preview.total);
    assert.equal(renewal.lines.data.length, preview.lines.data.length);
    assert.equal(renewal.lines.data.filter((line) => line.parent?.invoice_item_details?.proration).length, 2);
  });

  it("cancels at period end, can undo it, and cancels at the end when asked again", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const ending = await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    assert.equal(ending.cancel_at_period_end, true);
    assert.equal(ending.cancel_at, ending.items.data[0]?.current_period_end);
    const undone = await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: false });
    assert.equal(undone.cancel_at_period_end, false);
    assert.equal(undone.cancel_at, null);
    await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    await advance(stripe, clock, start + 32 * DAY);
    const canceled = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(canceled.status, "canceled");
    assert.equal(canceled.ended_at, Math.floor(Date.UTC(2027, 1, 15, 12) / 1000));
  });

  it("cancels at once with a prorated credit", async () => {
    const { customer, basic } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const canceled = await stripe.subscriptions.cancel(subscription.id, { prorate: true });
    assert.equal(canceled.status, "canceled");
    const again = await rejection(stripe.subscriptions.cancel(subscription.id));
    assert.ok(again.statusCode === 400 || again.statusCode === 404);
  });

  it("pauses collection (voiding renewals) and resumes it", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const paused = await stripe.subscriptions.update(subscription.id, { pause_collection: { behavior: "void" } });
    assert.equal(paused.pause_collection?.behavior, "void");
    await advance(stripe, clock, start + 31 * DAY + 2 * 3600);
    assert.equal((await latestInvoice(stripe, subscription.id)).status, "void");
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).status, "active");
    const resumed = await stripe.subscriptions.update(subscription.id, { pause_collection: "" });
    assert.equal(resumed.pause_collection, null);
    await advance(stripe, clock, start + 59 * DAY + 2 * 3600);
    const paid = await latestInvoice(stripe, subscription.id);
    assert.equal(paid.status, "paid");
    assert.equal(paid.amount_paid, 1_000);
  });

  it("keeps cancellation_details (feedback and comment) on update and cancel, and unsets them with empty strings", async () => {
    const { customer, basic } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const scheduled = await stripe.subscriptions.update(subscription.id, {
      cancel_at_period_end: true,
      cancellation_details: { feedback: "too_expensive", comment: "Pricey" },
    });
    assert.equal(scheduled.cancellation_details?.feedback, "too_expensive");
    assert.equal(scheduled.cancellation_details?.comment, "Pricey");
    const cleared = await stripe.subscriptions.update(subscription.id, {
      cancel_at_period_end: false,
      cancellation_details: { feedback: "", comment: "" },
    });
    assert.equal(cleared.cancellation_details?.feedback ?? null, null);
    assert.equal(cleared.cancellation_details?.comment ?? null, null);
    const bad = await rejection(stripe.subscriptions.update(subscription.id, { cancellation_details: { feedback: "bored" as "other" } }));
    assert.equal(bad.param, "cancellation_details[feedback]");
    const canceled = await stripe.subscriptions.cancel(subscription.id, { cancellation_details: { feedback: "unused" } });
    assert.equal(canceled.cancellation_details?.feedback, "unused");
    assert.equal(canceled.cancellation_details?.reason, "cancellation_requested");
  });
});
