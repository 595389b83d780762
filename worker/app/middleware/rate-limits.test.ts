import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";

// The limits are the production ones from wrangler.jsonc (RATE_LIMIT_FAILED_AUTH 60 and
// RATE_LIMIT_PUBLIC 300 per 60 s). Other suites never meet them: every test request comes from an
// address of its own (test/fixtures.ts `call`), and their per-credential volume is far below.
const FAILED_AUTH_LIMIT = 60;
const PUBLIC_LIMIT = 300;
const admin = adminSql();
let orgId: string;
let secretKey: string;
let publishable: string;
let otherSecret: string;
let otherPublishable: string;

beforeAll(async () => {
  ({ orgId } = await newOrganization("Limited Co"));
  secretKey = (await newApiKey(admin, orgId)).key;
  publishable = (await newApiKey(admin, orgId, { type: "publishable" })).key;
  const other = await newOrganization("Unlimited Co");
  otherSecret = (await newApiKey(admin, other.orgId)).key;
  otherPublishable = (await newApiKey(admin, other.orgId, { type: "publishable" })).key;
});
afterAll(() => admin.end());

/** A fresh documentation address, so runs and tests never share a bucket. */
const address = () => `2001:db8:1::${Array.from(crypto.getRandomValues(new Uint16Array(2)), (part) => part.toString(16)).join(":")}`;

/**
 * The local binding counts in fixed windows aligned to the period; start a burst early in one so
 * it cannot straddle two (a real attacker's burst is not so polite, which only helps the limit).
 */
async function startOfWindow(seconds: number) {
  const into = Date.now() % (seconds * 1000);
  if (into > seconds * 1000 - 25_000) await new Promise((resolve) => setTimeout(resolve, seconds * 1000 - into + 50));
}

type Reply = { id?: string; error?: { type: string; code: string } };
const from = (ip: string, path: string, auth: string, body?: unknown) =>
  api<Reply>(path, { auth, ...(body !== undefined ? { body } : {}), headers: { "CF-Connecting-IP": ip } });
const customersNamed = async (name: string) =>
  (await admin<{ n: number }[]>`select count(*)::int as n from customers where name = ${name}`)[0]?.n;

describe("rate limits", () => {
  it("answers a burst of failed authentications from one address with 429, and leaves other addresses and tenants alone", async () => {
    const attacker = address();
    const neighbour = address();
    const wrongKey = `${secretKey.slice(0, -4)}0000`;
    await startOfWindow(60);
    for (let attempt = 0; attempt < FAILED_AUTH_LIMIT; attempt++) {
      const refused = await from(attacker, "/v1/customers", wrongKey);
      expect(refused.status).toBe(401);
    }
    const limited = await from(attacker, "/v1/customers", wrongKey);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("60");
    expect(limited.body.error).toMatchObject({ type: "rate_limit_error", code: "rate_limited" });

    // From that address even a right key is refused unchecked (a guess learns nothing) and writes nothing.
    const guessed = await from(attacker, "/v1/customers", secretKey, { name: "Written By Blocked" });
    expect(guessed.status).toBe(429);
    expect(await customersNamed("Written By Blocked")).toBe(0);

    // Another address with the same wrong key is still only told it is wrong; other callers work.
    expect((await from(neighbour, "/v1/customers", wrongKey)).status).toBe(401);
    expect((await from(neighbour, "/v1/customers", secretKey)).status).toBe(200);
    expect((await from(address(), "/v1/customers", otherSecret)).status).toBe(200);
  }, 90_000);

  it("limits publishable-key requests per client address, not per key or tenant", async () => {
    const browser = address();
    await startOfWindow(60);
    for (let sent = 0; sent < PUBLIC_LIMIT; sent += 25) {
      const batch = await Promise.all(Array.from({ length: 25 }, () => from(browser, "/v1/pricing", publishable)));
      expect(batch.map((response) => response.status).filter((status) => status !== 200)).toEqual([]);
    }
    const limited = await from(browser, "/v1/pricing", publishable);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("60");
    expect(limited.body.error?.code).toBe("rate_limited");
    // The same key from another browser, and another tenant's key, are unaffected.
    expect((await from(address(), "/v1/pricing", publishable)).status).toBe(200);
    expect((await from(address(), "/v1/pricing", otherPublishable)).status).toBe(200);
    // A secret key from that address counts against its own allowance, not the address's.
    expect((await from(browser, "/v1/customers", secretKey)).status).toBe(200);
  }, 90_000);
});
