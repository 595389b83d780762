import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, newApiKey, newOrganization, newUser, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Idempotent Co"));
});
afterAll(() => admin.end());

const invite = (key: string, email: string, role = "member") =>
  api<{ id: string; error?: { type: string; code: string; param: string } }>("/v1/invitations", {
    auth: owner.token,
    org: orgId,
    body: { email, role },
    headers: { "Idempotency-Key": key },
  });

describe("Idempotency-Key", () => {
  it("replays the first response for the same key and body, creating one object", async () => {
    const first = await invite("invite-ada", "ada@idem.test");
    const second = await invite("invite-ada", "ada@idem.test");
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();
    const [row] = await admin`select count(*)::int as n from invitations where org_id = ${orgId} and email = 'ada@idem.test'`;
    expect(row?.n).toBe(1);
  });

  it("refuses the same key with another body with 409 idempotency_error and writes nothing", async () => {
    await invite("invite-bob", "bob@idem.test");
    const other = await invite("invite-bob", "eve@idem.test");
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({ type: "idempotency_error", code: "idempotency_key_reused" });
    const [row] = await admin`select count(*)::int as n from invitations where email = 'eve@idem.test'`;
    expect(row?.n).toBe(0);
  });

  it("executes fifty concurrent requests with one key exactly once", async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => invite("invite-cy", "cy@idem.test")));
    const created = responses.filter((response) => response.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);
    for (const response of responses.filter((r) => r.status !== 201)) {
      expect(response.status).toBe(409);
      expect(response.body.error?.code).toBe("idempotency_key_in_use");
    }
    const [row] = await admin`select count(*)::int as n from invitations where email = 'cy@idem.test'`;
    expect(row?.n).toBe(1);
  });

  it("scopes keys per organization and mode", async () => {
    const other = await newOrganization("Other Idem");
    const mine = await invite("shared-key", "dee@idem.test");
    const theirs = await api<{ id: string }>("/v1/invitations", {
      auth: other.owner.token,
      org: other.orgId,
      body: { email: "dee@idem.test", role: "member" },
      headers: { "Idempotency-Key": "shared-key" },
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    const { key: liveKey } = await newApiKey(admin, orgId, { livemode: true });
    const { key: testKey } = await newApiKey(admin, orgId);
    const rename = (auth: string, name: string) =>
      api<{ name: string }>(`/v1/organizations/${orgId}`, { auth, body: { name }, headers: { "Idempotency-Key": "rename" } });
    expect((await rename(testKey, "Renamed in test")).status).toBe(200);
    const live = await rename(liveKey, "Renamed in live");
    expect(live.status).toBe(200);
    expect(live.body.name).toBe("Renamed in live");
  });

  it("replays a 4xx too, but refuses a malformed key", async () => {
    const user = await newUser();
    const bad = async () =>
      api<{ error: { code: string } }>("/v1/organizations", {
        auth: user.token,
        body: { name: "" },
        headers: { "Idempotency-Key": "bad-org" },
      });
    expect((await bad()).status).toBe(400);
    const replay = await bad();
    expect(replay.status).toBe(400);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    const malformed = await api<{ error: { param: string } }>("/v1/organizations", {
      auth: user.token,
      body: { name: "x" },
      headers: { "Idempotency-Key": "x".repeat(256) },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.param).toBe("Idempotency-Key");
  });
});
