import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, adminSql, api, newOrganization, newUser, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;

type Entry = { id: string; action: string; actor: { id: string }; target: { id: string }; request_id: string };

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Audit Co"));
  for (const [index, role] of (["member", "admin", "member"] as const).entries()) {
    const user = await newUser();
    await addMember(admin, orgId, user, "viewer");
    await api(`/v1/members/${user.userId}`, {
      auth: owner.token,
      org: orgId,
      body: { role },
      headers: { "Request-Id": `audit-test-${index}` },
    });
  }
});
afterAll(() => admin.end());

describe("audit log", () => {
  it("lists newest first with request ids, paginates with cursors both ways", async () => {
    const all = await api<{ data: Entry[]; has_more: boolean }>("/v1/audit_log?limit=100", { auth: owner.token, org: orgId });
    expect(all.status).toBe(200);
    expect(all.body.data.map((entry) => entry.action)).toEqual([
      "member.role_changed",
      "member.role_changed",
      "member.role_changed",
      "organization.created",
    ]);
    expect(all.body.data[0]?.request_id).toBe("audit-test-2");
    const first = await api<{ data: Entry[]; has_more: boolean }>("/v1/audit_log?limit=2", { auth: owner.token, org: orgId });
    expect(first.body.has_more).toBe(true);
    const second = await api<{ data: Entry[]; has_more: boolean }>(`/v1/audit_log?limit=2&starting_after=${first.body.data[1]?.id}`, {
      auth: owner.token,
      org: orgId,
    });
    expect([...first.body.data, ...second.body.data].map((entry) => entry.id)).toEqual(all.body.data.map((entry) => entry.id));
    expect(second.body.has_more).toBe(false);
    const back = await api<{ data: Entry[] }>(`/v1/audit_log?limit=2&ending_before=${second.body.data[0]?.id}`, {
      auth: owner.token,
      org: orgId,
    });
    expect(back.body.data.map((entry) => entry.id)).toEqual(first.body.data.map((entry) => entry.id));
  });

  it("filters by action, actor and time", async () => {
    const created = await api<{ data: Entry[] }>("/v1/audit_log?action=organization.created", { auth: owner.token, org: orgId });
    expect(created.body.data).toHaveLength(1);
    const byActor = await api<{ data: Entry[] }>(`/v1/audit_log?actor_id=${owner.userId}&limit=100`, { auth: owner.token, org: orgId });
    expect(byActor.body.data).toHaveLength(4);
    const future = await api<{ data: Entry[] }>(`/v1/audit_log?created[gte]=${Math.floor(Date.now() / 1000) + 3600}`, {
      auth: owner.token,
      org: orgId,
    });
    expect(future.body.data).toHaveLength(0);
  });

  it("clamps limits and refuses bad filters and foreign cursors", async () => {
    const clamped = await api<{ data: Entry[] }>("/v1/audit_log?limit=100000", { auth: owner.token, org: orgId });
    expect(clamped.status).toBe(200);
    const bad = await api<{ error: { param: string } }>("/v1/audit_log?action=DROP TABLE", { auth: owner.token, org: orgId });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe("action");
    const other = await newOrganization("Other Audit");
    const [theirs] = await admin`select id from audit_log where org_id = ${other.orgId}`;
    const foreign = await api<{ error: { param: string } }>(`/v1/audit_log?starting_after=${theirs?.id}`, {
      auth: owner.token,
      org: orgId,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.param).toBe("starting_after");
  });

  it("is append-only for the API role", async () => {
    const [entry] = await admin`select id from audit_log where org_id = ${orgId} limit 1`;
    await expect(
      admin.begin(async (tx) => {
        await tx`select set_config('role', 'billingos_api', true), set_config('request.jwt.claims', ${JSON.stringify({ org_id: orgId, livemode: false })}, true)`;
        await tx`update audit_log set action = 'x.y' where id = ${entry?.id}`;
      }),
    ).rejects.toThrow(/permission denied/);
  });
});
