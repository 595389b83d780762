import type Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { checkedOut, clockedCustomer } from "../../test/money-path-fixtures";

const admin = adminSql();
afterAll(() => admin.end());

const seconds = (date: Date | null) => (date === null ? null : Math.floor(date.getTime() / 1000));

/**
 * Revenue counts a payment when Stripe recorded it paid (docs/analytics.md, Revenue): the mirror
 * stores the invoice's `status_transitions.paid_at` and a one-time payment's charge time, not the
 * moment the webhook arrived. On a test clock the two differ by the clock's advance.
 */
describe("paid times of payments (analytics revenue)", () => {
  it("stores Stripe's paid time of a first invoice, a renewal on a test clock, and a one-time payment", async () => {
    const org = await billingOrganization("Paid Times Co");
    const { customer, billAt } = await clockedCustomer(org);
    const monthly = await org.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
    const subscribed = await checkedOut(org, customer.id, monthly.id);
    const [subscription] = await admin<{ current_period_end: Date }[]>`
      select current_period_end from subscriptions where id = ${subscribed.subscription as string}`;
    await billAt(seconds(subscription?.current_period_end ?? null) as number);

    const invoices = await org.stripe.invoices.list({ subscription: subscribed.subscription as string }, org.on);
    const paid = invoices.data.filter((invoice) => invoice.status === "paid");
    expect(paid).toHaveLength(2);
    for (const invoice of paid) {
      const [row] = await admin<{ invoice_paid: Date | null; ledger_paid: Date | null }[]>`
        select i.paid_at as invoice_paid, f.paid_at as ledger_paid from invoices i join fee_ledger f on f.invoice_id = i.id
        where i.id = ${invoice.id as string}`;
      expect([seconds(row?.invoice_paid ?? null), seconds(row?.ledger_paid ?? null)]).toEqual([
        invoice.status_transitions.paid_at,
        invoice.status_transitions.paid_at,
      ]);
    }
    // The renewal was paid on the clock, about a month after the webhook's wall time.
    const renewal = paid.map((invoice) => invoice.status_transitions.paid_at as number).sort()[1] as number;
    expect(renewal - Date.now() / 1000).toBeGreaterThan(25 * 86_400);

    const oneTime = await org.newPrice({ currency: "usd", unit_amount: 1_500 });
    const bought = await checkedOut(org, customer.id, oneTime.id);
    const intent = await org.stripe.paymentIntents.retrieve(bought.payment_intent as string, { expand: ["latest_charge"] }, org.on);
    const [ledger] = await admin<{ paid_at: Date | null }[]>`select paid_at from fee_ledger where payment_intent_id = ${intent.id}`;
    expect(seconds(ledger?.paid_at ?? null)).toBe((intent.latest_charge as Stripe.Charge).created);
  });
});
