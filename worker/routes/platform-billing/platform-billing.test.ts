import { env } from "cloudflare:workers";
import type { TransactionSql } from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { applicationFee } from "../../domain/fees/application-fee";
import { type BillingOrganization, billingOrganization } from "../../test/billing-fixtures";
import { checkout } from "../../test/checkout-fixtures";
import { addMember, adminSql, api, newUser } from "../../test/fixtures";
import { checkedOut } from "../../test/money-path-fixtures";
import { platformOrganization, platformTier } from "../../test/platform-fixtures";

const admin = adminSql();
afterAll(() => admin.end());

interface BillingSession {
  object: string;
  organization: string;
  billing_tier: string;
  platform: { organization: string; livemode: boolean; publishable_key: string };
  customer: string;
  token: string;
  expires_at: number;
}

const billingSession = (merchant: { orgId: string }, token: string, body: unknown = {}) =>
  api<BillingSession & { error: { code: string; param?: string } }>("/v1/organization/billing_session", {
    auth: token,
    org: merchant.orgId,
    body,
  });

const tierOf = async (orgId: string) =>
  (await admin<{ billing_tier: string }[]>`select billing_tier from organizations where id = ${orgId}`)[0]?.billing_tier;

const platformCustomers = (merchant: string) =>
  admin<{ id: string; stripe_customer_id: string | null }[]>`
    select id, stripe_customer_id from customers where org_id = ${env.PLATFORM_ORG_ID} and external_id = ${merchant}`;

/** The fee BillingOS took on the merchant's newest payment (a monthly $20 subscription sold now). */
async function feeOfNextSale(merchant: BillingOrganization): Promise<number> {
  const customer = await merchant.newCustomer();
  const price = await merchant.newPrice({ currency: "usd", unit_amount: 2_000, recurring: { interval: "month" } });
  const sold = await checkedOut(merchant, customer.id, price.id);
  const [row] = await admin<{ fee: number }[]>`
    select l.fee::int from fee_ledger l join invoices i on i.id = l.invoice_id
    where l.org_id = ${merchant.orgId} and i.subscription_id = ${sold.subscription}`;
  if (!row) throw new Error(`no ledger row for ${sold.subscription}`);
  return row.fee;
}

describe("POST /v1/organization/billing_session", () => {
  it("makes the organisation a customer of the platform once and mints a session on the platform for it", async () => {
    await platformOrganization();
    const merchant = await billingOrganization("Session Co");
    const first = await billingSession(merchant, merchant.owner.token);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      object: "platform_billing_session",
      organization: merchant.orgId,
      billing_tier: "standard",
      platform: { organization: env.PLATFORM_ORG_ID, livemode: false, publishable_key: env.PLATFORM_PUBLISHABLE_KEY },
    });
    expect(first.body.expires_at - Math.floor(Date.now() / 1000)).toBeGreaterThan(800);
    const second = await billingSession(merchant, merchant.owner.token, { expires_in: 120 });
    expect(second.status).toBe(201);
    expect(second.body.customer).toBe(first.body.customer);
    expect(second.body.expires_at - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(120);
    const customers = await platformCustomers(merchant.orgId);
    expect(customers).toEqual([{ id: first.body.customer, stripe_customer_id: expect.stringMatching(/^cus_/) }]);

    // The session acts for that customer on the platform: it reads its subscriptions there, and the
    // configured publishable key reads the platform's pricing table.
    const own = await api<{ data: unknown[] }>("/v1/subscriptions", { auth: first.body.token });
    expect(own.status).toBe(200);
    expect(own.body.data).toEqual([]);
    const pricing = await api("/v1/pricing", { auth: first.body.platform.publishable_key });
    expect(pricing.status).toBe(200);
  });

  it("subscribing the merchant to a tier makes its next fee 0, and canceling brings the standard fee back", async () => {
    const platform = await platformOrganization();
    const growth = await platformTier(platform, "growth", 9_900);
    const merchant = await billingOrganization("Tier Shopper Co");
    const session = await billingSession(merchant, merchant.owner.token);
    expect(session.status).toBe(201);

    // The real checkout of the platform's pricing table, as the merchant's admin runs it with this session.
    const started = await checkout(platform, { customer: session.body.customer, price: growth.id }, session.body.token);
    expect(started.status).toBe(201);
    await platform.stripe.paymentIntents.confirm(started.body.payment_intent as string, { payment_method: "pm_card_visa" }, platform.on);
    await platform.deliverEvents();
    expect(await tierOf(merchant.orgId)).toBe("growth");
    expect((await billingSession(merchant, merchant.owner.token)).body.billing_tier).toBe("growth");
    const [audit] = await admin<{ before: unknown; after: unknown }[]>`
      select before, after from audit_log where org_id = ${merchant.orgId} and action = 'organization.billing_tier_changed'`;
    expect(audit).toEqual({
      before: { billing_tier: "standard" },
      after: { billing_tier: "growth", subscription: started.body.subscription },
    });
    expect(await feeOfNextSale(merchant)).toBe(0);

    const canceled = await api<{ status: string }>(`/v1/subscriptions/${started.body.subscription}/cancel`, {
      auth: session.body.token,
      body: { at_period_end: false },
    });
    expect(canceled.status).toBe(200);
    await platform.deliverEvents();
    expect(await tierOf(merchant.orgId)).toBe("standard");
    expect(await feeOfNextSale(merchant)).toBe(applicationFee(2_000, "usd").fee);
  });

  it("is for owners and admins: members, viewers and API keys are refused and nothing is created", async () => {
    await platformOrganization();
    const merchant = await billingOrganization("Roles Co");
    for (const role of ["member", "viewer"] as const) {
      const user = await newUser();
      await addMember(admin, merchant.orgId, user, role);
      const refused = await billingSession(merchant, user.token);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe("insufficient_permissions");
    }
    const admin_ = await newUser();
    await addMember(admin, merchant.orgId, admin_, "admin");
    const key = await api<{ error: { code: string } }>("/v1/organization/billing_session", { auth: merchant.secretKey, body: {} });
    expect(key.status).toBe(403);
    expect(await platformCustomers(merchant.orgId)).toEqual([]);
    expect((await billingSession(merchant, admin_.token)).status).toBe(201);
  });

  it("refuses bad input with its param and creates nothing", async () => {
    await platformOrganization();
    const merchant = await billingOrganization("Bad Input Co");
    for (const [body, param] of [
      [{ expires_in: 5 }, "expires_in"],
      [{ expires_in: 3601 }, "expires_in"],
      [{ expires_in: "900" }, "expires_in"],
      [{ customer: "cus_someoneElse" }, "customer"],
    ] as const) {
      const refused = await billingSession(merchant, merchant.owner.token, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.param).toBe(param);
    }
    expect(await platformCustomers(merchant.orgId)).toEqual([]);
  });

  it("only the platform's own subscriptions set a tier: the API role can neither set it nor fake it in its organisation", async () => {
    const merchant = await billingOrganization("Self Upgrade Co");
    const asApi = (run: (tx: TransactionSql) => Promise<unknown>) =>
      admin
        .begin(async (tx) => {
          await tx`select set_config('role', 'billingos_api', true),
                          set_config('request.jwt.claims', ${JSON.stringify({ org_id: merchant.orgId, livemode: false })}, true)`;
          await run(tx);
          return "ok";
        })
        .catch((error: { code: string }) => error.code);
    expect(await asApi((tx) => tx`update organizations set billing_tier = 'scale' where id = ${merchant.orgId}`)).toBe("42501");
    expect(await asApi((tx) => tx`update organizations set bills_merchants_in = 'test' where id = ${merchant.orgId}`)).toBe("42501");

    // A subscription the merchant writes in its own organisation, for a customer named after itself, on a "scale" product.
    const price = await merchant.newPrice({ currency: "usd", unit_amount: 29_900, recurring: { interval: "month" } });
    await admin`update products set lookup_key = 'scale' where id = ${price.product}`;
    const self = await merchant.as<{ id: string }>("/v1/customers", { body: { external_id: merchant.orgId } });
    expect(
      await asApi(
        (tx) => tx`insert into subscriptions (id, org_id, livemode, stripe_customer_id, customer_id, status, stripe_price_id, currency)
                   values ('sub_fakeTier', ${merchant.orgId}, false, 'cus_fake', ${self.body.id}, 'active', ${price.stripe_id}, 'usd')`,
      ),
    ).toBe("ok");
    expect(await tierOf(merchant.orgId)).toBe("standard");
  });
});
