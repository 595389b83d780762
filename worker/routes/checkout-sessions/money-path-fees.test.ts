import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationFee } from "../../domain/fees/application-fee";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { chargeOfInvoice, checkedOut, clockedCustomer, DAY, ledgerOf } from "../../test/money-path-fixtures";

/**
 * BillingOS's fee to the minor unit on every kind of payment, on amounts where a two-decimal
 * percentage cannot express it (above 100.00): what Stripe keeps as the application fee (taken less
 * any excess returned), the ledger, and the fee rule agree.
 */
const admin = adminSql();
let org: BillingOrganization;
beforeAll(async () => {
  org = await billingOrganization("Exact Fee Co");
});
afterAll(() => admin.end());

/** The application fee of a charge as Stripe holds it: taken, returned as excess, and kept. */
async function feeAtStripe(charge: Stripe.Charge) {
  const fee = await org.stripe.applicationFees.retrieve(charge.application_fee as string);
  const refunds = await org.stripe.applicationFees.listRefunds(fee.id, { limit: 100 });
  return { taken: fee.amount, refunded: fee.amount_refunded, kept: fee.amount - fee.amount_refunded, refunds: refunds.data };
}

/** Asserts the exact fee on a paid invoice at Stripe and in the ledger; returns the charge. */
async function expectExactFee(invoice: Stripe.Invoice) {
  const { fee, net } = applicationFee(invoice.amount_paid, invoice.currency);
  const charge = await chargeOfInvoice(org, invoice.id as string);
  expect(charge.amount).toBe(invoice.amount_paid);
  expect((await feeAtStripe(charge)).kept).toBe(fee);
  expect(await ledgerOf(admin, { invoice: invoice.id as string })).toMatchObject({
    gross: invoice.amount_paid,
    fee,
    net,
    charge_id: charge.id,
    application_fee_id: charge.application_fee,
  });
  return charge;
}

describe("the exact fee", () => {
  it("on a checkout's first invoice: a rounded-up percentage, its excess returned once; renewals take the draft's fee", async () => {
    const price = await org.newPrice({ currency: "usd", unit_amount: 54_321, recurring: { interval: "month" } });
    const { customer, billAt } = await clockedCustomer(org);
    const session = await checkedOut(org, customer.id, price.id);
    const id = session.subscription as string;
    const subscription = await org.stripe.subscriptions.retrieve(id, { expand: ["latest_invoice"] }, org.on);
    // The percentage served the first invoice only.
    expect(subscription.application_fee_percent).toBeNull();
    const first = subscription.latest_invoice as Stripe.Invoice;
    expect(first).toMatchObject({ status: "paid", amount_paid: 54_321 });
    const fee = applicationFee(54_321, "usd").fee;
    expect(fee).toBe(302); // 0.5 % of 543.21 = 271.6 → 272, + 30
    const charge = await expectExactFee(first);
    const atStripe = await feeAtStripe(charge);
    expect(atStripe.taken).toBe(304); // 0.56 % (302 / 54 321 = 0.556 %, rounded up) of 54 321 = 304.2 → 304
    expect(atStripe.refunds.map((refund) => [refund.amount, refund.metadata])).toEqual([[2, { billingos_return: "excess" }]]);
    // invoice.finalized and invoice.paid were both delivered after the payment (each re-reads the paid
    // invoice and settles its fee): the excess went back once.
    const delivered = await org.stripe.events.list({ limit: 100 }, org.on);
    const aboutFirst = delivered.data.filter((event) => (event.data.object as { id?: string }).id === first.id).map((event) => event.type);
    expect(aboutFirst).toEqual(expect.arrayContaining(["invoice.finalized", "invoice.paid"]));
    await org.deliverEvents();
    expect((await feeAtStripe(charge)).refunds).toHaveLength(1);

    const item = subscription.items.data[0] as Stripe.SubscriptionItem;
    await billAt(item.current_period_end);
    const renewal = (await org.stripe.invoices.list({ subscription: id, limit: 5 }, org.on)).data.find(
      (invoice) => invoice.billing_reason === "subscription_cycle",
    ) as Stripe.Invoice;
    expect(renewal).toMatchObject({ status: "paid", amount_paid: 54_321 });
    const renewed = await expectExactFee(renewal);
    expect(await feeAtStripe(renewed)).toMatchObject({ taken: fee, refunded: 0, refunds: [] });
  });

  it("on a plan change made now, and a full refund of it returns exactly the fee kept", async () => {
    const basic = await org.newPrice({ currency: "usd", unit_amount: 20_000, recurring: { interval: "month" } });
    const pro = await org.newPrice({ currency: "usd", unit_amount: 97_531, recurring: { interval: "month" } }, basic.product);
    const { customer, advanceTo } = await clockedCustomer(org);
    const id = (await checkedOut(org, customer.id, basic.id)).subscription as string;
    const item = (await org.stripe.subscriptions.retrieve(id, {}, org.on)).items.data[0] as Stripe.SubscriptionItem;
    await advanceTo(item.current_period_start + 9 * DAY);
    const changed = await org.as(`/v1/subscriptions/${id}/change`, { body: { price: pro.id, timing: "now" } });
    expect(changed.status).toBe(200);
    await org.deliverEvents();
    const proration = (await org.stripe.invoices.list({ subscription: id, limit: 5 }, org.on)).data.find(
      (invoice) => invoice.billing_reason === "subscription_update",
    ) as Stripe.Invoice;
    expect(proration.status).toBe("paid");
    expect(proration.amount_paid).toBeGreaterThan(10_000);
    const charge = await expectExactFee(proration);
    const { fee } = applicationFee(proration.amount_paid, "usd");
    expect((await feeAtStripe(charge)).taken).toBeGreaterThanOrEqual(fee);
    expect((await org.stripe.subscriptions.retrieve(id, {}, org.on)).application_fee_percent).toBeNull();

    const refund = await org.as("/v1/refunds", { body: { invoice: proration.id } });
    expect(refund.status).toBe(201);
    await org.deliverEvents();
    const after = await feeAtStripe(charge);
    expect(after.refunded).toBe(after.taken);
    expect(await ledgerOf(admin, { invoice: proration.id as string })).toMatchObject({
      refunded: proration.amount_paid,
      fee,
      fee_returned: fee,
    });
  });

  it("on a one-time payment: the PaymentIntent carries it, nothing to return", async () => {
    const price = await org.newPrice({ currency: "eur", unit_amount: 54_321 });
    const { customer } = await clockedCustomer(org);
    const session = await checkedOut(org, customer.id, price.id);
    const intent = await org.stripe.paymentIntents.retrieve(session.payment_intent as string, { expand: ["latest_charge"] }, org.on);
    const { fee, net } = applicationFee(54_321, "eur");
    expect(fee).toBe(297); // 272 + 25
    expect(intent.application_fee_amount).toBe(fee);
    expect(await feeAtStripe(intent.latest_charge as Stripe.Charge)).toMatchObject({ taken: fee, refunded: 0, refunds: [] });
    expect(await ledgerOf(admin, { payment_intent: intent.id })).toMatchObject({ gross: 54_321, fee, net });
  });
});
