import type Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { applicationFee, feeToReturn } from "../../domain/fees/application-fee";
import { billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { chargeOfInvoice, checkedOut, clockedCustomer, ledgerOf } from "../../test/money-path-fixtures";

/** Money through our API only: test clocks, checkout, refunds; Stripe's state, our mirror and the fee ledger agree. */
const admin = adminSql();
afterAll(() => admin.end());

describe("a trial bought through checkout, on a test clock", () => {
  it("converts with BillingOS's fee, renews with it again, and the monthly fees equal the ledger", async () => {
    const org = await billingOrganization("Trial Path Co");
    const price = await org.newPrice({ currency: "usd", unit_amount: 4_900, recurring: { interval: "month" }, trial_period_days: 14 });
    const { customer, billAt } = await clockedCustomer(org);
    const session = await checkedOut(org, customer.id, price.id);
    expect(session.intent.kind).toBe("setup_intent");
    const id = session.subscription as string;
    const trialing = await org.stripe.subscriptions.retrieve(id, {}, org.on);
    expect(trialing.status).toBe("trialing");
    expect((await org.as(`/v1/subscriptions/${id}`)).body).toMatchObject({ status: "trialing", entitled: true });

    const fee = applicationFee(4_900, "usd").fee;
    expect(fee).toBe(55); // 0.5 % of $49 = 24.5 → 25 ¢, + 30 ¢
    const paidInvoices = async () =>
      (await org.stripe.invoices.list({ subscription: id, limit: 10 }, org.on)).data
        .filter((invoice) => invoice.status === "paid" && invoice.amount_paid > 0)
        .sort((a, b) => a.created - b.created);
    const expectFeeCharged = async (invoice: Stripe.Invoice) => {
      expect(invoice.amount_paid).toBe(4_900);
      const charge = await chargeOfInvoice(org, invoice.id as string);
      expect(charge.application_fee_amount).toBe(fee);
      expect((await org.stripe.applicationFees.retrieve(charge.application_fee as string)).amount).toBe(fee);
      expect(await ledgerOf(admin, { invoice: invoice.id as string })).toMatchObject({
        gross: 4_900,
        fee,
        net: 4_900 - fee,
        charge_id: charge.id,
        application_fee_id: charge.application_fee,
      });
    };

    await billAt(trialing.trial_end as number);
    const [conversion] = await paidInvoices();
    await expectFeeCharged(conversion as Stripe.Invoice);
    const active = await org.stripe.subscriptions.retrieve(id, {}, org.on);
    expect(active.status).toBe("active");
    expect((await org.as(`/v1/subscriptions/${id}`)).body).toMatchObject({ status: "active", entitled: true });

    await billAt((active.items.data[0] as Stripe.SubscriptionItem).current_period_end);
    const paid = await paidInvoices();
    expect(paid).toHaveLength(2);
    expect(paid[1]?.billing_reason).toBe("subscription_cycle");
    await expectFeeCharged(paid[1] as Stripe.Invoice);

    const ledger = await admin<{ gross: number; fee: number; net: number }[]>`
      select sum(gross)::int as gross, sum(fee)::int as fee, sum(net)::int as net from fee_ledger where org_id = ${org.orgId}`;
    expect(ledger[0]).toEqual({ gross: 9_800, fee: 2 * fee, net: 9_800 - 2 * fee });
    const monthly = await org.as<{ data: Array<{ gross: number; fee: number; net: number; invoices: number }> }>("/v1/fees/monthly");
    const sum = (key: "gross" | "fee" | "net" | "invoices") => monthly.body.data.reduce((total, row) => total + row[key], 0);
    expect({ gross: sum("gross"), fee: sum("fee"), net: sum("net"), invoices: sum("invoices") }).toEqual({ ...ledger[0], invoices: 2 });

    const history = await admin`select status from subscription_history where subscription_id = ${id} order by id`;
    const statuses = history.map((row) => row.status);
    expect(statuses[0]).toBe("trialing");
    expect(statuses.indexOf("active")).toBeGreaterThan(0);
    expect(statuses.slice(statuses.indexOf("active"))).toEqual(statuses.slice(statuses.indexOf("active")).map(() => "active"));
  });
});

describe("refunds of checkout purchases", () => {
  it("refunds a checkout-paid subscription invoice in two parts; the fee comes back as feeToReturn says", async () => {
    const org = await billingOrganization("Refund Path Co");
    const price = await org.newPrice({ currency: "usd", unit_amount: 3_300, recurring: { interval: "month" } });
    const { customer } = await clockedCustomer(org);
    const session = await checkedOut(org, customer.id, price.id);
    const subscription = await org.stripe.subscriptions.retrieve(session.subscription as string, {}, org.on);
    const invoice = String(subscription.latest_invoice);
    const charge = await chargeOfInvoice(org, invoice);
    const split = applicationFee(3_300, "usd");
    expect(charge.application_fee_amount).toBe(split.fee);
    expect(await ledgerOf(admin, { invoice })).toMatchObject({ gross: 3_300, fee: split.fee, refunded: 0, fee_returned: 0 });

    const partial = await org.as<{ amount: number; charge: string }>("/v1/refunds", { body: { invoice, amount: 1_000 } });
    expect(partial.status).toBe(201);
    expect(partial.body).toMatchObject({ amount: 1_000, charge: charge.id });
    const first = feeToReturn(split, 1_000, 0);
    expect((await org.stripe.applicationFees.retrieve(charge.application_fee as string)).amount_refunded).toBe(first);
    expect(await ledgerOf(admin, { invoice })).toMatchObject({ refunded: 1_000, fee_returned: first });

    const rest = await org.as<{ amount: number }>("/v1/refunds", { body: { invoice } });
    expect(rest.status).toBe(201);
    expect(rest.body.amount).toBe(2_300);
    expect(first + feeToReturn(split, 3_300, first)).toBe(split.fee);
    await org.deliverEvents();
    expect((await org.stripe.applicationFees.retrieve(charge.application_fee as string)).amount_refunded).toBe(split.fee);
    expect((await org.stripe.charges.retrieve(charge.id, {}, org.on)).amount_refunded).toBe(3_300);
    const row = await ledgerOf(admin, { invoice });
    expect(row).toMatchObject({ gross: 3_300, refunded: 3_300, fee_returned: split.fee });
    expect((row?.fee ?? 0) + (row?.net ?? 0)).toBe(row?.gross);
  });

  it("refunds a one-time checkout purchase in full, fee included", async () => {
    const org = await billingOrganization("One-time Path Co");
    const price = await org.newPrice({ currency: "usd", unit_amount: 12_500 });
    const { customer } = await clockedCustomer(org);
    const session = await checkedOut(org, customer.id, price.id);
    const intent = session.payment_intent as string;
    const paid = await org.stripe.paymentIntents.retrieve(intent, { expand: ["latest_charge"] }, org.on);
    expect(paid.status).toBe("succeeded");
    const charge = paid.latest_charge as Stripe.Charge;
    const split = applicationFee(12_500, "usd");
    expect(charge.application_fee_amount).toBe(split.fee);
    expect(await ledgerOf(admin, { payment_intent: intent })).toMatchObject({ gross: 12_500, fee: split.fee, charge_id: charge.id });

    const refund = await org.as<{ amount: number; payment_intent: string; invoice: null }>("/v1/refunds", {
      body: { payment_intent: intent },
    });
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({ amount: 12_500, payment_intent: intent, invoice: null });
    await org.deliverEvents();
    expect((await org.stripe.charges.retrieve(charge.id, {}, org.on)).refunded).toBe(true);
    expect((await org.stripe.applicationFees.retrieve(charge.application_fee as string)).amount_refunded).toBe(split.fee);
    const row = await ledgerOf(admin, { payment_intent: intent });
    expect(row).toMatchObject({ refunded: 12_500, fee_returned: split.fee });
    expect((row?.fee ?? 0) + (row?.net ?? 0)).toBe(row?.gross);
  });
});
