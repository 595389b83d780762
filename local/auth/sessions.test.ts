import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { adminClient, client, startTestAuth, type TestAuth } from "./test-support";

let auth: TestAuth;
const PASSWORD = "correct horse battery";

before(async () => {
  auth = await startTestAuth();
  const { error } = await adminClient(auth).auth.admin.createUser({
    email: "pat@example.test",
    password: PASSWORD,
    email_confirm: true,
    user_metadata: { name: "Pat" },
  });
  assert.equal(error, null);
});
after(() => auth.dispose());

async function signIn(email = "pat@example.test") {
  const supabase = client(auth);
  const { data, error } = await supabase.auth.signInWithPassword({ email, password: PASSWORD });
  assert.equal(error, null);
  assert.ok(data.session);
  return { supabase, session: data.session };
}

describe("sessions", () => {
  it("password grant returns GoTrue's session shape; a wrong password is invalid_credentials", async () => {
    const { session } = await signIn();
    assert.equal(session.token_type, "bearer");
    assert.equal(session.expires_in, 3600);
    assert.ok(Math.abs((session.expires_at ?? 0) - (Date.now() / 1000 + 3600)) < 5);
    assert.equal(session.user.email, "pat@example.test");
    assert.deepEqual(session.user.user_metadata, { name: "Pat" });

    const { error } = await client(auth).auth.signInWithPassword({ email: "pat@example.test", password: "wrong password" });
    assert.equal(error?.code, "invalid_credentials");
    assert.equal(error?.status, 400);
    const unknown = await client(auth).auth.signInWithPassword({ email: "ghost@example.test", password: PASSWORD });
    assert.equal(unknown.error?.code, "invalid_credentials", "unknown address and wrong password look the same");
  });

  it("rotates refresh tokens; reusing a rotated one is refused and ends the session", async () => {
    const { supabase, session } = await signIn();
    const first = await supabase.auth.refreshSession({ refresh_token: session.refresh_token });
    assert.equal(first.error, null);
    const rotated = first.data.session;
    assert.ok(rotated);
    assert.notEqual(rotated.refresh_token, session.refresh_token);
    assert.notEqual(rotated.access_token, session.access_token);

    const reuse = await client(auth).auth.refreshSession({ refresh_token: session.refresh_token });
    assert.equal(reuse.error?.code, "refresh_token_already_used");
    const afterReuse = await client(auth).auth.refreshSession({ refresh_token: rotated.refresh_token });
    assert.equal(afterReuse.error?.code, "refresh_token_not_found", "reuse revoked the whole session");
    const bogus = await client(auth).auth.refreshSession({ refresh_token: "not-a-token" });
    assert.equal(bogus.error?.code, "refresh_token_not_found");
  });

  it("getUser reads the token's user; updateUser merges metadata and changes the password", async () => {
    const { supabase } = await signIn();
    const { data, error } = await supabase.auth.getUser();
    assert.equal(error, null);
    assert.equal(data.user?.email, "pat@example.test");
    assert.deepEqual(data.user?.app_metadata, { provider: "email", providers: ["email"] });

    const updated = await supabase.auth.updateUser({ data: { company: "Acme <b>Cloud</b>" } });
    assert.equal(updated.error, null);
    assert.deepEqual(updated.data.user?.user_metadata, { name: "Pat", company: "Acme <b>Cloud</b>" });
    assert.equal((await supabase.auth.updateUser({ password: "123" })).error?.code, "weak_password");
    assert.equal((await supabase.auth.updateUser({ password: "a new password" })).error, null);
    assert.equal((await client(auth).auth.signInWithPassword({ email: "pat@example.test", password: "a new password" })).error, null);
    assert.equal((await supabase.auth.updateUser({ password: PASSWORD })).error, null);
  });

  it("logout revokes the refresh token and the session behind the access token", async () => {
    const { supabase, session } = await signIn();
    const other = await signIn();
    assert.equal((await supabase.auth.signOut({ scope: "local" })).error, null);
    const refresh = await client(auth).auth.refreshSession({ refresh_token: session.refresh_token });
    assert.equal(refresh.error?.code, "refresh_token_not_found");
    const stale = await client(auth).auth.getUser(session.access_token);
    assert.equal(stale.error?.name, "AuthSessionMissingError", "GoTrue's session_not_found");
    assert.equal((await other.supabase.auth.getUser()).error, null, "scope local leaves other sessions alone");

    assert.equal((await other.supabase.auth.signOut({ scope: "global" })).error, null);
    assert.ok((await client(auth).auth.refreshSession({ refresh_token: other.session.refresh_token })).error);
  });
});

describe("access tokens", () => {
  it("verify against the JWKS with ES256 pinned, issuer and audience, carrying Supabase's claims", async () => {
    const { session } = await signIn();
    const jwks = createRemoteJWKSet(new URL(auth.jwksUrl));
    const { payload, protectedHeader } = await jwtVerify(session.access_token, jwks, {
      algorithms: ["ES256"],
      issuer: `${auth.url}/auth/v1`,
      audience: "authenticated",
    });
    assert.equal(protectedHeader.alg, "ES256");
    assert.ok(protectedHeader.kid);
    assert.equal(payload.sub, session.user.id);
    assert.equal(payload.role, "authenticated");
    assert.equal(payload.email, "pat@example.test");
    assert.equal(payload.aal, "aal1");
    assert.equal(payload.is_anonymous, false);
    assert.equal(typeof payload.session_id, "string");
    assert.equal((payload.exp ?? 0) - (payload.iat ?? 0), 3600);
    assert.equal((payload.user_metadata as { name?: string }).name, "Pat");
    assert.equal((payload.amr as Array<{ method: string }>)[0]?.method, "password");
  });

  it("a tampered token, the anon key and a wrong issuer fail verification", async () => {
    const { session } = await signIn();
    const jwks = createRemoteJWKSet(new URL(auth.jwksUrl));
    const options = { algorithms: ["ES256"], issuer: `${auth.url}/auth/v1`, audience: "authenticated" };
    const [header, payload, signature] = session.access_token.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as Record<string, unknown>;
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: "00000000-0000-4000-8000-000000000000" })).toString("base64url")}.${signature}`;
    await assert.rejects(jwtVerify(forged, jwks, options), { code: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED" });
    await assert.rejects(jwtVerify(auth.anonKey, jwks, options), { code: "ERR_JWT_CLAIM_VALIDATION_FAILED" });
    await assert.rejects(jwtVerify(session.access_token, jwks, { ...options, issuer: "https://elsewhere.supabase.co/auth/v1" }));
    assert.equal(decodeProtectedHeader(auth.anonKey).kid, decodeProtectedHeader(session.access_token).kid);

    const refused = await client(auth).auth.getUser(forged);
    assert.equal(refused.error?.code, "bad_jwt");
    assert.equal(refused.error?.status, 403);
  });
});

describe("admin endpoints", () => {
  it("need the service-role key", async () => {
    const asAnon = await client(auth).auth.admin.getUserById("0d3e0000-0000-4000-8000-00000000ac3e");
    assert.equal(asAnon.error?.status, 403);
    const noKey = await fetch(`${auth.url}/auth/v1/admin/users`, { method: "POST", body: "{}" });
    assert.equal(noKey.status, 401);
  });

  it("create, read, generate_link and delete a user; deleting ends their sessions", async () => {
    const admin = adminClient(auth).auth.admin;
    const created = await admin.createUser({ email: "temp@example.test", email_confirm: true, password: PASSWORD });
    assert.equal(created.error, null);
    const id = created.data.user?.id ?? "";
    assert.equal((await admin.getUserById(id)).data.user?.email, "temp@example.test");
    assert.equal((await admin.createUser({ email: "temp@example.test" })).error?.code, "email_exists");

    const link = await admin.generateLink({ type: "magiclink", email: "temp@example.test" });
    assert.equal(link.error, null);
    assert.equal(link.data.properties?.verification_type, "magiclink");
    assert.match(link.data.properties?.email_otp ?? "", /^\d{6}$/);
    const viaCode = await client(auth).auth.verifyOtp({
      email: "temp@example.test",
      token: link.data.properties?.email_otp ?? "",
      type: "magiclink",
    });
    assert.equal(viaCode.error, null);

    const { session } = await signIn("temp@example.test");
    assert.equal((await admin.deleteUser(id)).error, null);
    assert.equal((await admin.getUserById(id)).error?.status, 404);
    assert.ok((await client(auth).auth.refreshSession({ refresh_token: session.refresh_token })).error);
    assert.equal((await client(auth).auth.getUser(session.access_token)).error?.name, "AuthSessionMissingError");
  });
});
