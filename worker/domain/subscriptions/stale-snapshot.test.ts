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
