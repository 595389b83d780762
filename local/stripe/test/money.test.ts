import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { advance, billingFixture, DAY, latestInvoice } from "./billing-helpers";
import { stripeClient, type Target } from "./client";

describe("stripe emulator: money rules", () => {
  let target: Target;
  let stripe: Stripe;
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
  });
  after(() => target.close());

  it("credits a downgrade to the customer balance and spends it on the next invoice", async () => {
    const { clock, customer, basic, pro, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: pro.id }] });
    const at = start + 10 * DAY;
    await advance(stripe, clock, at);
    const item = subscription.items.data[0];
    assert.ok(item);
    const change = { items: [{ id: item.id, price: basic.id }], proration_behavior: "always_invoice" as const, proration_date: at };
    const preview = await stripe.invoices.createPreview({
      customer: customer.id,
      subscription: subscription.id,
      subscription_details: change,
    });
    await stripe.subscriptions.update(subscription.id, change);
    const credit = await latestInvoice(stripe, subscription.id);
    const period = 31 * DAY;
    const remaining = period - 10 * DAY;
    const expected = Math.round((1_000 * remaining) / period) - Math.round((3_000 * remaining) / period);
    assert.equal(credit.total, expected);
    assert.equal(preview.total, expected);
    assert.equal(credit.amount_due, 0);
    assert.equal(preview.amount_due, 0);
    assert.equal(credit.status, "paid");
    assert.equal(((await stripe.customers.retrieve(customer.id)) as Stripe.Customer).balance, expected);
    await advance(stripe, clock, start + 31 * DAY + 2 * 3600);
    const next = await latestInvoice(stripe, subscription.id);
    assert.equal(next.total, 1_000);
    assert.equal(next.starting_balance, expected);
    assert.equal(next.amount_due, Math.max(0, 1_000 + expected));
    assert.equal(((await stripe.customers.retrieve(customer.id)) as Stripe.Customer).balance, Math.min(0, 1_000 + expected));
  });

  it("adds overage to a renewal invoice during its one-hour draft window", async () => {
    const { clock, customer, basic, start } = await billingFixture(stripe);
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: basic.id }] });
    const renewalAt = Math.floor(Date.UTC(2027, 1, 15, 12) / 1000);
    await advance(stripe, clock, renewalAt + 60);
    const draft = await latestInvoice(stripe, subscription.id);
    assert.equal(draft.status, "draft");
    assert.equal(draft.automatically_finalizes_at, renewalAt + 3600);
    const overage = await stripe.invoiceItems.create({
      customer: customer.id,
      invoice: draft.id,
      amount: 437,
      currency: "usd",
      description: "Overage: 437 calls",
    });
    assert.equal(overage.invoice, draft.id);
    await advance(stripe, clock, renewalAt + 2 * 3600);
    const paid = await stripe.invoices.retrieve(draft.id);
    assert.equal(paid.status, "paid");
    assert.equal(paid.lines.data.length, 2);
    assert.equal(paid.total, 1_437);
    assert.equal(paid.amount_paid, 1_437);
    assert.ok(start < renewalAt);
  });

  it("bills a subscription in another currency from a price's currency_options", async () => {
    const { customer } = await billingFixture(stripe);
    const price = await stripe.prices.create({
      currency: "usd",
      unit_amount: 2_000,
      currency_options: { eur: { unit_amount: 1_850 } },
      recurring: { interval: "month" },
      product_data: { name: "Global" },
    });
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }], currency: "eur" });
    assert.equal(subscription.currency, "eur");
    const invoice = await latestInvoice(stripe, subscription.id);
    assert.equal(invoice.currency, "eur");
    assert.equal(invoice.amount_paid, 1_850);
    const plain = await stripe.prices.create({
      currency: "usd",
      unit_amount: 500,
      recurring: { interval: "month" },
      product_data: { name: "USD only" },
    });
    const refused = await stripe.subscriptions
      .create({ customer: customer.id, items: [{ price: plain.id }], currency: "eur" })
      .catch((error: Stripe.errors.StripeError) => error);
    assert.equal((refused as Stripe.errors.StripeError).statusCode, 400);
  });
});
