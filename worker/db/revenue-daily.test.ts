import { env } from "cloudflare:workers";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, newOrganization } from "../test/fixtures";
import { withTenant } from "./tenant";

const admin = adminSql();
const worker = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });
let org: string;
let other: string;
const DAY_1 = "2026-03-01T10:00:00Z";
const DAY_2 = "2026-03-02T23:59:59Z";

const days = (tenant: string) =>
  admin<Record<string, string>[]>`
    select to_char(day at time zone 'UTC', 'YYYY-MM-DD') as day, currency, payments::text, gross::text, subscription_gross::text,
      one_time_gross::text, billingos_fees::text, refunds::text
    from revenue_daily where org_id = ${tenant} order by day, currency`;

beforeAll(async () => {
  [org, other] = (await Promise.all([newOrganization("Revenue days"), newOrganization("Revenue days other")])).map((o) => o.orgId) as [
    string,
    string,
  ];
  const tag = org.slice(4, 14);
  await withTenant(worker, { orgId: org, livemode: false }, async (tx) => {
    for (const [id, amount] of [
      [`in_rd${tag}a`, 10_000],
      [`in_rd${tag}b`, 5_000],
    ] as const)
      await tx`insert into invoices (id, org_id, livemode, stripe_customer_id, status, currency, amount_due, amount_paid, created)
               values (${id}, tenant.org_id(), false, 'cus_rd', 'paid', 'usd', ${amount}, ${amount}, ${DAY_1})`;
    // Paid invoices (one paid the next day, one whose paid time is learned later) and a one-time payment.
    await tx`insert into fee_ledger (invoice_id, org_id, livemode, currency, gross, fee, net, paid_at, created)
             values (${`in_rd${tag}a`}, tenant.org_id(), false, 'usd', 10000, 80, 9920, ${DAY_2}, ${DAY_1}),
                    (${`in_rd${tag}b`}, tenant.org_id(), false, 'usd', 5000, 55, 4945, null, ${DAY_1})`;
    await tx`insert into fee_ledger (payment_intent_id, org_id, livemode, currency, gross, fee, net, charge_id, paid_at)
             values (${`pi_rd${tag}`}, tenant.org_id(), false, 'eur', 2000, 35, 1965, ${`ch_rd${tag}`}, ${DAY_1})`;
  });
  await withTenant(worker, { orgId: other, livemode: false }, async (tx) => {
    await tx`insert into fee_ledger (payment_intent_id, org_id, livemode, currency, gross, fee, net, paid_at)
             values (${`pi_rdo${tag}`}, tenant.org_id(), false, 'usd', 700, 33, 667, ${DAY_1})`;
  });
});
afterAll(async () => {
  await Promise.all([admin.end(), worker.end()]);
});

describe("revenue per day kept with the fee ledger and refunds", () => {
  it("counts each payment on the day it was paid, then follows paid times, fee returns and refunds", async () => {
    // By hand: day 1: invoice b (no paid time: created) and the EUR payment; day 2: invoice a.
    expect(await days(org)).toEqual([
      {
        day: "2026-03-01",
        currency: "eur",
        payments: "1",
        gross: "2000",
        subscription_gross: "0",
        one_time_gross: "2000",
        billingos_fees: "35",
        refunds: "0",
      },
      {
        day: "2026-03-01",
        currency: "usd",
        payments: "1",
        gross: "5000",
        subscription_gross: "5000",
        one_time_gross: "0",
        billingos_fees: "55",
        refunds: "0",
      },
      {
        day: "2026-03-02",
        currency: "usd",
        payments: "1",
        gross: "10000",
        subscription_gross: "10000",
        one_time_gross: "0",
        billingos_fees: "80",
        refunds: "0",
      },
    ]);
    const tag = org.slice(4, 14);
    await withTenant(worker, { orgId: org, livemode: false }, async (tx) => {
      // Invoice b's paid time arrives (day 2); the EUR payment is half refunded on day 2 (pending, then succeeded), 18 of its fee returned.
      await tx`update fee_ledger set paid_at = ${DAY_2} where invoice_id = ${`in_rd${tag}b`}`;
      const [ledger] = await tx<{ id: string }[]>`
        update fee_ledger set refunded = 1000, fee_returned = 18, updated = now() where payment_intent_id = ${`pi_rd${tag}`} returning id`;
      await tx`insert into refunds (id, org_id, livemode, fee_ledger_id, charge_id, payment_intent_id, amount, currency, status, created)
               values (${`re_rd${tag}`}, tenant.org_id(), false, ${ledger?.id as string}, ${`ch_rd${tag}`}, ${`pi_rd${tag}`}, 1000, 'eur', 'pending', ${DAY_2})`;
      await tx`update refunds set status = 'succeeded' where id = ${`re_rd${tag}`}`;
    });
    expect(await days(org)).toEqual([
      {
        day: "2026-03-01",
        currency: "eur",
        payments: "1",
        gross: "2000",
        subscription_gross: "0",
        one_time_gross: "2000",
        billingos_fees: "17",
        refunds: "0",
      },
      {
        day: "2026-03-01",
        currency: "usd",
        payments: "0",
        gross: "0",
        subscription_gross: "0",
        one_time_gross: "0",
        billingos_fees: "0",
        refunds: "0",
      },
      {
        day: "2026-03-02",
        currency: "eur",
        payments: "0",
        gross: "0",
        subscription_gross: "0",
        one_time_gross: "0",
        billingos_fees: "0",
        refunds: "1000",
      },
      {
        day: "2026-03-02",
        currency: "usd",
        payments: "2",
        gross: "15000",
        subscription_gross: "15000",
        one_time_gross: "0",
        billingos_fees: "135",
        refunds: "0",
      },
    ]);
  });

  it("rebuilds the same days set-based, apart from days left empty", async () => {
    const kept = (await days(org)).filter((row) => row.payments !== "0" || row.refunds !== "0" || row.billingos_fees !== "0");
    await admin`select public.rebuild_revenue_daily(${org}, false)`;
    expect(await days(org)).toEqual(kept);
  });

  it("shows an organisation only its own days and lets the API role write none", async () => {
    const seen = await withTenant(worker, { orgId: other, livemode: false }, (tx) => tx`select gross::int as gross from revenue_daily`);
    expect(seen).toEqual([{ gross: 700 }]);
    const live = await withTenant(worker, { orgId: org, livemode: true }, (tx) => tx`select 1 from revenue_daily`);
    expect(live).toEqual([]);
    const write = withTenant(worker, { orgId: org, livemode: false }, (tx) => tx`update revenue_daily set gross = 0`);
    await expect(write).rejects.toThrow(/permission denied/);
    const rebuild = withTenant(worker, { orgId: org, livemode: false }, (tx) => tx`select public.rebuild_revenue_daily(${org}, false)`);
    await expect(rebuild).rejects.toThrow(/permission denied/);
  });
});
