import { afterAll, describe, expect, it } from "vitest";
import { billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";

const admin = adminSql();
afterAll(() => admin.end());

/**
 * Through Stripe (the emulator) and the webhook mirror: a subscription's stored MRR and plan MRR
 * come from its price's interval and its discounts' coupons, which the mirror reads expanded.
 */
describe("mirrored MRR (docs/analytics.md, MRR)", () => {
  it("normalises a two-weekly price and applies a forever percent coupon, but not a once coupon; a trial keeps it as plan MRR", async () => {
    const org = await billingOrganization("MRR Mirror Co");
    const customer = await org.newCustomer();
    const price = await org.newPrice({ currency: "usd", unit_amount: 3_000, recurring: { interval: "week", interval_count: 2 } });
    const forever = await org.stripe.coupons.create({ percent_off: 25, duration: "forever" }, org.on);
    const once = await org.stripe.coupons.create({ percent_off: 50, duration: "once" }, org.on);
    const subscription = await org.stripe.subscriptions.create(
      {
        customer: customer.stripe_customer_id,
        items: [{ price: price.stripe_id }],
        trial_period_days: 14,
        discounts: [{ coupon: forever.id }, { coupon: once.id }],
      },
      org.on,
    );
    expect(subscription.status).toBe("trialing");
    await org.deliverEvents();
    const [row] = await admin<{ status: string; mrr: number; plan: number }[]>`
      select status, mrr_amount::int as mrr, plan_mrr_amount::int as plan from subscriptions where id = ${subscription.id}`;
    // 3,000 − 25 % = 2,250 every 2 weeks; × 52 / (12 × 2) = 4,875 a month. The once coupon does not recur.
    expect(row).toEqual({ status: "trialing", mrr: 0, plan: 4_875 });
    const history = await admin<{ status: string; mrr: number; plan: number }[]>`
      select status, mrr_amount::int as mrr, plan_mrr_amount::int as plan from subscription_history where subscription_id = ${subscription.id}`;
    expect(history).toEqual([{ status: "trialing", mrr: 0, plan: 4_875 }]);
  });

  it("takes a subscription billed in a price's other currency at that currency's amount", async () => {
    const org = await billingOrganization("MRR Currency Co");
    const customer = await org.newCustomer();
    const price = await org.newPrice({
      currency: "usd",
      unit_amount: 2_000,
      currency_options: { eur: { unit_amount: 1_850 } },
      recurring: { interval: "year" },
    });
    const card = await org.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.stripe_customer_id }, org.on);
    const subscription = await org.stripe.subscriptions.create(
      { customer: customer.stripe_customer_id, items: [{ price: price.stripe_id }], currency: "eur", default_payment_method: card.id },
      org.on,
    );
    expect(subscription.status).toBe("active");
    await org.deliverEvents();
    const [row] = await admin<{ currency: string; mrr: number; plan: number }[]>`
      select currency, mrr_amount::int as mrr, plan_mrr_amount::int as plan from subscriptions where id = ${subscription.id}`;
    // Stripe bills €18.50 a year: 1,850 / 12 = 154.17 → 154 euro cents a month (the USD amount would give 167).
    expect(row).toEqual({ currency: "eur", mrr: 154, plan: 154 });
  });
});
