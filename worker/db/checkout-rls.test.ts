import { env } from "cloudflare:workers";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BillingOrganization, billingOrganization } from "../test/billing-fixtures";
import { checkout } from "../test/checkout-fixtures";
import { adminSql } from "../test/fixtures";
import { withTenant } from "./tenant";

const admin = adminSql();
const worker = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });
let a: BillingOrganization;
let b: BillingOrganization;
let sessionOfB: string;

beforeAll(async () => {
  [a, b] = await Promise.all([billingOrganization("Checkout RLS A"), billingOrganization("Checkout RLS B")]);
  const customer = await b.newCustomer();
  const price = await b.newPrice({ currency: "usd", unit_amount: 1_000 });
  sessionOfB = (await checkout(b, { customer: customer.id, price: price.id })).body.id;
});
afterAll(async () => {
  await Promise.all([admin.end(), worker.end()]);
});

describe("checkout_sessions row-level security", () => {
  it("hides another organization's and the other mode's sessions, and lets no statement change them", async () => {
    const [before] = await admin`select * from checkout_sessions where id = ${sessionOfB}`;
    expect(before).toBeDefined();
    const asA = { orgId: a.orgId, livemode: false };
    expect(await withTenant(worker, asA, (tx) => tx`select 1 from checkout_sessions where id = ${sessionOfB}`)).toHaveLength(0);
    const bLive = { orgId: b.orgId, livemode: true };
    expect(await withTenant(worker, bLive, (tx) => tx`select 1 from checkout_sessions where id = ${sessionOfB}`)).toHaveLength(0);
    const updated = await withTenant(
      worker,
      asA,
      (tx) => tx`update checkout_sessions set status = 'expired' where id = ${sessionOfB} returning 1`,
    );
    expect(updated).toHaveLength(0);
    const deleted = await withTenant(worker, asA, (tx) => tx`delete from checkout_sessions where id = ${sessionOfB}`).catch(
      (error: { code: string }) => error.code,
    );
    expect(deleted).toBe("42501");
    const forged = await withTenant(
      worker,
      asA,
      (tx) => tx`insert into checkout_sessions (id, org_id, livemode, customer_id, price_id, quantity, currency, expires_at)
                 values ('cs_forged', ${b.orgId}, false, ${before?.customer_id}, ${before?.price_id}, 1, 'usd', now())`,
    ).catch((error: { code: string }) => error.code);
    expect(forged).toBe("42501");
    expect(await admin`select * from checkout_sessions where id = ${sessionOfB}`).toEqual([before]);
  });
});
