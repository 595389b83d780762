import type Stripe from "stripe";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { applicationFee, feeToReturn } from "../../domain/fees/application-fee";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { expectNoWrites } from "../../test/org-rows";
import { deliver } from "../../test/stripe";
import { openInvoice, sessionFor, stripeEventCount, subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;

// Each test its own merchant: an event one test leaves undeliverable (or a row it leaves behind)
// cannot fail the tests after it.
beforeEach(async () => {
  org = await billingOrganization("Refunds Co");
});
afterAll(() => admin.end());

/** A paid $20.00 invoice whose charge carries BillingOS's fee (2 % of 2000 = 40 = 0.5 % + 30 ¢). */
async function paidInvoice() {
  const { subscription, customer } = await subscribedCustomer(org, { unit_amount: 2000, application_fee_percent: 2 });
  const invoice = String(subscription.latest_invoice);
  const payments = await org.stripe.invoicePayments.list({ invoice }, org.on);
  const intent = await org.stripe.paymentIntents.retrieve(String(payments.data[0]?.payment.payment_intent), {}, org.on);
  const charge = await org.stripe.charges.retrieve(String(intent.latest_charge), {}, org.on);
  return { invoice, charge, customer, fee: String(charge.application_fee) };
}

const ledger = async (invoice: string) =>
  (
    await admin<{ gross: number; fee: number; net: number; refunded: number; fee_returned: number; charge_id: string | null }[]>`
      select gross::int, fee::int, net::int, refunded::int, fee_returned::int, charge_id from fee_ledger where invoice_id = ${invoice}`
  )[0];
const refundRows = (invoice: string) => admin`select id, amount::int from refunds where invoice_id = ${invoice} order by created, id`;
const feeRefunded = async (fee: string) => (await org.stripe.applicationFees.retrieve(fee)).amount_refunded;

describe("POST /v1/refunds", () => {
  it("refunds part, then the rest; the fee comes back in proportion and the ledger keeps fee + net = gross", async () => {
    const { invoice, charge, fee } = await paidInvoice();
    const split = applicationFee(2000, "usd");
    expect(await ledger(invoice)).toMatchObject({ gross: 2000, fee: split.fee, refunded: 0, fee_returned: 0 });
    expect((await org.stripe.applicationFees.retrieve(fee)).amount).toBe(split.fee);

    const partial = await org.as<{ id: string; amount: number; invoice: string; charge: string; reason: string }>("/v1/refunds", {
      body: { invoice, amount: 500, reason: "requested_by_customer" },
    });
    expect(partial.status).toBe(201);
    expect(partial.body).toMatchObject({ amount: 500, invoice, charge: charge.id, reason: "requested_by_customer", status: "succeeded" });
    const firstShare = feeToReturn(split, 500, 0);
    expect(firstShare).toBe(10);
    expect(await feeRefunded(fee)).toBe(firstShare);
    expect(await ledger(invoice)).toMatchObject({ refunded: 500, fee_returned: firstShare, charge_id: charge.id });

    const rest = await org.as<{ amount: number }>("/v1/refunds", { body: { invoice } });
    expect(rest.status).toBe(201);
    expect(rest.body.amount).toBe(1500);
    expect(await feeRefunded(fee)).toBe(split.fee);
    const after = await ledger(invoice);
    expect(after).toMatchObject({ refunded: 2000, fee_returned: split.fee });
    expect((after?.fee ?? 0) + (after?.net ?? 0)).toBe(after?.gross);
    expect((await org.stripe.charges.retrieve(charge.id, {}, org.on)).refunded).toBe(true);

    // The charge.refunded events of our own refunds add nothing.
    const events = await org.deliverEvents();
    expect(events.filter((event) => event.type === "charge.refunded")).toHaveLength(2);
    expect(await feeRefunded(fee)).toBe(split.fee);
    expect(await ledger(invoice)).toMatchObject({ refunded: 2000, fee_returned: split.fee });
    expect((await refundRows(invoice)).map((row) => row.amount).sort((a, b) => a - b)).toEqual([500, 1500]);

    const listed = await org.as<{ data: Array<{ id: string; amount: number }> }>("/v1/refunds?limit=2", { method: "GET" });
    expect(listed.body.data.map((refund) => refund.id).sort()).toEqual([partial.body.id, (rest.body as { id?: string }).id].sort());

    const again = await org.as("/v1/refunds", { body: { invoice } });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ code: "charge_already_refunded", param: "invoice" });
  });

  it("refuses more than is left, and every bad input, with 400 on its param: nothing written, nothing sent", async () => {
    const { invoice, fee } = await paidInvoice();
    expect((await org.as("/v1/refunds", { body: { invoice, amount: 1200 } })).status).toBe(201);
    const { invoice: unpaidInvoice } = await openInvoice(org);
    const cases: Array<[unknown, string, number?]> = [
      [{ invoice, amount: 801 }, "amount"],
      [{ invoice, amount: 0 }, "amount"],
      [{ invoice, amount: -5 }, "amount"],
      [{ invoice, amount: 1.5 }, "amount"],
      [{ invoice, amount: "100" }, "amount"],
      [{ invoice, amount: 2 ** 53 }, "amount"],
      [{ invoice, reason: "changed_mind" }, "reason"],
      [{ invoice, fee: 0 }, "fee"],
      [{}, "invoice"],
      [{ invoice, payment_intent: "pi_123" }, "invoice"],
      [{ invoice: unpaidInvoice }, "invoice"],
      [{ invoice: "in_doesnotexist" }, "invoice", 404],
      [{ payment_intent: "pi_doesnotexist" }, "payment_intent", 404],
    ];
    const snapshot = async () => ({
      ledger: await ledger(invoice),
      refunds: (await admin`select count(*)::int as n from refunds where org_id = ${org.orgId}`)[0],
      audit: (await admin`select count(*)::int as n from audit_log where org_id = ${org.orgId}`)[0],
      events: await stripeEventCount(org),
      fee: await feeRefunded(fee),
    });
    const before = await snapshot();
    for (const [body, param, status] of cases) {
      const response = await org.as("/v1/refunds", { body });
      expect(response.status, JSON.stringify(body)).toBe(status ?? 400);
      expect(response.body.error.param, JSON.stringify(body)).toBe(param);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("is for the merchant only: a customer session cannot refund", async () => {
    const { invoice, customer } = await paidInvoice();
    const response = await org.as("/v1/refunds", { auth: await sessionFor(org, customer.id), body: { invoice } });
    expect(response.status).toBe(403);
    expect(await ledger(invoice)).toMatchObject({ refunded: 0 });
  });

  it("finds the charge of a paid invoice on Stripe when the ledger has not recorded it", async () => {
    const { invoice, charge } = await paidInvoice();
    await admin`update fee_ledger set charge_id = null where invoice_id = ${invoice}`;
    const refunded = await org.as<{ charge: string }>("/v1/refunds", { body: { invoice, amount: 300 } });
    expect(refunded.status).toBe(201);
    expect(refunded.body.charge).toBe(charge.id);
    expect(await ledger(invoice)).toMatchObject({ refunded: 300, charge_id: charge.id });
  });
});

describe("one-time payments and concurrency", () => {
  it("refunds a one-time payment by its PaymentIntent", async () => {
    const customer = await org.newCustomer();
    const split = applicationFee(4999, "usd");
    const intent = await org.stripe.paymentIntents.create(
      {
        amount: 4999,
        currency: "usd",
        customer: customer.stripe_customer_id,
        payment_method: "pm_card_visa",
        confirm: true,
        application_fee_amount: split.fee,
      },
      org.on,
    );
    expect(intent.status).toBe("succeeded");
    // The ledger row checkout records for a one-time payment (payment_intent.succeeded).
    await admin`insert into fee_ledger (org_id, livemode, currency, gross, fee, net, payment_intent_id)
                values (${org.orgId}, false, 'usd', ${split.gross}, ${split.fee}, ${split.net}, ${intent.id})`;
    const response = await org.as<{ amount: number; payment_intent: string; invoice: null }>("/v1/refunds", {
      body: { payment_intent: intent.id, amount: 2000 },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ amount: 2000, payment_intent: intent.id, invoice: null });
    const [row] = await admin`select refunded::int, fee_returned::int from fee_ledger where payment_intent_id = ${intent.id}`;
    expect(row).toEqual({ refunded: 2000, fee_returned: feeToReturn(split, 2000, 0) });
  });

  it("makes one refund when the same request arrives twice at once with one Idempotency-Key", async () => {
    const { invoice, charge, fee } = await paidInvoice();
    const send = () =>
      org.as<{ id: string }>("/v1/refunds", {
        body: { invoice, amount: 600 },
        headers: { "Idempotency-Key": `refund-${invoice}` },
      });
    const [first, second] = await Promise.all([send(), send()]);
    // One makes the refund. The other replays its answer (201, the same refund: it arrived after the
    // first finished, as on a loaded machine) or was told the first is still running (409).
    const made = first.status === 201 ? first : second;
    expect(made.status).toBe(201);
    const other = made === first ? second : first;
    if (other.status === 201) expect(other.body.id).toBe(made.body.id);
    else expect([other.status, other.body.error?.code]).toEqual([409, "idempotency_key_in_use"]);
    expect((await send()).body.id).toBe(made.body.id);
    expect((await org.stripe.charges.retrieve(charge.id, {}, org.on)).amount_refunded).toBe(600);
    expect(await ledger(invoice)).toMatchObject({ refunded: 600, fee_returned: 12 });
    expect(await feeRefunded(fee)).toBe(12);
  });

  it("runs concurrent refunds of one payment one after the other, never refunding more than was paid", async () => {
    const { invoice, charge } = await paidInvoice();
    const paid = (await org.stripe.charges.retrieve(charge.id, {}, org.on)).amount;
    const half = Math.floor(paid / 2) + 1;
    const responses = await Promise.all([1, 2, 3].map(() => org.as<object>("/v1/refunds", { body: { invoice, amount: half } })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 400, 400]);
    for (const refused of responses.filter((response) => response.status === 400))
      expect(refused.body.error?.code).toBe("amount_too_large");
    expect((await org.stripe.refunds.list({ charge: charge.id }, org.on)).data).toHaveLength(1);
    expect((await org.stripe.charges.retrieve(charge.id, {}, org.on)).amount_refunded).toBe(half);
    expect(await ledger(invoice)).toMatchObject({ refunded: half });
  });
});

describe("another organisation", () => {
  it("sees none of it and changes nothing: 404s and an empty list", async () => {
    const { invoice, customer } = await paidInvoice();
    await org.as("/v1/refunds", { body: { invoice, amount: 100 } });
    const [sub] = await admin`select id from subscriptions where customer_id = ${customer.id}`;
    const other = await billingOrganization("Other Co");
    const before = { ledger: await ledger(invoice), refunds: await refundRows(invoice) };
    expect((await other.as<{ data: unknown[] }>("/v1/refunds", { method: "GET" })).body.data).toEqual([]);
    for (const [path, method, body] of [
      ["/v1/refunds", "POST", { invoice }],
      [`/v1/invoices/${invoice}`, "GET", undefined],
      [`/v1/invoices/${invoice}/pay`, "POST", { payment_method: "pm_card_visa" }],
      [`/v1/subscriptions/${sub?.id}`, "GET", undefined],
      [`/v1/subscriptions/${sub?.id}/cancel`, "POST", { at_period_end: false }],
      [`/v1/customers/${customer.id}/payment_methods`, "GET", undefined],
      [`/v1/customers/${customer.id}/setup_intents`, "POST", undefined],
    ] as const) {
      const response = await other.as(path, { method, ...(body ? { body } : {}) });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect({ ledger: await ledger(invoice), refunds: await refundRows(invoice) }).toEqual(before);
    expect((await org.stripe.subscriptions.retrieve(String(sub?.id), {}, org.on)).status).toBe("active");
  });
});

describe("charge.refunded from elsewhere", () => {
  it("records a dashboard refund and returns the fee share once, however often the event comes", async () => {
    const { invoice, charge, fee } = await paidInvoice();
    await org.deliverEvents();
    const refund = await org.stripe.refunds.create({ charge: charge.id, amount: 700 }, org.on);
    const { data } = await org.stripe.events.list({ type: "charge.refunded", limit: 1 }, org.on);
    const event = data[0] as Stripe.Event;
    const responses = await Promise.all([deliver(event), deliver(event)]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    await expectNoWrites(admin, org.orgId, async () => expect((await deliver(event)).body.outcome).toBe("duplicate"));
    const share = feeToReturn(applicationFee(2000, "usd"), 700, 0);
    expect(share).toBe(14);
    expect(await feeRefunded(fee)).toBe(share);
    expect((await org.stripe.applicationFees.listRefunds(fee)).data).toHaveLength(1);
    expect(await ledger(invoice)).toMatchObject({ refunded: 700, fee_returned: share, charge_id: charge.id });
    expect(await refundRows(invoice)).toEqual([{ id: refund.id, amount: 700 }]);
  });

  it("follows a refund's status as Stripe reports it (charge.refund.updated), changing nothing else", async () => {
    const { invoice, charge } = await paidInvoice();
    await org.deliverEvents();
    const refund = await org.stripe.refunds.create({ charge: charge.id, amount: 500 }, org.on);
    await org.deliverEvents();
    // As if Stripe had first reported it pending (a bank refund), then succeeded.
    await admin`update refunds set status = 'pending' where id = ${refund.id}`;
    const before = await ledger(invoice);
    const event = {
      id: `evt_${crypto.randomUUID().replace(/-/g, "")}`,
      object: "event",
      type: "charge.refund.updated",
      account: org.account,
      livemode: false,
      created: Math.floor(Date.now() / 1000),
      data: { object: refund },
    } as unknown as Stripe.Event;
    expect((await deliver(event)).status).toBe(200);
    expect(await admin`select status from refunds where id = ${refund.id}`).toEqual([{ status: refund.status }]);
    expect(refund.status).toBe("succeeded");
    expect(await ledger(invoice)).toEqual(before);
    expect(await refundRows(invoice)).toEqual([{ id: refund.id, amount: 500 }]);
  });
});
