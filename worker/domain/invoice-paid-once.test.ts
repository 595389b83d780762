import { env } from "cloudflare:workers";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../db/client";
import { withTenant } from "../db/tenant";
import { type BillingOrganization, billingOrganization } from "../test/billing-fixtures";
import { adminSql } from "../test/fixtures";
import { subscribedCustomer } from "../test/subscription-fixtures";
import { mirrorInvoice } from "./invoices";

const admin = adminSql();
const sql = connect(env.HYPERDRIVE.connectionString);
let org: BillingOrganization;

beforeAll(async () => {
  org = await billingOrganization("Invoice paid once");
});
afterAll(async () => {
  await admin.end();
  await sql.end();
});

const mirror = (invoice: Stripe.Invoice, cause: string) =>
  withTenant(sql, { orgId: org.orgId, livemode: false }, (tx) => mirrorInvoice(tx, invoice, cause));
const paidEvents = async (invoice: string) =>
  (await admin<{ n: number }[]>`select count(*)::int as n from events where type = 'invoice.paid' and object_id = ${invoice}`)[0]?.n;
const storedStatus = async (invoice: string) =>
  (await admin<{ status: string }[]>`select status from invoices where id = ${invoice}`)[0]?.status;

/** A paid invoice as Stripe returns it, and the same invoice as read before its payment (finalized, open). */
async function paidInvoice() {
  const { subscription } = await subscribedCustomer(org);
  const paid = await org.stripe.invoices.retrieve(String(subscription.latest_invoice), {}, org.on);
  expect(paid.status).toBe("paid");
  const open: Stripe.Invoice = {
    ...paid,
    status: "open",
    amount_paid: 0,
    status_transitions: { ...paid.status_transitions, paid_at: null },
  };
  return { paid, open };
}

// Webhook handlers read the invoice from Stripe before their transaction, and Stripe sends several
// events for one payment (finalized, paid, payment_succeeded…) that may be handled at the same time.
describe("one invoice.paid event per invoice payment", () => {
  it("keeps a paid invoice paid when a snapshot from before its payment arrives last, so a later mirror records nothing", async () => {
    const { paid, open } = await paidInvoice();
    expect(await paidEvents(paid.id as string)).toBe(1);
    await mirror(open, "invoice.finalized");
    expect(await storedStatus(paid.id as string)).toBe("paid");
    await mirror(paid, "invoice.paid");
    expect(await paidEvents(paid.id as string)).toBe(1);
  });

  it("records it once when two mirrors of a new paid invoice run at the same time", async () => {
    const { paid } = await paidInvoice();
    await admin`delete from events where object_id = ${paid.id as string}`;
    await admin`delete from fee_ledger where invoice_id = ${paid.id as string}`;
    await admin`delete from invoices where id = ${paid.id as string}`;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The first mirror writes the row and keeps its transaction open; the second starts meanwhile.
    const first = withTenant(sql, { orgId: org.orgId, livemode: false }, async (tx) => {
      await mirrorInvoice(tx, paid, "invoice.paid");
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = mirror(paid, "billingos.invoice.pay");
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([first, second]);
    expect(await paidEvents(paid.id as string)).toBe(1);
  });
});
