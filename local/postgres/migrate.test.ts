import assert from "node:assert/strict";
import { copyFile, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import postgres, { type Sql } from "postgres";
import { paths } from "../paths";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { ChangedMigrationError, migrate, seed } from "./migrate";

let database: TestDatabase;
let sql: Sql;
let dir: string;

before(async () => {
  database = await createTestDatabase({ migrate: false });
  sql = postgres(database.url, { max: 1, onnotice: () => {} });
  dir = await mkdtemp(join(tmpdir(), "billingos-migrations-"));
  for (const file of await readdir(paths.migrations)) await copyFile(join(paths.migrations, file), join(dir, file));
});
after(async () => {
  await sql.end();
  await database.drop();
});

const history = () => sql<{ version: string; name: string; statements: string[] }[]>`
  select version, name, statements from supabase_migrations.schema_migrations order by version`;

describe("migration runner", () => {
  it("applies every migration once, in order, recording them like the Supabase CLI", async () => {
    const files = (await readdir(dir)).sort();
    const first = await migrate(sql, dir);
    assert.equal(first.applied.length, files.length);
    const rows = await history();
    assert.deepEqual(
      rows.map((row) => `${row.version}_${row.name}.sql`),
      files,
    );
    assert.equal(rows[0]?.statements.length, 1);
    const second = await migrate(sql, dir);
    assert.deepEqual(second.applied, []);
    assert.equal(second.version, first.version);
  });

  it("creates the Supabase roles, auth helpers and the API roles", async () => {
    const roles = await sql<{ rolname: string }[]>`
      select rolname from pg_roles where rolname in ('anon', 'authenticated', 'service_role', 'billingos_api', 'billingos_worker') order by rolname`;
    assert.deepEqual(
      roles.map((role) => role.rolname),
      ["anon", "authenticated", "billingos_api", "billingos_worker", "service_role"],
    );
    const [claims] = await sql.begin(async (tx) => {
      await tx`select set_config('request.jwt.claims', '{"sub":"6f1c2b8e-4a7d-4e55-9a1b-2d6c8f0e9a31","role":"authenticated"}', true)`;
      return tx<{ uid: string; role: string }[]>`select auth.uid()::text as uid, auth.role() as role`;
    });
    assert.deepEqual(claims, { uid: "6f1c2b8e-4a7d-4e55-9a1b-2d6c8f0e9a31", role: "authenticated" });
  });

  it("applies a new migration and nothing else", async () => {
    await writeFile(
      join(dir, "29991231000000_add_note.sql"),
      "create table public.migration_probe (id int primary key);\nalter table public.migration_probe enable row level security;\n",
    );
    const result = await migrate(sql, dir);
    assert.deepEqual(result.applied, ["29991231000000"]);
    assert.equal(result.version, "29991231000000");
  });

  it("refuses loudly when an applied migration's file has changed, and applies nothing", async () => {
    await writeFile(join(dir, "29991231000000_add_note.sql"), "create table public.migration_probe (id bigint primary key);\n");
    await writeFile(join(dir, "29991231000001_later.sql"), "create table public.never_applied (id int);\n");
    await assert.rejects(
      () => migrate(sql, dir),
      (error: unknown) => {
        assert.ok(error instanceof ChangedMigrationError);
        assert.match(error.message, /29991231000000_add_note\.sql was already applied/);
        return true;
      },
    );
    const [probe] = await sql`select to_regclass('public.never_applied') as name`;
    assert.equal(probe?.name, null);
  });

  it("rolls back a failing migration completely", async () => {
    await writeFile(join(dir, "29991231000001_later.sql"), "create table public.half_done (id int);\nselect 1/0;\n");
    await writeFile(
      join(dir, "29991231000000_add_note.sql"),
      "create table public.migration_probe (id int primary key);\nalter table public.migration_probe enable row level security;\n",
    );
    await assert.rejects(() => migrate(sql, dir), /division by zero/);
    const [probe] = await sql`select to_regclass('public.half_done') as name`;
    assert.equal(probe?.name, null);
    const versions = (await history()).map((row) => row.version);
    assert.ok(!versions.includes("29991231000001"));
  });

  it("loads the demo data idempotently", async () => {
    await seed(sql);
    await seed(sql);
    const [counts] = await sql`select (select count(*)::int from organizations) as orgs, (select count(*)::int from products) as products`;
    // The demo merchant and its three plans; the BillingOS platform and its three tiers, marked as billing merchants in test mode.
    assert.deepEqual(counts, { orgs: 2, products: 6 });
    const platforms = await sql`select id, bills_merchants_in from organizations where bills_merchants_in is not null`;
    assert.deepEqual([...platforms], [{ id: "org_billingosPlatform", bills_merchants_in: "test" }]);
    const tiers = await sql`select lookup_key from products where org_id = 'org_billingosPlatform' order by display_order`;
    assert.deepEqual(
      tiers.map((tier) => tier.lookup_key),
      ["starter", "growth", "scale"],
    );
  });
});
