import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type Stripe from "stripe";
import { emulatorOnly, rejection, stripeClient, type Target } from "./client";

describe("stripe emulator: Connect", () => {
  let target: Target;
  before(async () => {
    target = await stripeClient();
  });
  after(() => target.close());

  it("creates an Express account, onboards it through the account link page, and opens the dashboard", emulatorOnly, async () => {
    const { stripe } = target;
    const account = await stripe.accounts.create({
      type: "express",
      country: "US",
      email: "merchant@example.com",
      settings: { payouts: { schedule: { interval: "weekly", weekly_anchor: "friday" } } },
    });
    assert.equal(account.charges_enabled, false);
    assert.equal(account.payouts_enabled, false);
    assert.ok((account.requirements?.currently_due ?? []).length > 0);
    assert.equal(account.settings?.payouts?.schedule.interval, "weekly");
    const link = await stripe.accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      refresh_url: "https://example.com/refresh",
      return_url: "https://example.com/return",
    });
    const page = await fetch(link.url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Complete onboarding/);
    const submit = await fetch(link.url, { method: "POST", redirect: "manual" });
    assert.equal(submit.status, 303);
    assert.equal(submit.headers.get("location"), "https://example.com/return");
    const enabled = await stripe.accounts.retrieve(account.id);
    assert.equal(enabled.charges_enabled, true);
    assert.equal(enabled.payouts_enabled, true);
    assert.equal(enabled.details_submitted, true);
    assert.deepEqual(enabled.requirements?.currently_due, []);
    const events = await stripe.events.list({ type: "account.updated" }, { stripeAccount: account.id });
    const [updatedEvent] = events.data;
    assert.ok(updatedEvent);
    assert.equal(updatedEvent.account, account.id);
    assert.equal((updatedEvent.data.previous_attributes as { charges_enabled?: boolean }).charges_enabled, false);
    const login = await stripe.accounts.createLoginLink(account.id);
    const dashboard = await fetch(login.url);
    assert.match(await dashboard.text(), /Express dashboard/);
    const updated = await stripe.accounts.update(account.id, {
      settings: { payouts: { schedule: { interval: "monthly", monthly_anchor: 15 } } },
    });
    assert.equal(updated.settings?.payouts?.schedule.monthly_anchor, 15);
  });

  it("keeps connected-account objects apart from platform ones", async () => {
    const { stripe } = target;
    const account = await stripe.accounts.create({ type: "express", country: "US" });
    const onAccount = await stripe.customers.create({ email: "scoped@example.com" }, { stripeAccount: account.id });
    const fromPlatform = await rejection(stripe.customers.retrieve(onAccount.id));
    assert.equal(fromPlatform.statusCode, 404);
    const fromAccount = await stripe.customers.retrieve(onAccount.id, {}, { stripeAccount: account.id });
    assert.equal(fromAccount.id, onAccount.id);
    const platformList = await stripe.customers.list({ limit: 100 });
    assert.ok(!platformList.data.some((c) => c.id === onAccount.id));
  });

  it("takes an application fee from a connected-account payment and refunds part of it", emulatorOnly, async () => {
    const { stripe } = target;
    const account = await stripe.accounts.create({ type: "express", country: "US" });
    const intent = await stripe.paymentIntents.create(
      {
        amount: 10_000,
        currency: "usd",
        payment_method: "pm_card_visa",
        confirm: true,
        application_fee_amount: 80,
        automatic_payment_methods: { enabled: true, allow_redirects: "never" },
      },
      { stripeAccount: account.id },
    );
    const charge = await stripe.charges.retrieve(String(intent.latest_charge), {}, { stripeAccount: account.id });
    assert.match(String(charge.application_fee), /^fee_/);
    const fee = await stripe.applicationFees.retrieve(String(charge.application_fee));
    assert.equal(fee.amount, 80);
    assert.equal(fee.account, account.id);
    const refund = await stripe.applicationFees.createRefund(fee.id, { amount: 30 });
    assert.equal(refund.amount, 30);
    const after = await stripe.applicationFees.retrieve(fee.id);
    assert.equal(after.amount_refunded, 30);
    const tooMuch = await rejection(stripe.applicationFees.createRefund(fee.id, { amount: 51 }));
    assert.equal(tooMuch.statusCode, 400);
    assert.equal((await stripe.applicationFees.retrieve(fee.id)).amount_refunded, 30);
  });

  it("refuses an unknown Stripe-Account", async () => {
    const error = await rejection(target.stripe.customers.list({}, { stripeAccount: "acct_doesnotexist" }));
    assert.ok(error.statusCode === 403 || error.statusCode === 401);
  });
});

export type { Stripe };
