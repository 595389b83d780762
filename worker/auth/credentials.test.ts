import { env } from "cloudflare:workers";
import { generateKeyPair, importJWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, counts, ISSUER, mintToken, newApiKey, newOrganization, type TestUser } from "../test/fixtures";

const admin = adminSql();
let orgId: string;
let owner: TestUser;

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Credentials Co"));
});
afterAll(() => admin.end());

/** Every bad credential: 401 in the envelope, and the attempted write left no trace. */
async function expectRefused(auth: string) {
  const before = await counts(admin, orgId);
  const name = async () => (await admin`select name from organizations where id = ${orgId}`)[0]?.name;
  const nameBefore = await name();
  const response = await api<{ error: { type: string; code: string } }>(`/v1/organizations/${orgId}`, {
    auth,
    org: orgId,
    body: { name: `Hijacked ${crypto.randomUUID().slice(0, 8)}` },
  });
  expect(response.status).toBe(401);
  expect(response.body.error.type).toBe("authentication_error");
  expect(await counts(admin, orgId)).toEqual(before);
  // Compared with the name before, so a forgery that got through fails its own test only.
  expect(await name()).toBe(nameBefore);
}

/** The claims the forgeries below carry, signed properly (ES256, the issuer's key). */
async function signedAsIssuer(): Promise<string> {
  const jwk = JSON.parse(env.TEST_JWT_PRIVATE_JWK);
  return new SignJWT({ role: "authenticated", email: owner.email })
    .setProtectedHeader({ alg: "ES256", kid: jwk.kid })
    .setIssuer(ISSUER())
    .setAudience("authenticated")
    .setSubject(owner.userId)
    .setExpirationTime("1h")
    .sign(await importJWK(jwk, "ES256"));
}

const segments = (token: string) => token.split(".") as [string, string, string];
const base64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

describe("access tokens", () => {
  it("accepts a session from a real supabase-js sign-in against the auth emulator", async () => {
    const session = JSON.parse(env.TEST_EMULATOR_SESSION) as { token: string; userId: string; email: string };
    const created = await api<{ id: string; role: string }>("/v1/organizations", { auth: session.token, body: { name: "Signed In Co" } });
    expect(created.status).toBe(201);
    expect(created.body.role).toBe("owner");
    const [member] = await admin`select user_id::text, role from memberships where org_id = ${created.body.id}`;
    expect(member).toEqual({ user_id: session.userId, role: "owner" });
  });

  it("accepts a valid token (control)", async () => {
    const response = await api(`/v1/organizations/${orgId}`, { auth: owner.token, org: orgId });
    expect(response.status).toBe(200);
  });

  it("refuses an expired token", async () => {
    await expectRefused(await mintToken({ sub: owner.userId, email: owner.email }, { expiresInSeconds: -60 }));
  });

  it("refuses a token that is not valid yet", async () => {
    await expectRefused(await mintToken({ sub: owner.userId, email: owner.email, nbf: Math.floor(Date.now() / 1000) + 600 }));
  });

  it("refuses a wrong issuer and a wrong audience", async () => {
    await expectRefused(await mintToken({ sub: owner.userId, email: owner.email, iss: "https://evil.example/auth/v1" }));
    await expectRefused(await mintToken({ sub: owner.userId, email: owner.email, aud: "anon" }));
  });

  it("refuses a token with another role (anon, service_role)", async () => {
    // Issuer, audience and signature are right: only the role is wrong.
    await expectRefused(await mintToken({ sub: owner.userId, email: owner.email, role: "anon" }));
    await expectRefused(await mintToken({ sub: owner.userId, email: owner.email, role: "service_role" }));
  });

  it("refuses alg none", async () => {
    const [, payload] = segments(await mintToken({ sub: owner.userId, email: owner.email }));
    await expectRefused(`${base64url({ alg: "none", typ: "JWT" })}.${payload}.`);
  });

  it("refuses a tampered payload", async () => {
    const [header, , signature] = segments(await mintToken({ sub: owner.userId, email: owner.email }));
    const forgedPayload = base64url({
      sub: owner.userId,
      email: owner.email,
      role: "authenticated",
      aud: "authenticated",
      iss: ISSUER(),
      exp: 9999999999,
    });
    await expectRefused(`${header}.${forgedPayload}.${signature}`);
  });

  it("refuses a token signed by another key, even with the right kid", async () => {
    const { privateKey } = await generateKeyPair("ES256");
    const forged = await new SignJWT({ role: "authenticated", email: owner.email })
      .setProtectedHeader({ alg: "ES256", kid: JSON.parse(env.TEST_JWT_PRIVATE_JWK).kid })
      .setIssuer(ISSUER())
      .setAudience("authenticated")
      .setSubject(owner.userId)
      .setExpirationTime("1h")
      .sign(privateKey);
    await expectRefused(forged);
    // The same claims signed by the issuer's own key pass: the key alone was refused.
    expect((await api(`/v1/organizations/${orgId}`, { auth: await signedAsIssuer(), org: orgId })).status).toBe(200);
  });

  it("refuses HS256 signed with the public key (algorithm confusion)", async () => {
    const jwk = JSON.parse(env.TEST_JWT_PRIVATE_JWK);
    const { d: _private, ...publicJwk } = jwk;
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
    const forged = await new SignJWT({ role: "authenticated", email: owner.email })
      .setProtectedHeader({ alg: "HS256", kid: jwk.kid })
      .setIssuer(ISSUER())
      .setAudience("authenticated")
      .setSubject(owner.userId)
      .setExpirationTime("1h")
      .sign(secret);
    await expectRefused(forged);
    // The same claims signed with ES256 by the issuer's key pass: the algorithm alone was refused.
    expect((await api(`/v1/organizations/${orgId}`, { auth: await signedAsIssuer(), org: orgId })).status).toBe(200);
  });

  it("refuses a malformed Authorization header", async () => {
    const response = await api(`/v1/organizations/${orgId}`, { headers: { Authorization: `Basic ${btoa("x:y")}` } });
    expect(response.status).toBe(401);
  });
});

describe("API keys", () => {
  it("refuses unknown, malformed and wrong-mode keys", async () => {
    const { key } = await newApiKey(admin, orgId);
    await expectRefused("sk_test_thisisnotarealkeyatallnotreallyreallynotakey00");
    await expectRefused(`${key.slice(0, -1)}${key.endsWith("a") ? "b" : "a"}`);
    await expectRefused(key.replace("sk_test_", "sk_live_"));
    await expectRefused(key.replace("sk_test_", "rk_test_"));
  });

  it("stops a revoked key at once", async () => {
    const { id, key } = await newApiKey(admin, orgId);
    expect((await api(`/v1/organizations/${orgId}`, { auth: key })).status).toBe(200);
    const revoked = await api(`/v1/api_keys/${id}/revoke`, { auth: owner.token, org: orgId, method: "POST" });
    expect(revoked.status).toBe(200);
    await expectRefused(key);
  });

  it("keeps a rolled key working until its expiry, then refuses it", async () => {
    const { id, key } = await newApiKey(admin, orgId);
    const rolled = await api<{ secret: string; id: string }>(`/v1/api_keys/${id}/roll`, {
      auth: owner.token,
      org: orgId,
      body: { expires_in: 3600 },
    });
    expect(rolled.status).toBe(201);
    expect((await api(`/v1/organizations/${orgId}`, { auth: key })).status).toBe(200);
    expect((await api(`/v1/organizations/${orgId}`, { auth: rolled.body.secret })).status).toBe(200);
    await admin`update api_keys set expires_at = now() - interval '1 second' where id = ${id}`;
    await expectRefused(key);
    expect((await api(`/v1/organizations/${orgId}`, { auth: rolled.body.secret })).status).toBe(200);
  });

  it("records last_used_at", async () => {
    const { id, key } = await newApiKey(admin, orgId);
    await api(`/v1/organizations/${orgId}`, { auth: key });
    const [row] = await admin`select last_used_at from api_keys where id = ${id}`;
    expect(row?.last_used_at).toBeInstanceOf(Date);
  });
});
