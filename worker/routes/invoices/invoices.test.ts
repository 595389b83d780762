import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { openInvoice, sessionFor, stripeEventCount, subscribedCustomer } from "../../test/subscription-fixtures";

const admin = adminSql();
let org: BillingOrganization;

beforeAll(async () => {
  org = await billingOrganization("Invoices Co");
});
afterAll(() => admin.end());

interface Invoice {
  id: string;
  status: string;
  amount_due: number;
  amount_paid: number;
  hosted_invoice_url: string | null;
  invoice_pdf: string | null;
}

const mirrored = async (id: string) =>
  (await admin`select status, amount_paid::int as paid from invoices where id = ${id}`)[0] as { status: string; paid: number };

describe("invoices", () => {
  it("pays an open invoice again with a new card after a decline; the invoice and subscription are mirrored at once", async () => {
    const { invoice, customer, subscription, failingMethod } = await openInvoice(org);
    expect(subscription.status).toBe("incomplete");
    const token = await sessionFor(org, customer.id);
    const open = await org.as<Invoice>(`/v1/invoices/${invoice}`, { method: "GET", auth: token });
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ id: invoice, status: "open", amount_due: 1500, amount_paid: 0 });
    expect(open.body.hosted_invoice_url).toMatch(/^http/);
    expect(open.body.invoice_pdf).toMatch(/^http.*pdf/);

    const defaults = async () =>
      (
        await org.as<{ data: { id: string; default: boolean }[] }>(`/v1/customers/${customer.id}/payment_methods`, { method: "GET" })
      ).body.data
        .filter((method) => method.default)
        .map((method) => method.id);
    const beforeDecline = await defaults();
    const declined = await org.as(`/v1/invoices/${invoice}/pay`, { auth: token, body: { payment_method: failingMethod } });
    expect(declined.status).toBe(402);
    expect(declined.body.error).toMatchObject({ type: "card_error", param: "payment_method" });
    expect(declined.body.error.code).toBe("generic_decline");
    expect(await mirrored(invoice)).toMatchObject({ status: "open", paid: 0 });
    expect(await defaults()).toEqual(beforeDecline);

    const card = await org.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.stripe_customer_id }, org.on);
    const paid = await org.as<Invoice>(`/v1/invoices/${invoice}/pay`, { auth: token, body: { payment_method: card.id } });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: "paid", amount_paid: 1500 });
    expect((await org.stripe.invoices.retrieve(invoice, {}, org.on)).status).toBe("paid");
    expect(await mirrored(invoice)).toEqual({ status: "paid", paid: 1500 });
    const [sub] = await admin`select status from subscriptions where id = ${subscription.id}`;
    expect(sub?.status).toBe("active");
    expect((await org.as<Invoice>(`/v1/invoices/${invoice}`, { method: "GET" })).body).toEqual(paid.body);
    // The card that paid is the default now, the subscription's too: the renewal will not try the declined one.
    expect(await defaults()).toEqual([card.id]);
    expect((await org.stripe.subscriptions.retrieve(subscription.id, {}, org.on)).default_payment_method).toBe(card.id);
    const [audit] = await admin`select target_id from audit_log where org_id = ${org.orgId} and action = 'payment_method.default_set'`;
    expect(audit?.target_id).toBe(customer.id);

    const again = await org.as(`/v1/invoices/${invoice}/pay`, { auth: token, body: { payment_method: card.id } });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ code: "invoice_not_open", param: "id" });
  });

  it("keeps customers apart and refuses bad input: 404 or 400, nothing sent, nothing written", async () => {
    const { invoice, customer } = await openInvoice(org);
    const other = await subscribedCustomer(org);
    const otherInvoice = String(other.subscription.latest_invoice);
    const token = await sessionFor(org, customer.id);
    const events = await stripeEventCount(org);
    const audit = async () => (await admin`select count(*)::int as n from audit_log where org_id = ${org.orgId}`)[0];
    const before = { audit: await audit(), invoice: await mirrored(invoice) };

    expect((await org.as(`/v1/invoices/${otherInvoice}`, { method: "GET", auth: token })).status).toBe(404);
    expect((await org.as(`/v1/invoices/${otherInvoice}/pay`, { auth: token, body: { payment_method: other.paymentMethod } })).status).toBe(
      404,
    );
    // Another customer's card, through this customer's own invoice: never used.
    const foreign = await org.as(`/v1/invoices/${invoice}/pay`, { auth: token, body: { payment_method: other.paymentMethod } });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.param).toBe("payment_method");
    for (const [body, param] of [
      [{}, "payment_method"],
      [{ payment_method: 42 }, "payment_method"],
      [{ payment_method: "pm_x", amount: 1 }, "amount"],
    ] as const) {
      const response = await org.as(`/v1/invoices/${invoice}/pay`, { auth: token, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.param).toBe(param);
    }
    expect(await stripeEventCount(org)).toBe(events);
    expect({ audit: await audit(), invoice: await mirrored(invoice) }).toEqual(before);
    expect((await org.stripe.invoices.retrieve(otherInvoice, {}, org.on)).status).toBe("paid");
  });
});
