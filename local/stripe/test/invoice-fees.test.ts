import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { billingFixture } from "./billing-helpers";
import { rejection, stripeClient, type Target } from "./client";

describe("stripe emulator: application_fee_amount on invoices", () => {
  let target: Target;
  let stripe: Stripe;
  let on: { stripeAccount: string };
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
    on = { stripeAccount: (await stripe.accounts.create({ type: "express", country: "US" })).id };
  });
  after(() => target.close());

  it("takes the fee set on an open subscription invoice when the customer pays it, over the percent", async () => {
    const { customer, basic } = await billingFixture(stripe, { card: "none", stripeAccount: on.stripeAccount });
    const subscription = await stripe.subscriptions.create(
      {
        customer: customer.id,
        items: [{ price: basic.id }],
        payment_behavior: "default_incomplete",
        application_fee_percent: 10,
        expand: ["latest_invoice.confirmation_secret"],
      },
      on,
    );
    const invoice = subscription.latest_invoice as Stripe.Invoice;
    assert.equal(invoice.status, "open");
    await stripe.invoices.update(invoice.id as string, { application_fee_amount: 135 }, on);
    const withPayments = await stripe.invoices.retrieve(invoice.id as string, { expand: ["payments"] }, on);
    assert.equal(withPayments.payments?.data.length, 0);
    const secret = invoice.confirmation_secret?.client_secret ?? "";
    const intentId = secret.split("_secret_")[0] as string;
    assert.equal((await stripe.paymentIntents.retrieve(intentId, {}, on)).application_fee_amount, 135);
    const paid = await stripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" }, on);
    assert.equal(paid.status, "succeeded");
    const charge = await stripe.charges.retrieve(paid.latest_charge as string, {}, on);
    assert.equal(charge.application_fee_amount, 135);
    const fee = await stripe.applicationFees.retrieve(charge.application_fee as string);
    assert.equal(fee.amount, 135);
    assert.equal(fee.account, on.stripeAccount);
    assert.equal((await stripe.invoices.retrieve(invoice.id as string, {}, on)).status, "paid");
  });

  it("accepts it on create (draft), and refuses it off a connected account, out of range, or on a paid invoice", async () => {
    const { customer } = await billingFixture(stripe, { stripeAccount: on.stripeAccount });
    await stripe.invoiceItems.create({ customer: customer.id, amount: 2_000, currency: "usd" }, on);
    const draft = await stripe.invoices.create(
      { customer: customer.id, pending_invoice_items_behavior: "include", application_fee_amount: 50 },
      on,
    );
    assert.equal(draft.status, "draft");
    const finalized = await stripe.invoices.finalizeInvoice(draft.id as string, {}, on);
    const tooBig = await rejection(stripe.invoices.update(finalized.id as string, { application_fee_amount: 2_001 }, on));
    assert.equal(tooBig.param, "application_fee_amount");
    const negative = await rejection(stripe.invoices.update(finalized.id as string, { application_fee_amount: -1 }, on));
    assert.equal(negative.param, "application_fee_amount");
    const paid = await stripe.invoices.pay(finalized.id as string, {}, on);
    assert.equal(paid.status, "paid");
    const payments = await stripe.invoices.retrieve(paid.id as string, { expand: ["payments"] }, on);
    const intent = await stripe.paymentIntents.retrieve(
      payments.payments?.data[0]?.payment.payment_intent as string,
      { expand: ["latest_charge"] },
      on,
    );
    assert.equal((intent.latest_charge as Stripe.Charge).application_fee_amount, 50);
    const afterPaid = await rejection(stripe.invoices.update(paid.id as string, { application_fee_amount: 10 }, on));
    assert.equal(afterPaid.code, "invoice_not_editable");
    const platformCustomer = await stripe.customers.create({ email: "platform@example.com" });
    await stripe.invoiceItems.create({ customer: platformCustomer.id, amount: 1_000, currency: "usd" });
    const platformInvoice = await stripe.invoices.create({ customer: platformCustomer.id, pending_invoice_items_behavior: "include" });
    const platform = await rejection(stripe.invoices.update(platformInvoice.id as string, { application_fee_amount: 10 }));
    assert.equal(platform.param, "application_fee_amount");
  });
});
