import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, counts, newOrganization, newUser, type TestUser } from "../../test/fixtures";
import { invitationToken, mailFor } from "../../test/mailbox";

const admin = adminSql();
let orgId: string;
let owner: TestUser;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Invite Co"));
});
afterAll(() => admin.end());

type Invitation = { id: string; status: string; role: string; email_sent?: boolean };

describe("invitations", () => {
  it("e-mails a link that a new user accepts, becoming a member with the invited role", async () => {
    const invitee = await newUser();
    const created = await api<Invitation>("/v1/invitations", {
      auth: owner.token,
      org: orgId,
      body: { email: invitee.email, role: "member" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "pending", role: "member", email_sent: true });
    const [mail] = await mailFor(invitee.email);
    expect(mail?.subject).toContain("Invite Co");
    const accepted = await api("/v1/invitations/accept", { auth: invitee.token, body: { token: await invitationToken(invitee.email) } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ object: "membership", organization: orgId, role: "member" });
    expect((await api("/v1/members", { auth: invitee.token, org: orgId })).status).toBe(200);
    const reuse = await api("/v1/invitations/accept", { auth: invitee.token, body: { token: await invitationToken(invitee.email) } });
    expect(reuse.status).toBe(404);
  });

  it("refuses acceptance by someone signed in with another address", async () => {
    const invitee = await newUser();
    const intruder = await newUser();
    await api("/v1/invitations", { auth: owner.token, org: orgId, body: { email: invitee.email, role: "admin" } });
    const response = await api<{ error: { code: string } }>("/v1/invitations/accept", {
      auth: intruder.token,
      body: { token: await invitationToken(invitee.email) },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("invitation_email_mismatch");
    const [row] = await admin`select count(*)::int as n from memberships where user_id = ${intruder.userId}`;
    expect(row?.n).toBe(0);
  });

  it("resends with a fresh link (the old one stops working) and revokes", async () => {
    const invitee = await newUser();
    const created = await api<Invitation>("/v1/invitations", {
      auth: owner.token,
      org: orgId,
      body: { email: invitee.email, role: "viewer" },
    });
    const oldToken = await invitationToken(invitee.email);
    const resent = await api<Invitation>(`/v1/invitations/${created.body.id}/resend`, { auth: owner.token, org: orgId, method: "POST" });
    expect(resent.status).toBe(200);
    const newToken = await invitationToken(invitee.email);
    expect(newToken).not.toBe(oldToken);
    expect((await api("/v1/invitations/accept", { auth: invitee.token, body: { token: oldToken } })).status).toBe(404);
    const revoked = await api<Invitation>(`/v1/invitations/${created.body.id}/revoke`, { auth: owner.token, org: orgId, method: "POST" });
    expect(revoked.body.status).toBe("revoked");
    expect((await api("/v1/invitations/accept", { auth: invitee.token, body: { token: newToken } })).status).toBe(404);
  });

  it("refuses duplicates, existing members, non-owners inviting owners, and bad input; writes nothing", async () => {
    const invitee = await newUser();
    await api("/v1/invitations", { auth: owner.token, org: orgId, body: { email: invitee.email, role: "member" } });
    const before = await counts(admin, orgId);
    expect((await api("/v1/invitations", { auth: owner.token, org: orgId, body: { email: invitee.email, role: "member" } })).status).toBe(
      409,
    );
    expect((await api("/v1/invitations", { auth: owner.token, org: orgId, body: { email: owner.email, role: "member" } })).status).toBe(
      409,
    );
    for (const [body, param] of [
      [{ email: "not-an-email", role: "member" }, "email"],
      [{ email: "a@b.test", role: "emperor" }, "role"],
      [{ email: "a@b.test" }, "role"],
    ] as const) {
      const response = await api<{ error: { param: string } }>("/v1/invitations", { auth: owner.token, org: orgId, body });
      expect(response.status).toBe(400);
      expect(response.body.error.param).toBe(param);
    }
    expect(await counts(admin, orgId)).toEqual(before);
  });

  it("answers 404 for another organization's invitation and leaves it pending", async () => {
    const other = await newOrganization("Other Invites");
    const theirs = await api<Invitation>("/v1/invitations", {
      auth: other.owner.token,
      org: other.orgId,
      body: { email: "x@other.test", role: "member" },
    });
    expect((await api(`/v1/invitations/${theirs.body.id}/revoke`, { auth: owner.token, org: orgId, method: "POST" })).status).toBe(404);
    expect((await api(`/v1/invitations/${theirs.body.id}/resend`, { auth: owner.token, org: orgId, method: "POST" })).status).toBe(404);
    const list = await api<{ data: Invitation[] }>("/v1/invitations", { auth: owner.token, org: orgId });
    expect(list.body.data.some((row) => row.id === theirs.body.id)).toBe(false);
    const [row] = await admin`select status from invitations where id = ${theirs.body.id}`;
    expect(row?.status).toBe("pending");
  });
});
