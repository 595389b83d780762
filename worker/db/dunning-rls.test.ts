import { env } from "cloudflare:workers";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordDunningNotice } from "../domain/dunning/notices";
import { adminSql, newOrganization } from "../test/fixtures";
import { withTenant } from "./tenant";

const admin = adminSql();
const worker = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });
let a: string;
let b: string;

const notice = (invoiceId: string) => ({
  invoiceId,
  attempt: 1,
  subscriptionId: "sub_rls",
  recipient: "rls@customer.test",
  amountDue: 100,
  currency: "usd",
  updateUrl: "https://merchant.test/pay",
  willRetry: true,
});
const snapshot = (org: string) =>
  admin`select to_jsonb(t)::text as row from (
          select * from billing_settings where org_id = ${org}) t
        union all select to_jsonb(n)::text from (select * from dunning_notices where org_id = ${org}) n order by 1`;

beforeAll(async () => {
  const [orgA, orgB] = await Promise.all([newOrganization("Dunning RLS A"), newOrganization("Dunning RLS B")]);
  a = orgA.orgId;
  b = orgB.orgId;
  for (const org of [a, b]) {
    await admin`insert into billing_settings (org_id, livemode, grace_period_days) values (${org}, false, 3)`;
    await withTenant(worker, { orgId: org, livemode: false }, (tx) => recordDunningNotice(tx, notice(`in_rls${org.slice(4, 16)}`)));
  }
  // Already sent, so a concurrent sweep (another test's) leaves the rows as they are.
  await admin`update dunning_notices set sent_at = now() where org_id in (${a}, ${b})`;
});
afterAll(async () => {
  await Promise.all([admin.end(), worker.end()]);
});

describe("failed-payment tables under row-level security", () => {
  it("shows an organisation only its own rows, in its own mode", async () => {
    for (const table of ["billing_settings", "dunning_notices"]) {
      const own = await withTenant(worker, { orgId: a, livemode: false }, (tx) => tx`select org_id from ${tx(table)}`);
      expect(own.map((row) => row.org_id)).toEqual([a]);
      const live = await withTenant(worker, { orgId: a, livemode: true }, (tx) => tx`select org_id from ${tx(table)}`);
      expect(live).toEqual([]);
    }
  });

  it("lets no statement as org A change or add org B's rows", async () => {
    const before = await snapshot(b);
    const scope = { orgId: a, livemode: false };
    const settings = await withTenant(
      worker,
      scope,
      (tx) => tx`update billing_settings set grace_period_days = 0 where org_id = ${b} returning 1`,
    );
    expect(settings).toEqual([]);
    const notices = await withTenant(worker, scope, (tx) => tx`update dunning_notices set sent_at = now() where org_id = ${b} returning 1`);
    expect(notices).toEqual([]);
    await expect(
      withTenant(worker, scope, (tx) => tx`insert into billing_settings (org_id, livemode) values (${b}, false)`),
    ).rejects.toThrow(/row-level security/);
    await expect(withTenant(worker, scope, (tx) => tx`delete from dunning_notices where org_id = ${b}`)).rejects.toThrow(
      /permission denied/,
    );
    // A notice's content is fixed once recorded: only its delivery state may change.
    await expect(withTenant(worker, scope, (tx) => tx`update dunning_notices set recipient = 'x@evil.test'`)).rejects.toThrow(
      /permission denied/,
    );
    expect(await snapshot(b)).toEqual(before);
  });
});
