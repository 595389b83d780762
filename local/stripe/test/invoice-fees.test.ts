import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Stripe from "stripe";
import { billingFixture } from "./billing-helpers";
import { rejection, stripeClient, type Target } from "./client";

/** Stripe's answer to a monetary edit of a finalized invoice (API reference, "Update an invoice"). */
function assertNotEditable(error: Stripe.errors.StripeError) {
  assert.ok(error instanceof Stripe.errors.StripeInvalidRequestError, `expected StripeInvalidRequestError, got ${error.type}`);
  assert.equal(error.statusCode, 400);
  assert.equal((error.raw as Stripe.StripeRawError).type, "invalid_request_error");
  assert.equal(error.code, "invoice_not_editable");
  assert.equal(error.message, "Finalized invoices can't be updated in this way");
}

/** The charge that paid an invoice, with its application fee. */
async function chargeOf(stripe: Stripe, invoice: string, on: Stripe.RequestOptions): Promise<Stripe.Charge> {
  const payments = await stripe.invoices.retrieve(invoice, { expand: ["payments"] }, on);
  const intent = await stripe.paymentIntents.retrieve(
    payments.payments?.data[0]?.payment.payment_intent as string,
    { expand: ["latest_charge"] },
    on,
  );
  return intent.latest_charge as Stripe.Charge;
}

describe("stripe emulator: application fees on invoices", () => {
  let target: Target;
  let stripe: Stripe;
  let on: { stripeAccount: string };
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
    on = { stripeAccount: (await stripe.accounts.create({ type: "express", country: "US" })).id };
  });
  after(() => target.close());

  it("refuses application_fee_amount on a subscription's first invoice (finalized at once); the percent set at creation is taken", async () => {
    const { customer } = await billingFixture(stripe, { card: "none", stripeAccount: on.stripeAccount });
    const product = await stripe.products.create({ name: "Odd" }, on);
    const price = await stripe.prices.create(
      { product: product.id, currency: "usd", unit_amount: 4_999, recurring: { interval: "month" } },
      on,
    );
    const subscription = await stripe.subscriptions.create(
      {
        customer: customer.id,
        items: [{ price: price.id }],
        payment_behavior: "default_incomplete",
        application_fee_percent: 1.23,
        expand: ["latest_invoice.confirmation_secret"],
      },
      on,
    );
    const invoice = subscription.latest_invoice as Stripe.Invoice;
    assert.equal(invoice.status, "open");
    assertNotEditable(await rejection(stripe.invoices.update(invoice.id as string, { application_fee_amount: 135 }, on)));
    // Clearing the percent afterwards leaves the finalized invoice's fee as it was fixed.
    await stripe.subscriptions.update(subscription.id, { application_fee_percent: "" }, on);
    const intentId = (invoice.confirmation_secret?.client_secret ?? "").split("_secret_")[0] as string;
    const expected = Math.round((4_999 * 1.23) / 100); // 61.49 → 61
    assert.equal((await stripe.paymentIntents.retrieve(intentId, {}, on)).application_fee_amount, expected);
    const paid = await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" }, on);
    assert.equal(paid.status, "succeeded");
    const charge = await chargeOf(stripe, invoice.id as string, on);
    assert.equal(charge.application_fee_amount, expected);
    const fee = await stripe.applicationFees.retrieve(charge.application_fee as string);
    assert.equal(fee.amount, expected);
    assert.equal(fee.account, on.stripeAccount);
    assertNotEditable(await rejection(stripe.invoices.update(invoice.id as string, { application_fee_amount: 10 }, on)));
  });

  it("returns part of an application fee with a fee refund, keeping its metadata, and never more than is left", async () => {
    const { customer } = await billingFixture(stripe, { stripeAccount: on.stripeAccount, amount: 20_000 });
    const product = await stripe.products.create({ name: "Big" }, on);
    const price = await stripe.prices.create(
      { product: product.id, currency: "usd", unit_amount: 20_001, recurring: { interval: "month" } },
      on,
    );
    const subscription = await stripe.subscriptions.create(
      { customer: customer.id, items: [{ price: price.id }], application_fee_percent: 0.66 },
      on,
    );
    const charge = await chargeOf(stripe, String(subscription.latest_invoice), on);
    const feeId = charge.application_fee as string;
    assert.equal((await stripe.applicationFees.retrieve(feeId)).amount, 132); // 132.0066 → 132
    const refund = await stripe.applicationFees.createRefund(feeId, { amount: 2, metadata: { billingos_return: "excess" } });
    assert.equal(refund.amount, 2);
    const listed = await stripe.applicationFees.listRefunds(feeId, { limit: 100 });
    assert.deepEqual(
      listed.data.map((row) => [row.amount, row.metadata?.billingos_return]),
      [[2, "excess"]],
    );
    assert.equal((await stripe.applicationFees.retrieve(feeId)).amount_refunded, 2);
    const tooMuch = await rejection(stripe.applicationFees.createRefund(feeId, { amount: 131 }));
    assert.ok(tooMuch instanceof Stripe.errors.StripeInvalidRequestError);
    assert.equal(tooMuch.param, "amount");
    assert.equal((await stripe.applicationFees.retrieve(feeId)).amount_refunded, 2);
  });

  it("accepts it on a draft up to the amount due, takes it on payment, and refuses it off a connected account, above the amount or once finalized", async () => {
    const { customer } = await billingFixture(stripe, { stripeAccount: on.stripeAccount });
    await stripe.invoiceItems.create({ customer: customer.id, amount: 1_000, currency: "usd" }, on);
    const draft = await stripe.invoices.create(
      { customer: customer.id, pending_invoice_items_behavior: "include", application_fee_amount: 50 },
      on,
    );
    assert.equal(draft.status, "draft");
    const tooBig = await rejection(stripe.invoices.update(draft.id as string, { application_fee_amount: 5_000 }, on));
    assert.ok(tooBig instanceof Stripe.errors.StripeInvalidRequestError);
    assert.equal(tooBig.statusCode, 400);
    assert.equal(tooBig.param, "application_fee_amount");
    const negative = await rejection(stripe.invoices.update(draft.id as string, { application_fee_amount: -1 }, on));
    assert.equal(negative.param, "application_fee_amount");
    const whole = await stripe.invoices.update(draft.id as string, { application_fee_amount: 1_000 }, on);
    assert.equal(whole.status, "draft");
    await stripe.invoices.update(draft.id as string, { application_fee_amount: 60 }, on);
    const finalized = await stripe.invoices.finalizeInvoice(draft.id as string, {}, on);
    assertNotEditable(await rejection(stripe.invoices.update(finalized.id as string, { application_fee_amount: 70 }, on)));
    const paid = await stripe.invoices.pay(finalized.id as string, {}, on);
    assert.equal(paid.status, "paid");
    assert.equal((await chargeOf(stripe, paid.id as string, on)).application_fee_amount, 60);
    assertNotEditable(await rejection(stripe.invoices.update(paid.id as string, { application_fee_amount: 10 }, on)));

    const platformCustomer = await stripe.customers.create({ email: "platform@example.com" });
    await stripe.invoiceItems.create({ customer: platformCustomer.id, amount: 1_000, currency: "usd" });
    const platformInvoice = await stripe.invoices.create({ customer: platformCustomer.id, pending_invoice_items_behavior: "include" });
    const platform = await rejection(stripe.invoices.update(platformInvoice.id as string, { application_fee_amount: 10 }));
    assert.equal(platform.param, "application_fee_amount");
  });

  it("bounds a draft's fee by the amount due once a credit balance lowers it at finalization", async () => {
    const { customer } = await billingFixture(stripe, { stripeAccount: on.stripeAccount });
    await stripe.invoiceItems.create({ customer: customer.id, amount: 1_000, currency: "usd" }, on);
    const draft = await stripe.invoices.create(
      { customer: customer.id, pending_invoice_items_behavior: "include", application_fee_amount: 900 },
      on,
    );
    await stripe.customers.update(customer.id, { balance: -400 }, on);
    const finalized = await stripe.invoices.finalizeInvoice(draft.id as string, {}, on);
    assert.equal(finalized.amount_due, 600);
    const paid = await stripe.invoices.pay(finalized.id as string, {}, on);
    const charge = await chargeOf(stripe, paid.id as string, on);
    assert.equal(charge.amount, 600);
    assert.equal(charge.application_fee_amount, 600);
  });
});
