import type Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { applicationFee } from "./application-fee";

const admin = adminSql();
afterAll(() => admin.end());

/** A renewal: a subscription on a test clock, advanced past its period end (the draft waits an hour), then past finalization. */
async function renewal(org: BillingOrganization) {
  const start = Math.floor(Date.now() / 1000);
  const clock = await org.stripe.testHelpers.testClocks.create({ frozen_time: start }, org.on);
  const customer = await org.stripe.customers.create({ email: "renewal@customer.test", test_clock: clock.id }, org.on);
  const method = await org.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id }, org.on);
  await org.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: method.id } }, org.on);
  const price = await org.newPrice({ currency: "usd", unit_amount: 10_000, recurring: { interval: "month" } });
  const subscription = await org.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.stripe_id }] }, org.on);
  await org.deliverEvents();
  const periodEnd = subscription.items.data[0]?.current_period_end as number;
  await org.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: periodEnd + 60 }, org.on);
  await org.deliverEvents(); // invoice.created on the renewal draft sets the fee
  await org.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: periodEnd + 2 * 3600 }, org.on);
  await org.deliverEvents();
  const invoices = await org.stripe.invoices.list({ subscription: subscription.id }, org.on);
  const renewed = invoices.data.find((invoice) => invoice.billing_reason === "subscription_cycle") as Stripe.Invoice;
  expect(renewed.status).toBe("paid");
  const payments = await org.stripe.invoices.retrieve(renewed.id as string, { expand: ["payments"] }, org.on);
  const intent = await org.stripe.paymentIntents.retrieve(
    payments.payments?.data[0]?.payment.payment_intent as string,
    { expand: ["latest_charge"] },
    org.on,
  );
  return { invoice: renewed, charge: intent.latest_charge as Stripe.Charge };
}

describe("the fee on renewal invoices (invoice.created)", () => {
  it("is the fee rule for a standard organisation, recorded with its charge in the ledger", async () => {
    const org = await billingOrganization("Renewal Fee Co");
    const { invoice, charge } = await renewal(org);
    const fee = applicationFee(10_000, "usd").fee;
    expect(charge.application_fee_amount).toBe(fee);
    const [ledger] = await admin`select fee, charge_id, application_fee_id from fee_ledger where invoice_id = ${invoice.id as string}`;
    expect(ledger).toEqual({ fee: String(fee), charge_id: charge.id, application_fee_id: charge.application_fee });
  });

  it("is nothing for an organisation on a BillingOS tier", async () => {
    const org = await billingOrganization("Renewal Tier Co");
    await admin`update organizations set billing_tier = 'starter' where id = ${org.orgId}`;
    const { invoice, charge } = await renewal(org);
    expect(charge.application_fee_amount ?? 0).toBe(0);
    expect(charge.application_fee).toBeNull();
    const [ledger] = await admin`select fee, net from fee_ledger where invoice_id = ${invoice.id as string}`;
    expect(ledger).toEqual({ fee: "0", net: "10000" });
  });
});
