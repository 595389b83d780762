import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { startTestAuth, type TestAuth } from "./test-support";

let auth: TestAuth;
before(async () => {
  auth = await startTestAuth();
});
after(() => auth.dispose());

/** A raw GET with a chosen Host header (fetch does not let us set it). */
function getWithHost(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(`${auth.url}${path}`, { headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    call.on("error", reject);
    call.end();
  });
}

describe("browser-facing hardening", () => {
  it("lets other origins call GoTrue's API but not read the mailbox, which holds sign-in links", async () => {
    const origin = "http://127.0.0.1:3000";
    const api = await fetch(`${auth.url}/auth/v1/settings`, { headers: { origin } });
    assert.equal(api.headers.get("access-control-allow-origin"), origin);
    const preflight = await fetch(`${auth.url}/auth/v1/token?grant_type=password`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "apikey, x-supabase-api-version" },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get("access-control-allow-headers") ?? "", /x-supabase-api-version/);

    const mailbox = await fetch(`${auth.url}/mailbox/messages`, { headers: { origin: "https://evil.example" } });
    assert.equal(mailbox.status, 200);
    assert.equal(mailbox.headers.get("access-control-allow-origin"), null);
  });

  it("refuses requests for a Host that is not a loopback name (DNS rebinding)", async () => {
    assert.equal(await getWithHost("/mailbox/messages", "evil.example"), 421);
    assert.equal(await getWithHost("/mailbox/messages", `localhost:${auth.port}`), 200);
  });

  it("serves the mailbox page under a strict CSP, with no inline script", async () => {
    const response = await fetch(`${auth.url}/mailbox`);
    const csp = response.headers.get("content-security-policy") ?? "";
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.doesNotMatch(await response.text(), /<script>/);
  });

  it("answers unknown routes and malformed paths with GoTrue-style errors, not crashes", async () => {
    const missing = await fetch(`${auth.url}/auth/v1/nope`);
    assert.equal(missing.status, 404);
    const malformed = await fetch(`${auth.url}/auth/v1/admin/users/%E0%A4%A`, {
      headers: { authorization: `Bearer ${auth.serviceRoleKey}` },
    });
    assert.equal(malformed.status, 404);
    assert.equal(((await malformed.json()) as { error_code: string }).error_code, "user_not_found");
  });
});
