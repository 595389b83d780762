import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { sweepStaleEntitlements } from "../../domain/entitlements/sweep";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { check, createFeatures, planWith } from "../../test/entitlement-fixtures";
import { adminSql } from "../../test/fixtures";
import { clockedCustomer, DAY, HOUR } from "../../test/money-path-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let plan: Awaited<ReturnType<typeof planWith>>;

beforeAll(async () => {
  org = await billingOrganization("Dunning Entitlements Co");
  const features = await createFeatures(org);
  plan = await planWith(org, [
    { feature: features.sso, value: true },
    { feature: features.calls, value: 100 },
  ]);
});
afterAll(() => admin.end());

const checkSso = async (customer: string) => (await check(org, { customer, feature: "sso" })).body;
const statusOf = async (id: string) => ((await admin`select status from subscriptions where id = ${id}`)[0] as { status: string }).status;

/**
 * A customer on a test clock paying by card (the subscription made on the connected account as
 * checkout would); then the card starts failing, so the renewal a month later fails at Stripe.
 */
async function subscriberWhoseCardFails() {
  const { customer, clock, advanceTo } = await clockedCustomer(org);
  const { stripe, on } = org;
  const visa = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.stripe_customer_id }, on);
  await stripe.customers.update(customer.stripe_customer_id, { invoice_settings: { default_payment_method: visa.id } }, on);
  const subscription = await stripe.subscriptions.create({ customer: customer.stripe_customer_id, items: [{ price: plan.stripe_id }] }, on);
  await org.deliverEvents();
  const failing = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.stripe_customer_id }, on);
  await stripe.customers.update(customer.stripe_customer_id, { invoice_settings: { default_payment_method: failing.id } }, on);
  const renewalFails = () => advanceTo(clock.frozen_time + 31 * DAY + 2 * HOUR);
  /** The customer puts a working card on file; Stripe's next retry (three days on) pays the invoice. */
  const recover = async () => {
    const card = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.stripe_customer_id }, on);
    await stripe.customers.update(customer.stripe_customer_id, { invoice_settings: { default_payment_method: card.id } }, on);
    return advanceTo(clock.frozen_time + 34 * DAY + 3 * HOUR);
  };
  return { customer, subscription, renewalFails, recover };
}

describe("entitlements through a failed renewal, driven by the emulator's webhooks", () => {
  it("keep access through the grace period, lose it when the grace ends, and come back when the retry pays", async () => {
    await org.as("/v1/billing_settings", { body: { grace_period_days: 7, after_failed_retries: "past_due" } });
    const { customer, subscription, renewalFails, recover } = await subscriberWhoseCardFails();
    expect(await checkSso(customer.id)).toMatchObject({ allowed: true, reason: "granted" });

    const delivered = await renewalFails();
    expect(delivered.map((event) => event.type)).toContain("invoice.payment_failed");
    expect(await statusOf(subscription.id)).toBe("past_due");
    expect(await checkSso(customer.id)).toMatchObject({ allowed: true, reason: "grace_period" });
    expect((await check(org, { customer: customer.id, feature: "calls", required: 5, consume: true })).body).toMatchObject({
      allowed: true,
      reason: "grace_period",
      used: 5,
    });

    // The grace counts in real time from when BillingOS learned of the failure, and a test cannot
    // wait a week: the one thing moved by hand is that moment, eight days back.
    await admin`update subscriptions set past_due_since = now() - interval '8 days' where id = ${subscription.id}`;
    await admin`update entitlement_states set valid_until = now() - interval '1 second' where customer_id = ${customer.id}`;
    const sql = connect(env.HYPERDRIVE.connectionString);
    expect(await sweepStaleEntitlements(sql)).toBeGreaterThanOrEqual(1);
    await sql.end();
    expect(await admin`select feature_id from entitlements where customer_id = ${customer.id}`).toEqual([]);
    expect(await checkSso(customer.id)).toMatchObject({ allowed: false, reason: "no_subscription" });
    const refused = await org.as("/v1/usage", {
      body: { id: `evt_${crypto.randomUUID()}`, customer: customer.id, feature: "calls", value: 1 },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("not_entitled");

    const paid = await recover();
    expect(paid.map((event) => event.type)).toContain("invoice.paid");
    expect(await statusOf(subscription.id)).toBe("active");
    expect(await checkSso(customer.id)).toMatchObject({ allowed: true, reason: "granted" });
    expect((await check(org, { customer: customer.id, feature: "calls" })).body).toMatchObject({ allowed: true, limit: 100 });
  });

  it("lose access with the failed payment itself when the merchant gives no grace, and regain it on payment", async () => {
    await org.as("/v1/billing_settings", { body: { grace_period_days: 0, after_failed_retries: "past_due" } });
    const { customer, subscription, renewalFails, recover } = await subscriberWhoseCardFails();
    expect(await checkSso(customer.id)).toMatchObject({ allowed: true, reason: "granted" });

    await renewalFails();
    expect(await statusOf(subscription.id)).toBe("past_due");
    // Recomputed in the webhook's transaction: the stored derivation already says so, no check needed to notice.
    expect(await admin`select feature_id from entitlements where customer_id = ${customer.id}`).toEqual([]);
    expect(await checkSso(customer.id)).toMatchObject({ allowed: false, reason: "no_subscription" });

    await recover();
    expect(await statusOf(subscription.id)).toBe("active");
    const [restored] = await admin<{ n: number }[]>`select count(*)::int as n from entitlements where customer_id = ${customer.id}`;
    expect(restored?.n).toBe(2);
    expect(await checkSso(customer.id)).toMatchObject({ allowed: true, reason: "granted" });
  });
});
