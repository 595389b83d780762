import { env } from "cloudflare:workers";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, newOrganization } from "../test/fixtures";
import { withTenant } from "./tenant";

const admin = adminSql();
const worker = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });
const TABLES = ["customer_grants", "entitlement_states", "entitlements", "usage_events", "usage_counters", "usage_unique_values"];
let a: string;
let b: string;

/** One row in every entitlement and usage table for `org` (test mode), written as that tenant. */
async function seed(org: string) {
  const tag = org.slice(4, 20);
  const customer = `cus_rls${tag}`;
  const feature = `feat_rls${tag}`;
  await admin`insert into customers (id, org_id, livemode) values (${customer}, ${org}, false)`;
  await admin`insert into features (id, org_id, livemode, key, name, type, aggregation, reset)
              values (${feature}, ${org}, false, 'calls', 'Calls', 'metered', 'sum', 'billing_period')`;
  await withTenant(worker, { orgId: org, livemode: false }, async (tx) => {
    await tx`insert into customer_grants (id, org_id, livemode, customer_id, feature_id, effect, kind, amount)
             values (${`cgrant_rls${tag}`}, ${org}, false, ${customer}, ${feature}, 'add', 'quota', 10)`;
    await tx`insert into entitlement_states (org_id, livemode, customer_id) values (${org}, false, ${customer})`;
    await tx`insert into entitlements (org_id, livemode, customer_id, feature_id, kind, limit_amount)
             values (${org}, false, ${customer}, ${feature}, 'quota', 10)`;
    await tx`insert into usage_events (org_id, livemode, id, customer_id, feature_id, value, "timestamp", period_start)
             values (${org}, false, 'evt-1', ${customer}, ${feature}, 1, now(), '-infinity')`;
    await tx`insert into usage_counters (org_id, livemode, customer_id, feature_id, period_start, used)
             values (${org}, false, ${customer}, ${feature}, '-infinity', 1)`;
    await tx`insert into usage_unique_values (org_id, livemode, customer_id, feature_id, period_start, value)
             values (${org}, false, ${customer}, ${feature}, '-infinity', 'u1')`;
  });
  return { customer, feature };
}

const snapshot = async (org: string) => {
  const rows: string[] = [];
  for (const table of TABLES)
    rows.push(
      ...(await admin`select to_jsonb(t)::text as row from ${admin(table)} t where org_id = ${org}`).map((r) => `${table}:${r.row}`),
    );
  return rows.sort();
};

let ofB: { customer: string; feature: string };

beforeAll(async () => {
  const [orgA, orgB] = await Promise.all([newOrganization("Entitlements RLS A"), newOrganization("Entitlements RLS B")]);
  a = orgA.orgId;
  b = orgB.orgId;
  await seed(a);
  ofB = await seed(b);
});
afterAll(async () => {
  await Promise.all([admin.end(), worker.end()]);
});

describe("entitlement and usage tables under row-level security", () => {
  it("shows an organisation only its own rows, in its own mode", async () => {
    for (const table of TABLES) {
      const own = await withTenant(worker, { orgId: a, livemode: false }, (tx) => tx`select org_id from ${tx(table)}`);
      expect(
        own.map((row) => row.org_id),
        table,
      ).toEqual([a]);
      const live = await withTenant(worker, { orgId: a, livemode: true }, (tx) => tx`select org_id from ${tx(table)}`);
      expect(live, table).toEqual([]);
    }
  });

  it("lets no statement as org A change, add or remove org B's rows", async () => {
    const before = await snapshot(b);
    expect(before).toHaveLength(TABLES.length);
    const scope = { orgId: a, livemode: false };
    const code = (promise: Promise<unknown>) => promise.then(() => "ok").catch((error: { code: string }) => error.code);
    for (const [table, column] of [
      ["entitlement_states", "computed"],
      ["entitlements", "updated"],
      ["usage_counters", "updated"],
    ] as const) {
      const updated = await withTenant(
        worker,
        scope,
        (tx) => tx`update ${tx(table)} set ${tx(column)} = now() where org_id = ${b} returning 1`,
      );
      expect(updated, table).toEqual([]);
    }
    for (const table of ["customer_grants", "entitlements"]) {
      expect(await withTenant(worker, scope, (tx) => tx`delete from ${tx(table)} where org_id = ${b} returning 1`), table).toEqual([]);
    }
    // Usage events are never updated through the API role; a delete reaches only the caller's own
    // organisation and mode (the set-based batch takes an event a hard limit refused back out).
    expect(await code(withTenant(worker, scope, (tx) => tx`update usage_events set value = 0`))).toBe("42501");
    expect(await withTenant(worker, scope, (tx) => tx`delete from usage_events where org_id = ${b} returning 1`)).toEqual([]);
    expect(await code(withTenant(worker, scope, (tx) => tx`delete from usage_counters`))).toBe("42501");
    expect(
      await code(
        withTenant(
          worker,
          scope,
          (tx) => tx`insert into usage_counters (org_id, livemode, customer_id, feature_id, period_start, used)
                     values (${b}, false, ${ofB.customer}, ${ofB.feature}, now(), 5)`,
        ),
      ),
    ).toBe("42501");
    expect(
      await code(
        withTenant(
          worker,
          scope,
          (tx) => tx`insert into customer_grants (id, org_id, livemode, customer_id, feature_id, effect, kind)
                     values ('cgrant_forged', ${b}, false, ${ofB.customer}, ${ofB.feature}, 'add', 'unlimited')`,
        ),
      ),
    ).toBe("42501");
    expect(await snapshot(b)).toEqual(before);
  });
});
