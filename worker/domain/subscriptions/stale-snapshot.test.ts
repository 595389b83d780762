import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { withTenant } from "../../db/tenant";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { adminSql } from "../../test/fixtures";
import { subscribedCustomer } from "../../test/subscription-fixtures";
import { mirrorSubscription } from "./subscriptions";

const admin = adminSql();
const sql = connect(env.HYPERDRIVE.connectionString);
let org: BillingOrganization;

beforeAll(async () => {
  org = await billingOrganization("Stale snapshots");
});
afterAll(async () => {
  await admin.end();
  await sql.end();
});

const stored = (id: string) =>
  admin<{ status: string; history: number }[]>`
    select status, (select count(*)::int from subscription_history h where h.subscription_id = s.id) as history
    from subscriptions s where id = ${id}`;

describe("mirroring a subscription read before a newer one was stored", () => {
  // Event handlers read the subscription from Stripe before their transaction: a handler that read
  // it just before the first payment can commit after one that read it active.
  it("keeps a paid subscription active when a snapshot from before its first payment arrives last", async () => {
    const { subscription } = await subscribedCustomer(org);
    const [before] = await stored(subscription.id);
    expect(before?.status).toBe("active");
    await withTenant(sql, { orgId: org.orgId, livemode: false }, (tx) =>
      mirrorSubscription(tx, { ...subscription, status: "incomplete" }, "customer.subscription.created"),
    );
    expect(await stored(subscription.id)).toEqual([before]);
  });
});

describe("mirroring one new subscription from two events at once", () => {
  it("applies them one after the other, so the older snapshot cannot overwrite the newer", async () => {
    const customer = await org.newCustomer();
    const price = await org.newPrice({ currency: "usd", unit_amount: 2000, recurring: { interval: "month" } });
    const method = await org.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.stripe_customer_id }, org.on);
    // Made in Stripe only: no event is delivered, so BillingOS has no row for it yet.
    const subscription = await org.stripe.subscriptions.create(
      { customer: customer.stripe_customer_id, items: [{ price: price.stripe_id }], default_payment_method: method.id },
      org.on,
    );
    const tenant = { orgId: org.orgId, livemode: false };
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The newer snapshot (active) is written first and its transaction stays open; meanwhile the
    // older one (incomplete, read before the payment) starts on another connection.
    const newer = withTenant(sql, tenant, async (tx) => {
      await mirrorSubscription(tx, { ...subscription, status: "active" }, "customer.subscription.updated");
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const older = withTenant(sql, tenant, (tx) =>
      mirrorSubscription(tx, { ...subscription, status: "incomplete" }, "customer.subscription.created"),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([newer, older]);
    expect((await stored(subscription.id))[0]?.status).toBe("active");
  });
});
