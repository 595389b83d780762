import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, adminSql, api, counts, newOrganization, newUser, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;
let adminUser: TestUser;
let member: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Team Co"));
  [adminUser, member, viewer] = await Promise.all([newUser(), newUser(), newUser()]);
  await addMember(admin, orgId, adminUser, "admin");
  await addMember(admin, orgId, member, "member");
  await addMember(admin, orgId, viewer, "viewer");
});
afterAll(() => admin.end());

type Member = { user_id: string; role: string; email: string };

describe("members", () => {
  it("lists the team with roles", async () => {
    const list = await api<{ data: Member[] }>("/v1/members", { auth: viewer.token, org: orgId });
    expect(list.status).toBe(200);
    expect(list.body.data.map((row) => row.role).sort()).toEqual(["admin", "member", "owner", "viewer"]);
  });

  it("lets an admin change roles below owner, with an audit entry", async () => {
    const changed = await api<Member>(`/v1/members/${viewer.userId}`, { auth: adminUser.token, org: orgId, body: { role: "member" } });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe("member");
    const [audit] = await admin`select before, after, actor_id from audit_log where org_id = ${orgId} and action = 'member.role_changed'`;
    expect(audit).toEqual({ before: { role: "viewer" }, after: { role: "member" }, actor_id: adminUser.userId });
    await api(`/v1/members/${viewer.userId}`, { auth: adminUser.token, org: orgId, body: { role: "viewer" } });
  });

  it("keeps owner changes with owners", async () => {
    const promote = await api<{ error: { code: string } }>(`/v1/members/${member.userId}`, {
      auth: adminUser.token,
      org: orgId,
      body: { role: "owner" },
    });
    expect(promote.status).toBe(403);
    expect(promote.body.error.code).toBe("owner_required");
    const demote = await api(`/v1/members/${owner.userId}`, { auth: adminUser.token, org: orgId, body: { role: "viewer" } });
    expect(demote.status).toBe(403);
  });

  it("refuses to leave the organization without an owner", async () => {
    const before = await counts(admin, orgId);
    const leave = await api<{ error: { code: string } }>("/v1/members/leave", { auth: owner.token, org: orgId, method: "POST" });
    expect(leave.status).toBe(409);
    expect(leave.body.error.code).toBe("last_owner");
    const demote = await api(`/v1/members/${owner.userId}`, { auth: owner.token, org: orgId, body: { role: "admin" } });
    expect(demote.status).toBe(409);
    expect(await counts(admin, orgId)).toEqual(before);
  });

  it("refuses bad input with the param", async () => {
    const badRole = await api<{ error: { param: string } }>(`/v1/members/${member.userId}`, {
      auth: owner.token,
      org: orgId,
      body: { role: "god" },
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.param).toBe("role");
    const badId = await api<{ error: { param: string } }>("/v1/members/not-a-uuid", {
      auth: owner.token,
      org: orgId,
      body: { role: "admin" },
    });
    expect(badId.status).toBe(400);
    expect(badId.body.error.param).toBe("user_id");
  });

  it("transfers ownership: the target becomes owner, the old owner admin", async () => {
    const { orgId: org, owner: first } = await newOrganization("Transfer Co");
    const next = await newUser();
    await addMember(admin, org, next, "member");
    const transfer = await api<Member>("/v1/members/transfer_ownership", { auth: first.token, org, body: { user_id: next.userId } });
    expect(transfer.status).toBe(200);
    const roles = await admin`select user_id::text, role from memberships where org_id = ${org} order by role`;
    expect(roles).toEqual([
      { user_id: first.userId, role: "admin" },
      { user_id: next.userId, role: "owner" },
    ]);
    const leave = await api("/v1/members/leave", { auth: first.token, org, method: "POST" });
    expect(leave.status).toBe(200);
  });

  it("refuses a removed member's still-valid token at once", async () => {
    const leaving = await newUser();
    await addMember(admin, orgId, leaving, "member");
    expect((await api("/v1/members", { auth: leaving.token, org: orgId })).status).toBe(200);
    const removed = await api(`/v1/members/${leaving.userId}`, { auth: owner.token, org: orgId, method: "DELETE" });
    expect(removed.status).toBe(200);
    const after = await api<{ error: { code: string } }>("/v1/members", { auth: leaving.token, org: orgId });
    expect(after.status).toBe(404);
    expect(after.body.error.code).toBe("organization_not_found");
  });

  it("answers 404 for a user of another organization and changes nothing there", async () => {
    const other = await newOrganization("Other Team");
    const change = await api(`/v1/members/${other.owner.userId}`, { auth: owner.token, org: orgId, body: { role: "viewer" } });
    expect(change.status).toBe(404);
    const remove = await api(`/v1/members/${other.owner.userId}`, { auth: owner.token, org: orgId, method: "DELETE" });
    expect(remove.status).toBe(404);
    const [row] = await admin`select role from memberships where org_id = ${other.orgId} and user_id = ${other.owner.userId}`;
    expect(row?.role).toBe("owner");
  });
});
