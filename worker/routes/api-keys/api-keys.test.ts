import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, adminSql, api, counts, newOrganization, newUser, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Keys Co"));
});
afterAll(() => admin.end());

type Key = { id: string; secret?: string; redacted: string; livemode: boolean; type: string; status: string; scopes: unknown };

describe("API keys", () => {
  it("shows the secret once, then only prefix and last four; stores only a hash", async () => {
    const created = await api<Key>("/v1/api_keys", { auth: owner.token, org: orgId, body: { type: "secret", name: "Backend" } });
    expect(created.status).toBe(201);
    const secret = created.body.secret as string;
    expect(secret).toMatch(/^sk_test_[A-Za-z0-9]{48}$/);
    expect(created.body.redacted).toBe(`sk_test_…${secret.slice(-4)}`);
    const list = await api<{ data: Key[] }>("/v1/api_keys", { auth: owner.token, org: orgId });
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect(list.body.data.find((key) => key.id === created.body.id)).toMatchObject({ status: "active", type: "secret" });
    const [row] = await admin`select secret_hash, lookup from api_keys where id = ${created.body.id}`;
    expect(row?.secret_hash).not.toContain(secret.slice(24));
    expect((await api(`/v1/organizations/${orgId}`, { auth: secret })).status).toBe(200);
  });

  it("creates restricted keys whose scopes limit what they can do", async () => {
    const created = await api<Key>("/v1/api_keys", {
      auth: owner.token,
      org: orgId,
      body: { type: "restricted", scopes: { organization: "read" } },
    });
    expect(created.status).toBe(201);
    const key = created.body.secret as string;
    expect(key).toMatch(/^rk_test_/);
    expect((await api(`/v1/organizations/${orgId}`, { auth: key })).status).toBe(200);
    const write = await api<{ error: { code: string } }>(`/v1/organizations/${orgId}`, { auth: key, body: { name: "Nope" } });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe("insufficient_permissions");
  });

  it("keeps test and live keys apart", async () => {
    const live = await api<Key>("/v1/api_keys", { auth: owner.token, org: orgId, mode: "live", body: { type: "secret" } });
    expect(live.status).toBe(201);
    expect(live.body.secret).toMatch(/^sk_live_/);
    const testList = await api<{ data: Key[] }>("/v1/api_keys", { auth: owner.token, org: orgId, mode: "test" });
    expect(testList.body.data.every((key) => !key.livemode)).toBe(true);
    const revokeFromTest = await api(`/v1/api_keys/${live.body.id}/revoke`, {
      auth: owner.token,
      org: orgId,
      mode: "test",
      method: "POST",
    });
    expect(revokeFromTest.status).toBe(404);
    const [row] = await admin`select revoked_at from api_keys where id = ${live.body.id}`;
    expect(row?.revoked_at).toBeNull();
  });

  it("refuses bad input and writes nothing", async () => {
    const before = await counts(admin, orgId);
    const cases: Array<[unknown, string]> = [
      [{ type: "master" }, "type"],
      [{ type: "restricted" }, "scopes"],
      [{ type: "secret", scopes: { organization: "read" } }, "scopes"],
      [{ type: "restricted", scopes: { team: "write" } }, "scopes"],
      [{ type: "restricted", scopes: {} }, "scopes"],
      [{ type: "secret", name: "x".repeat(101) }, "name"],
      [{ type: "secret", livemode: true }, "livemode"],
    ];
    for (const [body, param] of cases) {
      const response = await api<{ error: { param: string } }>("/v1/api_keys", { auth: owner.token, org: orgId, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.param.startsWith(param), `${JSON.stringify(body)} → ${response.body.error.param}`).toBe(true);
    }
    const roll = await api<{ error: { param: string } }>("/v1/api_keys/key_x/roll", {
      auth: owner.token,
      org: orgId,
      body: { expires_in: -5 },
    });
    expect(roll.status).toBe(400);
    expect(roll.body.error.param).toBe("expires_in");
    expect(await counts(admin, orgId)).toEqual(before);
  });

  it("lets members and viewers see but not manage keys", async () => {
    const viewer = await newUser();
    await addMember(admin, orgId, viewer, "viewer");
    expect((await api("/v1/api_keys", { auth: viewer.token, org: orgId })).status).toBe(200);
    expect((await api("/v1/api_keys", { auth: viewer.token, org: orgId, body: { type: "secret" } })).status).toBe(403);
  });

  it("answers 404 for another organization's key and leaves it working", async () => {
    const other = await newOrganization("Other Keys");
    const theirs = await api<Key>("/v1/api_keys", { auth: other.owner.token, org: other.orgId, body: { type: "secret" } });
    for (const action of ["revoke", "roll"]) {
      const response = await api(`/v1/api_keys/${theirs.body.id}/${action}`, {
        auth: owner.token,
        org: orgId,
        body: action === "roll" ? {} : undefined,
        method: "POST",
      });
      expect(response.status).toBe(404);
    }
    expect((await api(`/v1/organizations/${other.orgId}`, { auth: theirs.body.secret })).status).toBe(200);
  });
});
