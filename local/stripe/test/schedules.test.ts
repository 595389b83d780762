import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { advance, billingFixture, DAY, latestInvoice } from "./billing-helpers";
import { emulatorOnly, stripeClient, type Target } from "./client";

describe("stripe emulator: subscription schedules and event order", () => {
  let target: Target;
  let stripe: Stripe;
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
  });
  after(() => target.close());

  it("changes the plan at period end through a schedule, then releases it", async () => {
    const { clock, customer, basic, pro, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const schedule = await stripe.subscriptionSchedules.create({ from_subscription: subscription.id });
    assert.equal(schedule.status, "active");
    const current = schedule.phases[0];
    assert.ok(current);
    const updated = await stripe.subscriptionSchedules.update(schedule.id, {
      end_behavior: "release",
      phases: [
        { items: [{ price: basic.id, quantity: 1 }], start_date: current.start_date, end_date: current.end_date },
        { items: [{ price: pro.id, quantity: 1 }], duration: { interval: "month", interval_count: 1 } },
      ],
    });
    assert.equal(updated.phases.length, 2);
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).items.data[0]?.price.id, basic.id);
    await advance(stripe, clock, start + 31 * DAY + 2 * 3600);
    const switched = await stripe.subscriptions.retrieve(subscription.id);
    assert.equal(switched.items.data[0]?.price.id, pro.id);
    const renewal = await latestInvoice(stripe, subscription.id);
    assert.equal(renewal.total, 3_000);
    assert.equal(
      renewal.lines.data.some((line) => line.parent?.invoice_item_details?.proration),
      false,
    );
    await advance(stripe, clock, start + 60 * DAY);
    const released = await stripe.subscriptionSchedules.retrieve(schedule.id);
    assert.equal(released.status, "released");
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).schedule, null);
  });

  it("emits renewal events in Stripe's order and expands nested invoice payments", emulatorOnly, async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const mark = (await stripe.events.list({ limit: 1 })).data[0]?.id;
    await advance(stripe, clock, start + 31 * DAY + 2 * 3600);
    const events = (await stripe.events.list({ limit: 100, ending_before: mark })).data.reverse().map((event) => event.type);
    const order: Stripe.Event.Type[] = [
      "invoice.upcoming",
      "customer.subscription.updated",
      "invoice.created",
      "invoice.finalized",
      "payment_intent.succeeded",
      "invoice.paid",
      "invoice.payment_succeeded",
    ];
    const positions = order.map((type) => events.indexOf(type));
    assert.ok(
      positions.every((position) => position >= 0),
      `missing events in ${events.join(", ")}`,
    );
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
    );
    const invoice = await latestInvoice(stripe, subscription.id);
    const expanded = await stripe.invoices.retrieve(invoice.id, { expand: ["payments.data.payment.payment_intent"] });
    const intent = expanded.payments?.data[0]?.payment.payment_intent as Stripe.PaymentIntent;
    assert.equal(intent.object, "payment_intent");
    assert.equal(intent.status, "succeeded");
  });
});
