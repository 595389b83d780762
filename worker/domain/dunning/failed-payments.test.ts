import { env } from "cloudflare:workers";
import postgres from "postgres";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEDULED_JOBS } from "../../app/scheduled";
import { withTenant } from "../../db/tenant";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { mailFor } from "../../test/mailbox";
import { expectNoWrites } from "../../test/org-rows";
import { deliver } from "../../test/stripe";
import { recordDunningNotice, sendDunningNotices, sweepDunningNotices } from "./notices";

const DAY = 86_400;
const admin = adminSql();
let org: BillingOrganization;
let price: { stripe_id: string };

beforeAll(async () => {
  org = await billingOrganization("Dunning <Co>");
  price = await org.newPrice({ currency: "usd", unit_amount: 2900, recurring: { interval: "month", interval_count: 1 } });
});
afterAll(() => admin.end());

/** A customer on its own test clock, subscribed with a good card that then starts failing. */
async function failingSubscriber() {
  const { stripe, on } = org;
  const email = `${crypto.randomUUID().slice(0, 8)}@dunning.test`;
  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) }, on);
  const customer = await stripe.customers.create({ email, test_clock: clock.id }, on);
  const visa = await stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id }, on);
  await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: visa.id } }, on);
  const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.stripe_id }] }, on);
  const failing = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.id }, on);
  await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: failing.id } }, on);
  const advance = (seconds: number) => stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + seconds }, on);
  return { email, customer, subscription, advance };
}

const mirror = async (id: string) =>
  (await admin`select status, past_due_since from subscriptions where id = ${id}`)[0] as { status: string; past_due_since: Date | null };
const notices = (invoice: string) =>
  admin`select attempt, will_retry, sent_at is not null as sent, update_url from dunning_notices where invoice_id = ${invoice} order by attempt`;
const apiSubscription = async (id: string) => {
  const list = await org.as<{ data: Array<Record<string, unknown>> }>("/v1/subscriptions?limit=100");
  return list.body.data.find((row) => row.id === id) as Record<string, unknown>;
};
const paymentFailedEvents = (events: Stripe.Event[]) => events.filter((event) => event.type === "invoice.payment_failed");

describe("failed payments", () => {
  it("follows a failed renewal through the grace period, one e-mail per attempt, to recovery with a new card", async () => {
    await org.as("/v1/billing_settings", { body: { update_payment_url: "https://merchant.test/billing?tab=card" } });
    const { email, customer, subscription, advance } = await failingSubscriber();
    await org.deliverEvents();
    await advance(31 * DAY + 2 * 3600);
    const failures = (await org.stripe.events.list({ type: "invoice.payment_failed", limit: 10 }, org.on)).data;
    expect(failures).toHaveLength(1);
    const failure = failures[0] as Stripe.Event;
    const invoice = failure.data.object as Stripe.Invoice;
    // Stripe delivers the failure five times at once: one takes effect, one notice, one e-mail.
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => deliver(failure)));
    expect(concurrent.map((response) => response.body.outcome).sort()).toEqual(["applied", ...Array(4).fill("duplicate")]);
    await org.deliverEvents();

    const behind = await mirror(subscription.id);
    expect(behind.status).toBe("past_due");
    expect(behind.past_due_since).toBeInstanceOf(Date);
    const shown = await apiSubscription(subscription.id);
    expect(shown).toMatchObject({
      status: "past_due",
      entitled: true,
      past_due_since: Math.floor((behind.past_due_since as Date).getTime() / 1000),
    });
    expect(shown.access_ends_at).toBe((shown.past_due_since as number) + 7 * DAY);

    await expectNoWrites(admin, org.orgId, async () => expect((await deliver(failure)).body.outcome).toBe("duplicate"));
    expect(await notices(invoice.id as string)).toEqual([
      { attempt: 1, will_retry: true, sent: true, update_url: "https://merchant.test/billing?tab=card" },
    ]);
    const mails = await mailFor(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Your payment of $29.00 to Dunning <Co> failed");
    expect(mails[0]?.text).toContain("https://merchant.test/billing?tab=card");
    expect(mails[0]?.html).toContain("Dunning &#60;Co&#62;");
    expect(mails[0]?.html).toContain('href="https://merchant.test/billing?tab=card"');

    // The customer updates the card; Stripe's next retry pays.
    const visa = await org.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.id }, org.on);
    await org.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: visa.id } }, org.on);
    await advance(31 * DAY + 2 * 3600 + 3 * DAY + 3600);
    await org.deliverEvents();
    const recovered = await mirror(subscription.id);
    expect(recovered).toEqual({ status: "active", past_due_since: null });
    const [paid] =
      await admin`select status, payment_failed, recovered_at is not null as recovered from invoices where id = ${invoice.id as string}`;
    expect(paid).toEqual({ status: "paid", payment_failed: true, recovered: true });
    const history = await admin`select status, cause from subscription_history where subscription_id = ${subscription.id} order by id`;
    expect(history.map((row) => [row.status, row.cause])).toEqual([
      ["active", "customer.subscription.created"],
      ["past_due", expect.stringMatching(/^(invoice\.payment_failed|customer\.subscription\.updated)$/)],
      ["active", "payment_recovered"],
    ]);
    expect(await apiSubscription(subscription.id)).toMatchObject({ entitled: true, past_due_since: null, access_ends_at: null });
    expect(await mailFor(email)).toHaveLength(1);
  });

  it("cancels when Stripe's retries run out, after one e-mail per attempt", async () => {
    const { email, subscription, advance } = await failingSubscriber();
    await advance(31 * DAY + 17 * DAY);
    await org.deliverEvents();
    expect((await mirror(subscription.id)).status).toBe("canceled");
    expect(await apiSubscription(subscription.id)).toMatchObject({ status: "canceled", entitled: false });
    const [invoice] = await admin`select id from invoices where subscription_id = ${subscription.id} and payment_failed`;
    const rows = await notices(invoice?.id);
    expect(rows.map((row) => [row.attempt, row.will_retry, row.sent])).toEqual([
      [1, true, true],
      [2, true, true],
      [3, true, true],
      [4, false, true],
    ]);
    const mails = await mailFor(email);
    expect(mails).toHaveLength(4);
    expect(mails[0]?.text).toContain("This was the last automatic attempt");
    expect(rows[0]?.update_url).toBe("https://merchant.test/billing?tab=card");
  });

  it("applies after_failed_retries when Stripe's own setting leaves the subscription open", async () => {
    await org.as("/v1/billing_settings", { body: { after_failed_retries: "past_due", update_payment_url: null, grace_period_days: 0 } });
    const { email, subscription, advance } = await failingSubscriber();
    await advance(31 * DAY + 2 * 3600);
    const [failure] = paymentFailedEvents(await org.deliverEvents());
    const invoice = failure?.data.object as Stripe.Invoice;
    // No grace period: past_due loses the entitlements at once.
    const shown = await apiSubscription(subscription.id);
    expect(shown).toMatchObject({ status: "past_due", entitled: false });
    expect(shown.access_ends_at).toBe(shown.past_due_since);
    expect((await mailFor(email))[0]?.text).toContain(invoice.hosted_invoice_url as string);
    // What real Stripe sends when its retries are over and its account setting leaves the subscription past_due.
    const last = (id: string): Stripe.Event =>
      ({ ...failure, id, data: { object: { ...invoice, next_payment_attempt: null } } }) as Stripe.Event;
    expect((await deliver(last(`evt_final1${crypto.randomUUID().slice(0, 8)}`))).body.outcome).toBe("applied");
    expect((await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on)).status).toBe("past_due");

    await org.as("/v1/billing_settings", { body: { after_failed_retries: "cancel" } });
    expect((await deliver(last(`evt_final2${crypto.randomUUID().slice(0, 8)}`))).body.outcome).toBe("applied");
    expect((await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on)).status).toBe("canceled");
    expect((await mirror(subscription.id)).status).toBe("canceled");
    // Same attempt: no second notice.
    expect(await notices(invoice.id as string)).toHaveLength(1);
  });
});

describe("failed-payment e-mail delivery", () => {
  it("keeps a refused e-mail unsent, and the cron sweep sends it once", async () => {
    const sql = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });
    const tenant = { orgId: org.orgId, livemode: false };
    const recipient = `${crypto.randomUUID().slice(0, 8)}@retry.test`;
    const invoiceId = `in_retry${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
    await withTenant(sql, tenant, (tx) =>
      recordDunningNotice(tx, {
        invoiceId,
        attempt: 1,
        subscriptionId: "sub_retry",
        recipient,
        amountDue: 500,
        currency: "eur",
        updateUrl: "https://merchant.test/pay",
        willRetry: true,
      }),
    );
    // The mailbox refuses a sender without its key, as a real e-mail API would.
    expect(await sendDunningNotices(sql, { url: env.EMAIL_API_URL, key: "wrong-key" }, tenant)).toBe(0);
    expect(await admin`select sent_at, send_attempts from dunning_notices where invoice_id = ${invoiceId}`).toEqual([
      { sent_at: null, send_attempts: 1 },
    ]);
    expect(await mailFor(recipient)).toEqual([]);
    // The cron's sweep sends it; a second sweep finds nothing left to send.
    expect((await SCHEDULED_JOBS.dunning_notices?.(env, sql))?.sent).toBeGreaterThanOrEqual(1);
    await sweepDunningNotices(sql, { url: env.EMAIL_API_URL, key: env.EMAIL_API_KEY });
    const mails = await mailFor(recipient);
    expect(mails.map((mail) => mail.subject)).toEqual(["Your payment of €5.00 to Dunning <Co> failed"]);
    await sql.end();
  });
});
