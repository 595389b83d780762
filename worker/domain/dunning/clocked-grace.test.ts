import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";

const DAY = 86_400;
const admin = adminSql();
let org: BillingOrganization;
let price: { stripe_id: string };

beforeAll(async () => {
  org = await billingOrganization("Clocked dunning");
  price = await org.newPrice({ currency: "usd", unit_amount: 2900, recurring: { interval: "month", interval_count: 1 } });
  // Shorter than Stripe's retry schedule, so the subscription is still past_due when the grace ends.
  await org.as("/v1/billing_settings", { body: { grace_period_days: 3 } });
});
afterAll(() => admin.end());

interface ApiSubscription {
  id: string;
  status: string;
  entitled: boolean;
  past_due_since: number | null;
  access_ends_at: number | null;
  current_period_end: number;
}

/** A BillingOS customer on a clock a year ahead of real time, subscribed, whose card then fails. */
async function yearAheadSubscriber() {
  const start = Math.floor(Date.now() / 1000) + 365 * DAY;
  const clock = await org.as<{ id: string; frozen_time: number }>("/v1/test_clocks", { body: { frozen_time: start } });
  const customer = await org.as<{ id: string; stripe_customer_id: string }>("/v1/customers", {
    body: { email: `${crypto.randomUUID().slice(0, 8)}@clocked.test`, test_clock: clock.body.id },
  });
  const { stripe, on } = org;
  const stripeCustomer = customer.body.stripe_customer_id;
  const visa = await stripe.paymentMethods.attach("pm_card_visa", { customer: stripeCustomer }, on);
  await stripe.customers.update(stripeCustomer, { invoice_settings: { default_payment_method: visa.id } }, on);
  const subscription = await stripe.subscriptions.create({ customer: stripeCustomer, items: [{ price: price.stripe_id }] }, on);
  const failing = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: stripeCustomer }, on);
  await stripe.customers.update(stripeCustomer, { invoice_settings: { default_payment_method: failing.id } }, on);
  await org.deliverEvents();
  const advanceTo = async (frozenTime: number) => {
    const advanced = await org.as(`/v1/test_clocks/${clock.body.id}/advance`, { body: { frozen_time: frozenTime } });
    expect(advanced.status).toBe(200);
    await org.deliverEvents();
  };
  const shown = async () => {
    const list = await org.as<{ data: ApiSubscription[] }>(`/v1/subscriptions?customer=${customer.body.id}`);
    return list.body.data.find((row) => row.id === subscription.id) as ApiSubscription;
  };
  const entitledState = async () =>
    (await admin`select has_subscription from entitlement_states where customer_id = ${customer.body.id}`)[0]?.has_subscription;
  return { start, customer: customer.body, subscription, advanceTo, shown, entitledState };
}

describe("failed renewal on a test clock", () => {
  it("falls behind at the clock's time and keeps access until the clock passes the grace period", async () => {
    const { start, subscription, advanceTo, shown, entitledState } = await yearAheadSubscriber();
    const renewal = (await shown()).current_period_end;
    expect(renewal).toBeGreaterThan(start);
    await advanceTo(renewal + 2 * 3600);

    const [failed] = (await org.stripe.invoices.list({ subscription: subscription.id, limit: 1 }, org.on)).data as Stripe.Invoice[];
    expect(failed?.status).toBe("open");
    const failedAt = failed?.status_transitions.finalized_at as number;
    expect(failedAt).toBeGreaterThanOrEqual(renewal);
    const behind = await shown();
    // A year ahead of real time: the clock's failure, not the moment the webhook arrived.
    expect(behind).toMatchObject({ status: "past_due", entitled: true, past_due_since: failedAt, access_ends_at: failedAt + 3 * DAY });
    expect(behind.past_due_since as number).toBeGreaterThan(Date.now() / 1000 + 300 * DAY);
    expect(await entitledState()).toBe(true);

    // Real time is far before the grace's end and so is the clock: access continues.
    await advanceTo(failedAt + 3 * DAY - 3600);
    expect(await shown()).toMatchObject({ status: "past_due", entitled: true, access_ends_at: failedAt + 3 * DAY });
    expect(await entitledState()).toBe(true);

    // The clock passes the grace period's end (real time still a year before it): access ends.
    await advanceTo(failedAt + 3 * DAY + 3600);
    expect(await shown()).toMatchObject({ status: "past_due", entitled: false, past_due_since: failedAt });
    expect(await entitledState()).toBe(false);
  });
});
