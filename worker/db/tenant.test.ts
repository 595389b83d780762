import { env } from "cloudflare:workers";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql } from "../test/fixtures";
import { withTenant } from "./tenant";

const admin = adminSql();
const worker = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });

beforeAll(async () => {
  await admin`insert into organizations (id, name, slug) values ('org_tenantA', 'A', 'tenant-a'), ('org_tenantB', 'B', 'tenant-b') on conflict do nothing`;
  await admin`insert into products (id, org_id, livemode, name) values
    ('prod_tenantA1', 'org_tenantA', false, 'A test'), ('prod_tenantA2', 'org_tenantA', true, 'A live'),
    ('prod_tenantB1', 'org_tenantB', false, 'B test') on conflict do nothing`;
});
afterAll(async () => {
  await Promise.all([admin.end(), worker.end()]);
});

describe("withTenant", () => {
  it("shows only the org's rows in the chosen mode", async () => {
    const testRows = await withTenant(worker, { orgId: "org_tenantA", livemode: false }, (tx) => tx`select id from products order by id`);
    expect(testRows.map((row) => row.id)).toEqual(["prod_tenantA1"]);
    const liveRows = await withTenant(worker, { orgId: "org_tenantA", livemode: true }, (tx) => tx`select id from products order by id`);
    expect(liveRows.map((row) => row.id)).toEqual(["prod_tenantA2"]);
  });

  it("cannot write into another org or mode, and a forgotten filter still cannot reach it", async () => {
    await expect(
      withTenant(
        worker,
        { orgId: "org_tenantA", livemode: false },
        (tx) => tx`insert into products (id, org_id, livemode, name) values ('prod_evil', 'org_tenantB', false, 'x')`,
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await withTenant(
      worker,
      { orgId: "org_tenantA", livemode: false },
      (tx) => tx`update products set name = 'hijacked' returning id`,
    );
    expect(updated.map((row) => row.id)).toEqual(["prod_tenantA1"]);
    const [b] = await admin`select name from products where id = 'prod_tenantB1'`;
    expect(b?.name).toBe("B test");
    const [evil] = await admin`select count(*)::int as n from products where id = 'prod_evil'`;
    expect(evil?.n).toBe(0);
  });

  it("rolls back everything when the function throws", async () => {
    await expect(
      withTenant(worker, { orgId: "org_tenantA", livemode: false }, async (tx) => {
        await tx`insert into products (id, org_id, livemode, name) values ('prod_rollback', 'org_tenantA', false, 'x')`;
        throw new Error("fail mid-write");
      }),
    ).rejects.toThrow("fail mid-write");
    const [row] = await admin`select count(*)::int as n from products where id = 'prod_rollback'`;
    expect(row?.n).toBe(0);
  });

  it("leaves the worker's login role with no table access outside a tenant transaction", async () => {
    await expect(worker`select id from products`).rejects.toThrow(/permission denied/);
    await expect(worker`select revision from catalogue_revisions`).rejects.toThrow(/permission denied/);
  });

  it("lets the login role call only the lookups granted to it, one statement each", async () => {
    await admin`insert into catalogue_revisions (org_id, livemode, revision) values ('org_tenantA', false, 41)
                on conflict (org_id, livemode) do update set revision = 41`;
    const [row] =
      await worker`select tenant.catalogue_revision('org_tenantA', false) as a, tenant.catalogue_revision('org_tenantB', true) as b`;
    expect(row).toEqual({ a: "41", b: "0" });
    // Claiming a Stripe event belongs inside the tenant transaction that processes it: not granted.
    await expect(worker`select tenant.claim_stripe_event('evt_x', 'acct_x', false, 'x', 'x', now())`).rejects.toThrow(
      /permission denied for function claim_stripe_event/,
    );
  });
});

describe("database roles and row-level security", () => {
  it("runs the API as a role that is neither superuser nor BYPASSRLS", async () => {
    const roles =
      await admin`select rolname, rolsuper, rolbypassrls from pg_roles where rolname in ('billingos_api', 'billingos_worker') order by rolname`;
    expect(roles).toEqual([
      { rolname: "billingos_api", rolsuper: false, rolbypassrls: false },
      { rolname: "billingos_worker", rolsuper: false, rolbypassrls: false },
    ]);
  });

  it("has row-level security on every table in the public schema", async () => {
    const tables = await admin<{ relname: string; relrowsecurity: boolean }[]>`
      select c.relname, c.relrowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`;
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((table) => !table.relrowsecurity).map((table) => table.relname)).toEqual([]);
  });

  it("gives every tenant table org_id and livemode, except the few that are not per mode", async () => {
    // organizations is the tenant root, users are people across organisations, team membership
    // and invitations hold for both modes at once, and idempotency keys carry their scope in one
    // column and are reachable only through security-definer functions (RLS on, no policies);
    // webhook settings hold one switch that only test mode reads (local URLs are never live); the
    // branding is the organisation's look in both modes (a write bumps both modes' catalogues).
    const notPerMode = [
      "idempotency_keys",
      "invitations",
      "memberships",
      "organization_branding",
      "organizations",
      "users",
      "webhook_settings",
    ];
    const missing = await admin<{ relname: string }[]>`
      select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (select count(*) from pg_attribute a where a.attrelid = c.oid and a.attname in ('org_id', 'livemode') and not a.attisdropped) < 2
      order by c.relname`;
    expect(missing.map((row) => row.relname)).toEqual(notPerMode);
  });
});
