import assert from "node:assert/strict";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { DEMO_OWNER_EMAIL, DEMO_OWNER_ID } from "./demo";
import { startAuthEmulator } from "./server";
import { adminClient, client, startTestAuth, type TestAuth } from "./test-support";

let first: TestAuth;
after(() => first?.dispose());

describe("state on disk", () => {
  it("keeps users, sessions, API keys and the signing key across a restart on the same port", async () => {
    first = await startTestAuth({ users: [{ id: DEMO_OWNER_ID, email: DEMO_OWNER_EMAIL }] });
    const demo = await adminClient(first).auth.admin.getUserById(DEMO_OWNER_ID);
    assert.equal(demo.data.user?.email, DEMO_OWNER_EMAIL);
    assert.ok(demo.data.user?.email_confirmed_at, "the seeded owner can sign in with a magic link at once");
    await adminClient(first).auth.admin.createUser({ email: "keep@example.test", password: "keep me please", email_confirm: true });
    const { data } = await client(first).auth.signInWithPassword({ email: "keep@example.test", password: "keep me please" });
    const session = data.session;
    assert.ok(session);
    const kid = decodeProtectedHeader(session.access_token).kid;
    const mode = (await stat(join(first.dataDir, "auth-state.json"))).mode & 0o777;
    assert.equal(mode, 0o600, "the file with the private key is private");
    await first.stop();

    const second = await startAuthEmulator({
      port: first.port,
      dataDir: first.dataDir,
      users: [{ id: DEMO_OWNER_ID, email: DEMO_OWNER_EMAIL }],
    });
    try {
      assert.equal(second.anonKey, first.anonKey);
      assert.equal(second.serviceRoleKey, first.serviceRoleKey);
      const jwks = (await (await fetch(second.jwksUrl)).json()) as { keys: Array<{ kid: string; d?: string }> };
      assert.deepEqual(
        jwks.keys.map((key) => key.kid),
        [kid],
      );
      assert.equal(jwks.keys[0]?.d, undefined, "never the private part");
      await jwtVerify(session.access_token, createRemoteJWKSet(new URL(second.jwksUrl)), {
        algorithms: ["ES256"],
        issuer: `${second.url}/auth/v1`,
        audience: "authenticated",
      });
      const users = await adminClient(second).auth.admin.listUsers();
      assert.deepEqual(
        users.data.users.map((user) => user.email).sort(),
        [DEMO_OWNER_EMAIL, "keep@example.test"],
        "the seed is not duplicated",
      );
      const refreshed = await client(second).auth.refreshSession({ refresh_token: session.refresh_token });
      assert.equal(refreshed.error, null, "a session from before the restart still refreshes");
      assert.equal((await client(second).auth.signInWithPassword({ email: "keep@example.test", password: "keep me please" })).error, null);
    } finally {
      await second.stop();
    }
  });
});
