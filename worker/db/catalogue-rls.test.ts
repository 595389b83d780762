import { env } from "cloudflare:workers";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueSnapshot, seedCatalogue } from "../test/catalogue-fixtures";
import { adminSql, newApiKey, newOrganization } from "../test/fixtures";
import { withTenant } from "./tenant";

const admin = adminSql();
const worker = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });
const TABLES = [
  "features",
  "products",
  "product_versions",
  "prices",
  "price_amounts",
  "plan_grants",
  "grant_overage_amounts",
  "catalogue_revisions",
];
let a: string;
let b: string;

beforeAll(async () => {
  const [orgA, orgB] = await Promise.all([newOrganization("RLS A"), newOrganization("RLS B")]);
  a = orgA.orgId;
  b = orgB.orgId;
  await seedCatalogue((await newApiKey(admin, a)).key);
  await seedCatalogue((await newApiKey(admin, b)).key);
});
afterAll(async () => {
  await Promise.all([admin.end(), worker.end()]);
});

describe("catalogue row-level security", () => {
  it("hides every catalogue table's rows of another organization and of the other mode", async () => {
    for (const table of TABLES) {
      const [own] = await admin`select count(*)::int as n from ${admin(table)} where org_id = ${a} and not livemode`;
      expect(own?.n, table).toBeGreaterThan(0);
      for (const scope of [
        { orgId: a, livemode: false, expected: own?.n },
        { orgId: a, livemode: true, expected: 0 },
      ]) {
        const rows = await withTenant(worker, scope, (tx) => tx`select org_id, livemode from ${tx(table)}`);
        expect(rows.length, `${table} ${scope.livemode}`).toBe(scope.expected);
        expect(rows.every((row) => row.org_id === a && row.livemode === scope.livemode)).toBe(true);
      }
    }
  });

  it("lets no statement as org A update, delete or insert org B's rows", async () => {
    const before = await catalogueSnapshot(admin, b);
    const scope = { orgId: a, livemode: false };
    // The API role may update only these tables and delete from all but catalogue_revisions.
    for (const table of ["features", "products", "prices", "plan_grants"]) {
      const updated = await withTenant(worker, scope, (tx) => tx`update ${tx(table)} set org_id = org_id where org_id = ${b} returning 1`);
      expect(updated.length, table).toBe(0);
    }
    for (const table of TABLES.filter((name) => name !== "catalogue_revisions")) {
      const deleted = await withTenant(worker, scope, (tx) => tx`delete from ${tx(table)} where org_id = ${b} returning 1`);
      expect(deleted.length, table).toBe(0);
    }
    await expect(
      withTenant(
        worker,
        scope,
        (tx) => tx`insert into features (id, org_id, livemode, key, name, type) values ('feat_evil', ${b}, false, 'evil', 'x', 'boolean')`,
      ),
    ).rejects.toThrow(/row-level security/);
    // Revisions move only through the catalogue triggers, never by a direct write.
    await expect(
      withTenant(worker, scope, (tx) => tx`insert into catalogue_revisions (org_id, livemode) values (${a}, false)`),
    ).rejects.toThrow(/permission denied/);
    expect(await catalogueSnapshot(admin, b)).toEqual(before);
  });

  it("refuses a grant of another organization's feature even when written directly", async () => {
    const [feature] = await admin`select id from features where org_id = ${b} limit 1`;
    const [product] = await admin`select id from products where org_id = ${a} and not livemode limit 1`;
    await expect(
      withTenant(
        worker,
        { orgId: a, livemode: false },
        (tx) => tx`insert into plan_grants (id, org_id, livemode, product_id, version, feature_id, kind)
          values ('grant_evil', ${a}, false, ${product?.id}, 1, ${feature?.id}, 'enabled')`,
      ),
    ).rejects.toThrow(/foreign key/);
  });
});
