import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { checkedOut, clockedCustomer } from "../../test/money-path-fixtures";

const admin = adminSql();
type Entry = { id: string; type: string; data: { object: { id: string; status: string } } };

let org: BillingOrganization;

beforeAll(async () => {
  org = await billingOrganization("Timeline Renewal Co");
});
afterAll(() => admin.end());

describe("customer timeline over a checkout and a renewal", () => {
  it("shows one 'invoice paid' per paid invoice", async () => {
    const price = await org.newPrice({ currency: "usd", unit_amount: 2000, recurring: { interval: "month" } });
    const { customer, billAt } = await clockedCustomer(org);
    await checkedOut(org, customer.id, price.id);
    const [subscription] = await admin<{ id: string; current_period_end: Date }[]>`
      select id, current_period_end from subscriptions where customer_id = ${customer.id}`;
    if (!subscription) throw new Error("the checkout made no subscription");
    // The admin's "upgrade with preview": a proration invoice, paid at once.
    const bigger = await org.newPrice({ currency: "usd", unit_amount: 5000, recurring: { interval: "month" } }, price.product);
    const changed = await org.as(`/v1/subscriptions/${subscription.id}/change`, { body: { price: bigger.id, timing: "now" } });
    expect(changed.status).toBe(200);
    await org.deliverEvents();
    await billAt(Math.floor(subscription.current_period_end.getTime() / 1000));

    const invoices = await admin<{ id: string }[]>`
      select id from invoices where stripe_customer_id = ${customer.stripe_customer_id} and status = 'paid' order by created`;
    expect(invoices).toHaveLength(3);
    const paid = await org.as<{ data: Entry[] }>(`/v1/customers/${customer.id}/timeline?type=invoice.paid&limit=100`);
    expect(paid.status).toBe(200);
    expect(paid.body.data.map((entry) => entry.data.object.id).sort()).toEqual(invoices.map((invoice) => invoice.id).sort());
    // The events table itself, not only the timeline's reading of it.
    const recorded = await admin<{ object_id: string; n: number }[]>`
      select object_id, count(*)::int as n from events where type = 'invoice.paid' and object_id in ${admin(invoices.map((i) => i.id))}
      group by object_id`;
    expect(recorded.map((row) => row.n)).toEqual([1, 1, 1]);
  });
});
