import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintCustomerSession } from "../../domain/customer-session-token";
import { addMember, adminSql, api, newApiKey, newOrganization, newUser, type TestUser } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;
let secretKey: string;
let ada: string;
let bob: string;

type Session = { token: string; customer: string; expires_at: number; livemode: boolean };

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Sessions Co"));
  secretKey = (await newApiKey(admin, orgId)).key;
  ada = (await api<{ id: string }>("/v1/customers", { auth: secretKey, body: { name: "Ada" } })).body.id;
  bob = (await api<{ id: string }>("/v1/customers", { auth: secretKey, body: { name: "Bob" } })).body.id;
});
afterAll(() => admin.end());

const mint = (auth: string, body: unknown) =>
  api<Session & { error: { code: string; param: string } }>("/v1/customer_sessions", { auth, body });

describe("customer sessions", () => {
  it("mints a 15-minute session bound to one customer, which sees only that customer", async () => {
    const session = await mint(secretKey, { customer: ada });
    expect(session.status).toBe(201);
    expect(session.body.token).toMatch(/^bcs_test_/);
    const lifetime = session.body.expires_at - Math.floor(Date.now() / 1000);
    expect(lifetime).toBeGreaterThan(890);
    expect(lifetime).toBeLessThanOrEqual(900);
    const own = await api<{ id: string }>(`/v1/customers/${ada}`, { auth: session.body.token });
    expect(own.status).toBe(200);
    expect((await api(`/v1/customers/${bob}`, { auth: session.body.token })).status).toBe(404);
    expect((await api("/v1/customers", { auth: session.body.token })).status).toBe(403);
    expect((await api(`/v1/customers/${ada}`, { auth: session.body.token, body: { name: "Hacked" } })).status).toBe(403);
  });

  it("can be minted by the merchant's people who may write customers (the admin's view as customer), never by a viewer", async () => {
    const asOwner = await api<Session>("/v1/customer_sessions", { auth: owner.token, org: orgId, body: { customer: ada } });
    expect(asOwner.status).toBe(201);
    expect(asOwner.body.customer).toBe(ada);
    expect((await api<{ id: string }>(`/v1/customers/${ada}`, { auth: asOwner.body.token })).body.id).toBe(ada);
    const viewer = await newUser();
    await addMember(admin, orgId, viewer, "viewer");
    const before = await admin`select count(*)::int as n from customer_sessions where org_id = ${orgId}`;
    const refused = await api<{ error: { code: string } }>("/v1/customer_sessions", {
      auth: viewer.token,
      org: orgId,
      body: { customer: ada },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("insufficient_permissions");
    const after = await admin`select count(*)::int as n from customer_sessions where org_id = ${orgId}`;
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("can only be minted with a secret key or by a member, for an existing customer, for at most an hour", async () => {
    const publishable = (await newApiKey(admin, orgId, { type: "publishable" })).key;
    expect((await mint(publishable, { customer: ada })).status).toBe(403);
    const tooLong = await mint(secretKey, { customer: ada, expires_in: 3601 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.param).toBe("expires_in");
    const missing = await mint(secretKey, { customer: "cus_nope" });
    expect(missing.status).toBe(404);
    expect(missing.body.error.param).toBe("customer");
    const other = await newOrganization("Other Sessions");
    const foreign = await mint((await newApiKey(admin, other.orgId)).key, { customer: ada });
    expect(foreign.status).toBe(404);
  });

  it("refuses expired, tampered, wrong-mode and foreign-secret tokens", async () => {
    const secret = env.CUSTOMER_SESSION_SECRET as string;
    const claims = { orgId, livemode: false, customerId: ada };
    const expired = await mintCustomerSession(secret, { ...claims, expiresAt: Math.floor(Date.now() / 1000) - 1 });
    const foreign = await mintCustomerSession("some-other-secret-of-sufficient-length", {
      ...claims,
      expiresAt: Math.floor(Date.now() / 1000) + 600,
    });
    const valid = await mintCustomerSession(secret, { ...claims, expiresAt: Math.floor(Date.now() / 1000) + 600 });
    const [head, signature] = valid.token.split(".") as [string, string];
    const tampered = `${head.slice(0, -2)}AA.${signature}`;
    const wrongMode = valid.token.replace("bcs_test_", "bcs_live_");
    for (const token of [expired.token, foreign.token, tampered, wrongMode]) {
      const response = await api<{ error: { code: string } }>(`/v1/customers/${ada}`, { auth: token });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe("invalid_customer_session");
    }
    const rotated = await mintCustomerSession(env.CUSTOMER_SESSION_SECRET_PREVIOUS as string, {
      ...claims,
      expiresAt: Math.floor(Date.now() / 1000) + 600,
    });
    // A session minted before the rotation was recorded then; only its signature is from the previous secret.
    await admin`insert into customer_sessions (id, org_id, livemode, customer_id, expires_at)
                values (${rotated.sessionId}, ${orgId}, false, ${ada}, now() + interval '10 minutes')`;
    expect((await api(`/v1/customers/${ada}`, { auth: rotated.token })).status).toBe(200);
  });
});

describe("customer sessions in the browser", () => {
  it("works only from the organization's allowed origins, and never with a secret key", async () => {
    await api(`/v1/organizations/${orgId}`, { auth: secretKey, body: { allowed_origins: ["https://shop.sessions.test"] } });
    const session = await mint(secretKey, { customer: ada });
    const from = (origin: string, auth = session.body.token) =>
      api<{ error: { code: string } }>(`/v1/customers/${ada}`, { auth, headers: { Origin: origin } });
    const allowed = await from("https://shop.sessions.test");
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("Access-Control-Allow-Origin")).toBe("https://shop.sessions.test");
    // The SDK reads the customer state's ETag to poll with If-None-Match.
    expect(allowed.headers.get("Access-Control-Expose-Headers")).toMatch(/\bETag\b/);
    const refused = await from("https://evil.test");
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("origin_not_allowed");
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const secretInBrowser = await from("https://shop.sessions.test", secretKey);
    expect(secretInBrowser.status).toBe(403);
    expect(secretInBrowser.body.error.code).toBe("secret_key_in_browser");
  });
});
