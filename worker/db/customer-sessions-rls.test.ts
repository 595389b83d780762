import { env } from "cloudflare:workers";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEDULED_JOBS } from "../app/scheduled";
import { adminSql, api, newApiKey, newOrganization } from "../test/fixtures";
import { withTenant } from "./tenant";

const admin = adminSql();
const worker = postgres(env.HYPERDRIVE.connectionString, { max: 2, fetch_types: false, onnotice: () => {} });
const orgs: { orgId: string; customer: string; session: string }[] = [];

beforeAll(async () => {
  for (const name of ["Session RLS A", "Session RLS B"]) {
    const { orgId } = await newOrganization(name);
    const key = (await newApiKey(admin, orgId)).key;
    const customer = (await api<{ id: string }>("/v1/customers", { auth: key, body: { name } })).body.id;
    const session = (await api<{ id: string }>("/v1/customer_sessions", { auth: key, body: { customer } })).body.id;
    orgs.push({ orgId, customer, session });
  }
});
afterAll(async () => {
  await Promise.all([admin.end(), worker.end()]);
});

const snapshot = (orgId: string) => admin`select to_jsonb(s)::text as row from customer_sessions s where org_id = ${orgId} order by id`;

describe("customer_sessions under row-level security", () => {
  it("shows an organisation only its own sessions, in its own mode", async () => {
    const [a, b] = orgs as [(typeof orgs)[0], (typeof orgs)[0]];
    const own = await withTenant(worker, { orgId: a.orgId, livemode: false }, (tx) => tx`select id, org_id from customer_sessions`);
    expect(own).toEqual([{ id: a.session, org_id: a.orgId }]);
    expect(await withTenant(worker, { orgId: a.orgId, livemode: true }, (tx) => tx`select id from customer_sessions`)).toEqual([]);
    expect(b.session).not.toBe(a.session);
  });

  it("lets no statement as org A revoke, add or delete org B's sessions", async () => {
    const [a, b] = orgs as [(typeof orgs)[0], (typeof orgs)[0]];
    const before = await snapshot(b.orgId);
    const scope = { orgId: a.orgId, livemode: false };
    const revoked = await withTenant(
      worker,
      scope,
      (tx) => tx`update customer_sessions set revoked_at = now() where id = ${b.session} returning 1`,
    );
    expect(revoked).toEqual([]);
    await expect(
      withTenant(
        worker,
        scope,
        (tx) => tx`insert into customer_sessions (id, org_id, livemode, customer_id, expires_at)
                   values ('bcs_forged', ${b.orgId}, false, ${b.customer}, now() + interval '1 hour')`,
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(withTenant(worker, scope, (tx) => tx`delete from customer_sessions where id = ${b.session}`)).rejects.toThrow(
      /permission denied/,
    );
    // Only revoked_at may change: a session cannot be re-pointed at another customer or extended.
    await expect(
      withTenant(worker, scope, (tx) => tx`update customer_sessions set expires_at = now() + interval '1 year'`),
    ).rejects.toThrow(/permission denied/);
    expect(await snapshot(b.orgId)).toEqual(before);
  });

  it("forgets sessions a day after they expired, and only those", async () => {
    const [a] = orgs as [(typeof orgs)[0]];
    await admin`insert into customer_sessions (id, org_id, livemode, customer_id, expires_at)
                values ('bcs_longexpired', ${a.orgId}, false, ${a.customer}, now() - interval '25 hours')`;
    const result = await SCHEDULED_JOBS.customer_sessions?.(env, worker);
    expect(result?.swept).toBeGreaterThanOrEqual(1);
    const left = await admin<{ id: string }[]>`select id from customer_sessions where org_id = ${a.orgId} order by id`;
    expect(left.map((row) => row.id)).toEqual([a.session]);
  });
});
