import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { sessionFor, stripeEventCount, subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;
let basic: { id: string; stripe_id: string; product: string };
let pro: { id: string; stripe_id: string; product: string };

beforeAll(async () => {
  org = await billingOrganization("Plan Change Co");
  basic = await org.newPrice({ currency: "usd", unit_amount: 2000, recurring: { interval: "month" } });
  pro = await org.newPrice({ currency: "usd", unit_amount: 5000, recurring: { interval: "month" } }, basic.product);
});
afterAll(() => admin.end());

interface Preview {
  currency: string;
  proration_date: number;
  lines: Array<{ description: string; amount: number; proration: boolean; period: { start: number; end: number } }>;
  amount_due_now: number;
  next_invoice_amount: number | null;
}

const latestInvoice = async (subscription: string) => {
  const { data } = await org.stripe.invoices.list({ subscription, limit: 1 }, org.on);
  return data[0] as Stripe.Invoice;
};

describe("change now", () => {
  it("upgrades: the preview equals the invoice charged, to the cent", async () => {
    const { customer, subscription } = await subscribedCustomer(org, { price: basic });
    const token = await sessionFor(org, customer.id);
    // Halfway through the period, so the proration is a real fraction.
    const item = subscription.items.data[0] as Stripe.SubscriptionItem;
    const prorationDate = item.current_period_start + Math.floor((item.current_period_end - item.current_period_start) / 3);
    const preview = await org.as<Preview>(`/v1/subscriptions/${subscription.id}/preview_change`, {
      auth: token,
      body: { price: pro.id, proration_date: prorationDate },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.proration_date).toBe(prorationDate);
    expect(preview.body.next_invoice_amount).toBe(5000);
    expect(preview.body.lines.every((line) => line.proration)).toBe(true);
    expect(preview.body.lines.map((line) => line.amount).reduce((a, b) => a + b, 0)).toBe(preview.body.amount_due_now);
    expect(preview.body.amount_due_now).toBeGreaterThan(0);
    expect(preview.body.amount_due_now).toBeLessThan(3000);

    const changed = await org.as<{ stripe_price_id: string; mrr_amount: number }>(`/v1/subscriptions/${subscription.id}/change`, {
      auth: token,
      body: { price: pro.id, timing: "now", proration_date: preview.body.proration_date },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ stripe_price_id: pro.stripe_id, mrr_amount: 5000 });
    const invoice = await latestInvoice(subscription.id);
    expect(invoice.billing_reason).toBe("subscription_update");
    expect(invoice.amount_due).toBe(preview.body.amount_due_now);
    expect(invoice.status).toBe("paid");
    expect(invoice.amount_paid).toBe(preview.body.amount_due_now);
    const history = await admin`select stripe_price_id, mrr_amount::int as mrr, cause from subscription_history
                                where subscription_id = ${subscription.id} order by id desc limit 1`;
    expect(history[0]).toEqual({ stripe_price_id: pro.stripe_id, mrr: 5000, cause: "billingos.change" });
  });

  it("an upgrade whose payment is declined keeps the current plan (402) until its open invoice is paid", async () => {
    const { customer, subscription } = await subscribedCustomer(org, { price: basic });
    const failing = await org.stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.stripe_customer_id }, org.on);
    await org.stripe.subscriptions.update(subscription.id, { default_payment_method: failing.id }, org.on);
    const changed = await org.as(`/v1/subscriptions/${subscription.id}/change`, { body: { price: pro.id, timing: "now" } });
    expect(changed.status).toBe(402);
    expect(changed.body.error).toMatchObject({ type: "card_error", param: "payment_method" });
    const invoice = await latestInvoice(subscription.id);
    expect(invoice).toMatchObject({ billing_reason: "subscription_update", status: "open" });
    expect(changed.body.error.message).toContain(invoice.id);

    // Not upgraded: the old plan, paid up, with the change waiting for that invoice.
    const waiting = await org.as<{ pending_change: { expires_at: number } }>(`/v1/subscriptions/${subscription.id}`, { method: "GET" });
    expect(waiting.body).toMatchObject({
      status: "active",
      stripe_price_id: basic.stripe_id,
      mrr_amount: 2000,
      past_due_since: null,
      pending_change: { price: pro.id, stripe_price_id: pro.stripe_id, quantity: 1, invoice: invoice.id },
    });
    expect(waiting.body.pending_change.expires_at).toBeGreaterThan(Math.floor(Date.now() / 1000));
    const onStripe = await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on);
    expect(onStripe.items.data[0]?.price.id).toBe(basic.stripe_id);
    expect(onStripe.pending_update).not.toBeNull();
    await org.deliverEvents();
    expect((await org.as(`/v1/subscriptions/${subscription.id}`, { method: "GET" })).body).toMatchObject({
      status: "active",
      stripe_price_id: basic.stripe_id,
      pending_change: { invoice: invoice.id },
    });
    const [history] = await admin`select stripe_price_id from subscription_history where subscription_id = ${subscription.id}
                                  order by id desc limit 1`;
    expect(history?.stripe_price_id).toBe(basic.stripe_id);

    // Paid with another card: the upgrade applies.
    const card = await org.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.stripe_customer_id }, org.on);
    const paid = await org.as<{ status: string }>(`/v1/invoices/${invoice.id}/pay`, { body: { payment_method: card.id } });
    expect(paid.body.status).toBe("paid");
    const upgraded = { status: "active", stripe_price_id: pro.stripe_id, price: pro.id, mrr_amount: 5000, pending_change: null };
    expect((await org.as(`/v1/subscriptions/${subscription.id}`, { method: "GET" })).body).toMatchObject(upgraded);
    await org.deliverEvents();
    expect((await org.as(`/v1/subscriptions/${subscription.id}`, { method: "GET" })).body).toMatchObject(upgraded);
  });

  it("changes the quantity now", async () => {
    const { subscription } = await subscribedCustomer(org, { price: basic });
    const changed = await org.as<{ quantity: number; mrr_amount: number }>(`/v1/subscriptions/${subscription.id}/change`, {
      body: { quantity: 3, timing: "now" },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ quantity: 3, mrr_amount: 6000 });
    expect((await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on)).items.data[0]?.quantity).toBe(3);
    expect((await latestInvoice(subscription.id)).status).toBe("paid");
  });
});

describe("change at period end", () => {
  it("downgrades at renewal through a schedule; a later change releases it", async () => {
    const { subscription } = await subscribedCustomer(org, { price: pro });
    const item = subscription.items.data[0] as Stripe.SubscriptionItem;
    const response = await org.as(`/v1/subscriptions/${subscription.id}/change`, {
      body: { price: basic.id, timing: "period_end" },
    });
    expect(response.status).toBe(200);
    expect(response.body.stripe_price_id).toBe(pro.stripe_id);
    const scheduledChange = { price: basic.id, stripe_price_id: basic.stripe_id, quantity: 1, effective_at: item.current_period_end };
    expect(response.body).toMatchObject({ scheduled_change: scheduledChange, pending_change: null });
    expect((await org.as(`/v1/subscriptions/${subscription.id}`, { method: "GET" })).body.scheduled_change).toEqual(scheduledChange);
    await org.deliverEvents();
    expect((await org.as(`/v1/subscriptions/${subscription.id}`, { method: "GET" })).body.scheduled_change).toEqual(scheduledChange);
    const onStripe = await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on);
    expect(onStripe.schedule).toBeTruthy();
    const schedule = await org.stripe.subscriptionSchedules.retrieve(String(onStripe.schedule), {}, org.on);
    expect(schedule.end_behavior).toBe("release");
    expect(schedule.phases.map((phase) => ({ start: phase.start_date, price: phase.items[0]?.price }))).toEqual([
      { start: item.current_period_start, price: pro.stripe_id },
      { start: item.current_period_end, price: basic.stripe_id },
    ]);

    // Edited on Stripe (say, in its dashboard): subscription_schedule.updated brings the new next phase.
    const first = schedule.phases[0] as Stripe.SubscriptionSchedule.Phase;
    await org.stripe.subscriptionSchedules.update(
      schedule.id,
      {
        phases: [
          { items: [{ price: pro.stripe_id, quantity: 1 }], start_date: first.start_date, end_date: first.end_date },
          { items: [{ price: basic.stripe_id, quantity: 2 }], proration_behavior: "none" },
        ],
      },
      org.on,
    );
    await org.deliverEvents();
    expect((await org.as(`/v1/subscriptions/${subscription.id}`, { method: "GET" })).body.scheduled_change).toEqual({
      ...scheduledChange,
      quantity: 2,
    });

    const cancel = await org.as(`/v1/subscriptions/${subscription.id}/cancel`, {
      body: { at_period_end: true },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.cancel_at_period_end).toBe(true);
    expect(cancel.body.scheduled_change).toBeNull();
    expect((await org.stripe.subscriptionSchedules.retrieve(schedule.id, {}, org.on)).status).toBe("released");
    expect((await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on)).schedule).toBeNull();
  });
});

describe("a downgrade at renewal, on a test clock", () => {
  it("keeps the current price until the period ends, then bills and mirrors the new one", async () => {
    const now = Math.floor(Date.now() / 1000);
    const clock = await org.stripe.testHelpers.testClocks.create({ frozen_time: now }, org.on);
    const stripeCustomer = await org.stripe.customers.create({ email: "clock@customer.test", test_clock: clock.id }, org.on);
    const customerId = `cus_clock${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await admin`insert into customers (id, org_id, livemode, email, stripe_customer_id)
                values (${customerId}, ${org.orgId}, false, 'clock@customer.test', ${stripeCustomer.id})`;
    const method = await org.stripe.paymentMethods.attach("pm_card_visa", { customer: stripeCustomer.id }, org.on);
    const subscription = await org.stripe.subscriptions.create(
      { customer: stripeCustomer.id, items: [{ price: pro.stripe_id }], default_payment_method: method.id },
      org.on,
    );
    await org.deliverEvents();
    const token = await sessionFor(org, customerId);
    const scheduled = await org.as(`/v1/subscriptions/${subscription.id}/change`, {
      auth: token,
      body: { price: basic.id, timing: "period_end" },
    });
    expect(scheduled.status).toBe(200);
    const periodEnd = (subscription.items.data[0] as Stripe.SubscriptionItem).current_period_end;
    expect(scheduled.body).toMatchObject({
      stripe_price_id: pro.stripe_id,
      mrr_amount: 5000,
      scheduled_change: { price: basic.id, quantity: 1, effective_at: periodEnd },
    });

    await org.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: periodEnd + 2 * 3600 }, org.on);
    await org.deliverEvents();
    const renewal = await latestInvoice(subscription.id);
    expect(renewal).toMatchObject({ billing_reason: "subscription_cycle", status: "paid", amount_paid: 2000 });
    const current = await org.as(`/v1/subscriptions/${subscription.id}`, { method: "GET", auth: token });
    expect(current.body).toMatchObject({ stripe_price_id: basic.stripe_id, mrr_amount: 2000, status: "active", scheduled_change: null });
  });
});

describe("bad changes", () => {
  it("refuses each with 400 on its param: nothing written, nothing sent", async () => {
    const { subscription } = await subscribedCustomer(org, { price: basic });
    const oneTime = await org.newPrice({ currency: "usd", unit_amount: 900 });
    const euro = await org.newPrice({ currency: "eur", unit_amount: 900, recurring: { interval: "month" } });
    const archived = await org.newPrice({ currency: "usd", unit_amount: 900, recurring: { interval: "month" } });
    expect((await org.as(`/v1/prices/${archived.id}`, { body: { active: false } })).status).toBe(200);
    const item = subscription.items.data[0] as Stripe.SubscriptionItem;
    const cases: Array<[string, unknown, string]> = [
      ["change", { price: pro.id }, "timing"],
      ["change", { price: pro.id, timing: "tomorrow" }, "timing"],
      ["change", { price: "price_missing", timing: "now" }, "price"],
      ["change", { price: oneTime.id, timing: "now" }, "price"],
      ["change", { price: euro.id, timing: "now" }, "price"],
      ["change", { price: archived.id, timing: "now" }, "price"],
      ["change", { price: basic.id, timing: "now" }, "price"],
      ["change", { quantity: 0, timing: "now" }, "quantity"],
      ["change", { quantity: 1.5, timing: "now" }, "quantity"],
      ["change", { quantity: "2", timing: "now" }, "quantity"],
      ["change", { quantity: 2, timing: "now", proration_date: item.current_period_end + 10 }, "proration_date"],
      ["change", { quantity: 2, timing: "period_end", proration_date: item.current_period_start }, "proration_date"],
      ["change", { quantity: 2, timing: "now", customer: "cus_other" }, "customer"],
      ["preview_change", { price: euro.id }, "price"],
      ["preview_change", {}, "price"],
    ];
    const before = {
      events: await stripeEventCount(org),
      row: await admin`select stripe_price_id, quantity, updated from subscriptions where id = ${subscription.id}`,
      history: (await admin`select id from subscription_history where subscription_id = ${subscription.id}`).length,
    };
    for (const [path, body, param] of cases) {
      const response = await org.as(`/v1/subscriptions/${subscription.id}/${path}`, { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.param, JSON.stringify(body)).toBe(param);
    }
    expect({
      events: await stripeEventCount(org),
      row: await admin`select stripe_price_id, quantity, updated from subscriptions where id = ${subscription.id}`,
      history: (await admin`select id from subscription_history where subscription_id = ${subscription.id}`).length,
    }).toEqual(before);
  });
});
