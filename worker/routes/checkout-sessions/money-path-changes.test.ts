import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationFee } from "../../domain/fees/application-fee";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { mailFor } from "../../test/mailbox";
import { chargeOfInvoice, checkedOut, clockedCustomer, DAY, HOUR, ledgerOf } from "../../test/money-path-fixtures";

/** Plan changes and failed renewals of checkout-created subscriptions, through our API only. */
const admin = adminSql();
let org: BillingOrganization;
beforeAll(async () => {
  org = await billingOrganization("Change Path Co");
});
afterAll(() => admin.end());

describe("an upgrade of a checkout-created subscription", () => {
  it("charges exactly the preview, with BillingOS's fee on the proration invoice", async () => {
    const basic = await org.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
    const pro = await org.newPrice({ currency: "usd", unit_amount: 8_000, recurring: { interval: "month" } }, basic.product);
    const { customer, advanceTo } = await clockedCustomer(org);
    const session = await checkedOut(org, customer.id, basic.id);
    const id = session.subscription as string;
    const started = await org.stripe.subscriptions.retrieve(id, {}, org.on);
    const item = started.items.data[0] as Stripe.SubscriptionItem;
    await advanceTo(item.current_period_start + 10 * DAY);

    const prorationDate = item.current_period_start + 10 * DAY;
    const preview = await org.as<{ amount_due_now: number; proration_date: number }>(`/v1/subscriptions/${id}/preview_change`, {
      body: { price: pro.id, proration_date: prorationDate },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.amount_due_now).toBeGreaterThan(0);
    expect(preview.body.amount_due_now).toBeLessThan(6_000);
    const changed = await org.as(`/v1/subscriptions/${id}/change`, {
      body: { price: pro.id, timing: "now", proration_date: preview.body.proration_date },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: "active", stripe_price_id: pro.stripe_id, mrr_amount: 8_000 });
    await org.deliverEvents();

    const invoices = await org.stripe.invoices.list({ subscription: id, limit: 5 }, org.on);
    const proration = invoices.data.find((invoice) => invoice.billing_reason === "subscription_update") as Stripe.Invoice;
    expect(proration).toMatchObject({ status: "paid", amount_due: preview.body.amount_due_now, amount_paid: preview.body.amount_due_now });
    const fee = applicationFee(preview.body.amount_due_now, "usd").fee;
    const charge = await chargeOfInvoice(org, proration.id as string);
    expect(charge.amount).toBe(preview.body.amount_due_now);
    expect(charge.application_fee_amount).toBe(fee);
    expect((await org.stripe.applicationFees.retrieve(charge.application_fee as string)).amount).toBe(fee);
    expect(await ledgerOf(admin, { invoice: proration.id as string })).toMatchObject({
      gross: preview.body.amount_due_now,
      fee,
      charge_id: charge.id,
      application_fee_id: charge.application_fee,
    });
    expect((await org.as(`/v1/subscriptions/${id}`)).body).toMatchObject({ stripe_price_id: pro.stripe_id, status: "active" });
  });
});

/** A card added through our routes: a SetupIntent, confirmed as Stripe.js would, then made the default. */
async function replaceCard(customer: string, card: string) {
  const setup = await org.as<{ client_secret: string }>(`/v1/customers/${customer}/setup_intents`, { method: "POST" });
  expect(setup.status).toBe(201);
  const intent = setup.body.client_secret.split("_secret_")[0] as string;
  const confirmed = await org.stripe.setupIntents.confirm(intent, { payment_method: card }, org.on);
  const method = confirmed.payment_method as string;
  const made = await org.as(`/v1/customers/${customer}/payment_methods/${method}/default`, { method: "POST" });
  expect(made.status).toBe(200);
  return method;
}

describe("a declined upgrade of a checkout-created subscription", () => {
  it("keeps the plan and leaves the invoice open with BillingOS's fee set; paying it through our route charges that fee and upgrades", async () => {
    const basic = await org.newPrice({ currency: "usd", unit_amount: 1_000, recurring: { interval: "month" } });
    const pro = await org.newPrice({ currency: "usd", unit_amount: 9_000, recurring: { interval: "month" } }, basic.product);
    const { customer } = await clockedCustomer(org);
    const id = (await checkedOut(org, customer.id, basic.id)).subscription as string;
    await replaceCard(customer.id, "pm_card_chargeCustomerFail");
    const changed = await org.as(`/v1/subscriptions/${id}/change`, { body: { price: pro.id, timing: "now" } });
    expect(changed.status).toBe(402);
    expect(changed.body.error).toMatchObject({ type: "card_error" });
    expect((await org.as(`/v1/subscriptions/${id}`)).body).toMatchObject({ status: "active", stripe_price_id: basic.stripe_id });
    const [open] = (await org.stripe.invoices.list({ subscription: id, status: "open" }, org.on)).data as [Stripe.Invoice];
    expect(open.billing_reason).toBe("subscription_update");
    const fee = applicationFee(open.amount_due, "usd").fee;
    expect(await ledgerOf(admin, { invoice: open.id as string })).toBeUndefined();
    // The decline was answered on the spot: no dunning e-mail, and the subscription is not behind.
    await org.deliverEvents();
    expect(await admin`select invoice_id from dunning_notices where invoice_id = ${open.id as string}`).toHaveLength(0);
    expect((await org.as(`/v1/subscriptions/${id}`)).body).toMatchObject({ status: "active", past_due_since: null });

    const visa = await replaceCard(customer.id, "pm_card_visa");
    const paid = await org.as(`/v1/invoices/${open.id}/pay`, { body: { payment_method: visa } });
    expect(paid.status).toBe(200);
    await org.deliverEvents();
    const charge = await chargeOfInvoice(org, open.id as string);
    expect(charge).toMatchObject({ status: "succeeded", amount: open.amount_due, application_fee_amount: fee });
    expect(await ledgerOf(admin, { invoice: open.id as string })).toMatchObject({ gross: open.amount_due, fee, charge_id: charge.id });
    expect((await org.as(`/v1/subscriptions/${id}`)).body).toMatchObject({ status: "active", stripe_price_id: pro.stripe_id });
  });
});

describe("a failed renewal of a checkout-created subscription", () => {
  it("goes past_due but stays entitled, mails the customer, and recovers on the retry after a new card", async () => {
    const price = await org.newPrice({ currency: "usd", unit_amount: 2_500, recurring: { interval: "month" } });
    const { customer, email, advanceTo, billAt } = await clockedCustomer(org);
    const session = await checkedOut(org, customer.id, price.id);
    const id = session.subscription as string;
    const failing = await replaceCard(customer.id, "pm_card_chargeCustomerFail");
    expect((await org.stripe.subscriptions.retrieve(id, {}, org.on)).default_payment_method).toBe(failing);

    const periodEnd = ((await org.stripe.subscriptions.retrieve(id, {}, org.on)).items.data[0] as Stripe.SubscriptionItem)
      .current_period_end;
    await billAt(periodEnd);
    expect((await org.stripe.subscriptions.retrieve(id, {}, org.on)).status).toBe("past_due");
    const [renewal] = (await org.stripe.invoices.list({ subscription: id, limit: 1 }, org.on)).data as [Stripe.Invoice];
    expect(renewal).toMatchObject({ billing_reason: "subscription_cycle", status: "open" });
    expect((await org.as(`/v1/subscriptions/${id}`)).body).toMatchObject({ status: "past_due", entitled: true });
    const mails = await mailFor(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Your payment of $25.00 to Change Path Co failed");
    expect(await ledgerOf(admin, { invoice: renewal.id as string })).toBeUndefined();

    const visa = await replaceCard(customer.id, "pm_card_visa");
    expect((await org.stripe.subscriptions.retrieve(id, {}, org.on)).default_payment_method).toBe(visa);
    await advanceTo(periodEnd + 2 * HOUR + 3 * DAY + HOUR);
    expect((await org.stripe.subscriptions.retrieve(id, {}, org.on)).status).toBe("active");
    const paid = await org.stripe.invoices.retrieve(renewal.id as string, {}, org.on);
    expect(paid).toMatchObject({ status: "paid", amount_paid: 2_500 });
    const charge = await chargeOfInvoice(org, renewal.id as string);
    const fee = applicationFee(2_500, "usd").fee;
    expect(charge.application_fee_amount).toBe(fee);
    expect(await ledgerOf(admin, { invoice: renewal.id as string })).toMatchObject({ gross: 2_500, fee, charge_id: charge.id });
    const [mirrored] = await admin`select status, payment_failed, recovered_at is not null as recovered from invoices
                                   where id = ${renewal.id as string}`;
    expect(mirrored).toEqual({ status: "paid", payment_failed: true, recovered: true });
    expect((await org.as(`/v1/subscriptions/${id}`)).body).toMatchObject({ status: "active", entitled: true, past_due_since: null });
    expect(await mailFor(email)).toHaveLength(1);
  });
});
