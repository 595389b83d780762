import { env } from "cloudflare:workers";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, newOrganization } from "../test/fixtures";
import { withTenant } from "./tenant";

const admin = adminSql();
const worker = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });
let org: string;
let other: string;

interface Change {
  sub: string;
  status: string;
  mrr: number;
}

/** History rows as mirrorSubscription appends them: one transaction (one `now()`) per group. */
async function append(tenant: string, ...changes: Change[]) {
  await withTenant(worker, { orgId: tenant, livemode: false }, async (tx) => {
    for (const change of changes)
      await tx`insert into subscription_history (org_id, livemode, subscription_id, status, stripe_price_id, quantity, mrr_amount,
                 plan_mrr_amount, currency, cause)
               values (tenant.org_id(), false, ${change.sub}, ${change.status}, 'price_x', 1, ${change.mrr}, ${change.mrr || 1000}, 'usd', 'test')`;
  });
}

const stored = (tenant: string) =>
  admin<{ customer: string; before: string; after: string; paid_before: boolean }[]>`
    select customer, before::text, after::text, paid_before from customer_mrr_moves
    where org_id = ${tenant} and before <> after order by occurred`;

/** The tenant's days summed (the test may straddle midnight UTC). */
const days = async (tenant: string) => {
  const [row] = await admin`
    select sum(new)::int as new, sum(reactivation)::int as reactivation, sum(expansion)::int as expansion, sum(contraction)::int as contraction,
      sum(churned)::int as churned, sum(net)::int as net, sum(customers_delta)::int as customers_delta, sum(active_delta)::int as active_delta,
      sum(trialing_delta)::int as trialing_delta, sum(pipeline_delta)::int as pipeline_delta, sum(started)::int as started, sum(ended)::int as ended,
      sum(trials_ended)::int as trials_ended, sum(trials_converted)::int as trials_converted
    from subscription_daily where org_id = ${tenant}`;
  return row;
};

beforeAll(async () => {
  [org, other] = (await Promise.all([newOrganization("MRR moves"), newOrganization("MRR moves other")])).map((o) => o.orgId) as [
    string,
    string,
  ];
  const subs = [
    [org, "sub_mmA1", "cus_mmA"],
    [org, "sub_mmA2", "cus_mmA"],
    [org, "sub_mmA3", "cus_mmA"],
    [org, "sub_mmB1", "cus_mmB"],
    [other, "sub_mmO1", "cus_mmO"],
  ];
  for (const [tenant, id, customer] of subs)
    await admin`insert into subscriptions (id, org_id, livemode, stripe_customer_id, status, currency)
                values (${id as string}, ${tenant as string}, false, ${customer as string}, 'active', 'usd')`;
  await append(org, { sub: "sub_mmA1", status: "incomplete", mrr: 0 });
  await append(org, { sub: "sub_mmA1", status: "active", mrr: 1000 });
  await append(org, { sub: "sub_mmB1", status: "trialing", mrr: 0 });
  await append(org, { sub: "sub_mmA1", status: "active", mrr: 3000 });
  // A plan swap in one transaction: one subscription ends as another starts (one move, a contraction).
  await append(org, { sub: "sub_mmA1", status: "canceled", mrr: 0 }, { sub: "sub_mmA2", status: "active", mrr: 2500 });
  await append(org, { sub: "sub_mmB1", status: "active", mrr: 500 });
  await append(org, { sub: "sub_mmA2", status: "canceled", mrr: 0 });
  await append(org, { sub: "sub_mmA3", status: "active", mrr: 900 });
  await append(other, { sub: "sub_mmO1", status: "active", mrr: 700 });
});
afterAll(async () => {
  await Promise.all([admin.end(), worker.end()]);
});

describe("customer MRR moves and subscription days kept with the subscription history", () => {
  it("folds each change into its customer's MRR, one move per moment, and knows who paid before", async () => {
    // By hand: A 0→1000 (new), 1000→3000, swap 3000→2500 (not churn), 2500→0 (churn), 0→900 (paid before: a reactivation); B 0→500 (new).
    expect(await stored(org)).toEqual([
      { customer: "cus_mmA", before: "0", after: "1000", paid_before: false },
      { customer: "cus_mmA", before: "1000", after: "3000", paid_before: true },
      { customer: "cus_mmA", before: "3000", after: "2500", paid_before: true },
      { customer: "cus_mmB", before: "0", after: "500", paid_before: false },
      { customer: "cus_mmA", before: "2500", after: "0", paid_before: true },
      { customer: "cus_mmA", before: "0", after: "900", paid_before: true },
    ]);
  });

  it("gives each history row its subscription's previous row and its customer", async () => {
    const rows = await admin<{ status: string; prev_status: string | null; prev_mrr_amount: string | null; stripe_customer_id: string }[]>`
      select status, prev_status, prev_mrr_amount::text, stripe_customer_id from subscription_history
      where subscription_id = 'sub_mmA1' order by id`;
    expect(rows).toEqual([
      { status: "incomplete", prev_status: null, prev_mrr_amount: null, stripe_customer_id: "cus_mmA" },
      { status: "active", prev_status: "incomplete", prev_mrr_amount: "0", stripe_customer_id: "cus_mmA" },
      { status: "active", prev_status: "active", prev_mrr_amount: "1000", stripe_customer_id: "cus_mmA" },
      { status: "canceled", prev_status: "active", prev_mrr_amount: "3000", stripe_customer_id: "cus_mmA" },
    ]);
  });

  it("adds every move and history row to its day", async () => {
    // By hand from the moves above and the history rows: A1 active, B1 trialing (plan 1000) then
    // converted, A2 and A3 started, A1 and A2 ended.
    expect(await days(org)).toEqual({
      new: 1500,
      reactivation: 900,
      expansion: 2000,
      contraction: 500,
      churned: 2500,
      net: 1400,
      customers_delta: 2,
      active_delta: 2,
      trialing_delta: 0,
      pipeline_delta: 0,
      started: 4,
      ended: 2,
      trials_ended: 1,
      trials_converted: 1,
    });
  });

  it("rebuilds the same moves and days from the whole history, set-based", async () => {
    const incremental = await stored(org);
    const incrementalDays = await days(org);
    await admin`select public.rebuild_subscription_history_facts(${org}, false)`;
    expect(await stored(org)).toEqual(incremental);
    expect(await days(org)).toEqual(incrementalDays);
  });

  it("takes a late row into its place in time: the moves and days a rebuild gives", async () => {
    const late = (await newOrganization("MRR moves late")).orgId;
    for (const id of ["sub_mmC1", "sub_mmC2"])
      await admin`insert into subscriptions (id, org_id, livemode, stripe_customer_id, status, currency)
                  values (${id}, ${late}, false, 'cus_mmC', 'active', 'usd')`;
    const at = (sub: string, status: string, mrr: number, occurred: string) =>
      admin`insert into subscription_history (org_id, livemode, subscription_id, status, quantity, mrr_amount, plan_mrr_amount, currency, cause, occurred)
            values (${late}, false, ${sub}, ${status}, 1, ${mrr}, 1000, 'usd', 'test', ${occurred})`;
    // Written in this order; in time: C1 incomplete 01-05, C1 1000 01-10, C2 500 01-20, C1 3000 02-10, C1 canceled 03-10.
    await at("sub_mmC1", "active", 1000, "2026-01-10T00:00:00Z");
    await at("sub_mmC1", "canceled", 0, "2026-03-10T00:00:00Z");
    await at("sub_mmC1", "active", 3000, "2026-02-10T00:00:00Z");
    await at("sub_mmC2", "active", 500, "2026-01-20T00:00:00Z");
    await at("sub_mmC1", "incomplete", 0, "2026-01-05T00:00:00Z");
    const moves = await stored(late);
    expect(moves).toEqual([
      { customer: "cus_mmC", before: "0", after: "1000", paid_before: false },
      { customer: "cus_mmC", before: "1000", after: "1500", paid_before: true },
      { customer: "cus_mmC", before: "1500", after: "3500", paid_before: true },
      { customer: "cus_mmC", before: "3500", after: "500", paid_before: true },
    ]);
    const chain = await admin`select status, prev_status, prev_mrr_amount::int as prev from subscription_history
                              where subscription_id = 'sub_mmC1' order by occurred`;
    expect(chain).toEqual([
      { status: "incomplete", prev_status: null, prev: null },
      { status: "active", prev_status: "incomplete", prev: 0 },
      { status: "active", prev_status: "active", prev: 1000 },
      { status: "canceled", prev_status: "active", prev: 3000 },
    ]);
    const incrementalDays = await days(late);
    expect(incrementalDays).toMatchObject({ new: 1000, expansion: 2500, contraction: 3000, active_delta: 1, started: 2, ended: 1 });
    await admin`select public.rebuild_subscription_history_facts(${late}, false)`;
    expect(await stored(late)).toEqual(moves);
    expect(await days(late)).toEqual(incrementalDays);
  });

  it("counts statuses by the same lists in the trigger and in its set-based rebuild (docs/analytics.md)", async () => {
    const paying = ["active", "past_due"];
    const started = ["trialing", "active", "past_due", "unpaid", "paused"];
    const ended = ["canceled", "incomplete_expired"];
    const list = (statuses: string[]) => `in (${statuses.map((status) => `'${status}'`).join(", ")})`;
    for (const fn of ["add_history_to_day", "rebuild_subscription_daily"]) {
      const [row] = await admin<{ source: string }[]>`select prosrc as source from pg_proc where proname = ${fn}`;
      for (const statuses of [paying, started, ended]) expect(row?.source, `${fn} ${statuses}`).toContain(list(statuses));
    }
  });

  it("shows an organisation only its own moves and lets the API role write none", async () => {
    const seen = await withTenant(worker, { orgId: other, livemode: false }, (tx) => tx`select customer from customer_mrr_moves`);
    expect(seen.map((row) => row.customer)).toEqual(["cus_mmO"]);
    const otherDays = await withTenant(
      worker,
      { orgId: other, livemode: false },
      (tx) => tx`select sum(new)::int as new from subscription_daily`,
    );
    expect(otherDays).toEqual([{ new: 700 }]);
    const live = await withTenant(worker, { orgId: org, livemode: true }, (tx) => tx`select customer from customer_mrr_moves`);
    expect(live).toEqual([]);
    const write = withTenant(
      worker,
      { orgId: org, livemode: false },
      (tx) => tx`update customer_mrr_moves set after = 0 where customer = 'cus_mmA'`,
    );
    await expect(write).rejects.toThrow(/permission denied/);
    const rebuild = withTenant(
      worker,
      { orgId: org, livemode: false },
      (tx) => tx`select public.rebuild_subscription_history_facts(${org}, false)`,
    );
    await expect(rebuild).rejects.toThrow(/permission denied/);
    expect(await stored(org)).toHaveLength(6);
  });
});
