import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../domain/events/record";
import { adminSql, api, newApiKey, newOrganization } from "../../test/fixtures";

const admin = adminSql();
let orgId: string;
let key: string;
let liveKey: string;
let otherKey: string;

type Endpoint = {
  id: string;
  url: string;
  secret?: string;
  enabled: boolean;
  event_types: string[] | null;
  previous_secret_expires_at: number | null;
};
type Err = { error: { code: string; param?: string; message: string } };

const endpointRows = async () =>
  (await admin<{ n: number }[]>`select count(*)::int as n from webhook_endpoints where org_id = ${orgId}`)[0]?.n;

beforeAll(async () => {
  ({ orgId } = await newOrganization("Webhook Endpoints Co"));
  key = (await newApiKey(admin, orgId)).key;
  liveKey = (await newApiKey(admin, orgId, { livemode: true })).key;
  otherKey = (await newApiKey(admin, (await newOrganization("Other Hooks Co")).orgId)).key;
});
afterAll(() => admin.end());

describe("webhook endpoints", () => {
  it("creates an endpoint whose secret is shown once, then updates, lists and deletes it", async () => {
    const created = await api<Endpoint>("/v1/webhook_endpoints", {
      auth: key,
      body: { url: "https://hooks.example.com/billing", description: "Backend", event_types: ["customer.created"] },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const read = await api<Endpoint>(`/v1/webhook_endpoints/${created.body.id}`, { auth: key });
    expect(read.body).not.toHaveProperty("secret");
    expect(read.body).toMatchObject({ url: "https://hooks.example.com/billing", enabled: true, event_types: ["customer.created"] });
    const updated = await api<Endpoint>(`/v1/webhook_endpoints/${created.body.id}`, {
      auth: key,
      body: { event_types: null, enabled: false },
    });
    expect(updated.body).toMatchObject({ event_types: null, enabled: false, disabled_reason: "manual" });
    const listed = await api<{ data: Endpoint[] }>("/v1/webhook_endpoints", { auth: key });
    expect(listed.body.data.map((endpoint) => endpoint.id)).toContain(created.body.id);
    expect(listed.body.data.every((endpoint) => !("secret" in endpoint))).toBe(true);
    // Other organisations and the other mode see nothing of it.
    expect((await api(`/v1/webhook_endpoints/${created.body.id}`, { auth: otherKey })).status).toBe(404);
    expect((await api(`/v1/webhook_endpoints/${created.body.id}`, { auth: liveKey })).status).toBe(404);
    expect((await api(`/v1/webhook_endpoints/${created.body.id}`, { auth: otherKey, method: "DELETE" })).status).toBe(404);
    expect((await api(`/v1/webhook_endpoints/${created.body.id}/rotate_secret`, { auth: otherKey, method: "POST" })).status).toBe(404);
    expect((await api<{ data: unknown[] }>("/v1/webhook_endpoints", { auth: otherKey })).body.data).toEqual([]);
    expect((await api(`/v1/webhook_endpoints/${created.body.id}`, { auth: key, method: "DELETE" })).status).toBe(200);
    expect((await api(`/v1/webhook_endpoints/${created.body.id}`, { auth: key })).status).toBe(404);
  });

  it("rotates the secret: the old one keeps signing for 24 hours", async () => {
    const created = await api<Endpoint>("/v1/webhook_endpoints", { auth: key, body: { url: "https://hooks.example.com/rotate" } });
    const rotated = await api<Endpoint>(`/v1/webhook_endpoints/${created.body.id}/rotate_secret`, { auth: key, method: "POST" });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    const overlap = (rotated.body.previous_secret_expires_at as number) - Math.floor(Date.now() / 1000);
    expect(overlap).toBeGreaterThan(24 * 3600 - 60);
    expect(overlap).toBeLessThanOrEqual(24 * 3600);
    const [row] = await admin`select previous_secret from webhook_endpoints where id = ${created.body.id}`;
    expect(row?.previous_secret).toBe(created.body.secret);
  });

  it("refuses unsafe URLs with 400 on url and writes nothing", async () => {
    const before = await endpointRows();
    for (const url of ["http://hooks.example.com/x", "https://169.254.169.254/latest", "https://0x7f.1/", "https://a@10.0.0.1/", "nope"]) {
      const refused = await api<Err>("/v1/webhook_endpoints", { auth: key, body: { url } });
      expect(refused.status, url).toBe(400);
      expect(refused.body.error.param).toBe("url");
      expect(refused.body.error.code).toMatch(/^url_/);
    }
    const ok = await api<Endpoint>("/v1/webhook_endpoints", { auth: key, body: { url: "https://hooks.example.com/ok" } });
    const moved = await api<Err>(`/v1/webhook_endpoints/${ok.body.id}`, { auth: key, body: { url: "https://[::ffff:127.0.0.1]/" } });
    expect(moved.status).toBe(400);
    expect(moved.body.error.param).toBe("url");
    expect((await api<Endpoint>(`/v1/webhook_endpoints/${ok.body.id}`, { auth: key })).body.url).toBe("https://hooks.example.com/ok");
    expect(await endpointRows()).toBe((before ?? 0) + 1);
    const badType = await api<Err>("/v1/webhook_endpoints", {
      auth: key,
      body: { url: "https://hooks.example.com/", event_types: ["nope"] },
    });
    expect(badType.status).toBe(400);
    expect(badType.body.error.param).toMatch(/^event_types/);
  });

  it("allows http://localhost in test mode only after the organisation's setting, never in live mode", async () => {
    const local = `${env.TEST_WEBHOOK_RECEIVER}/dev`;
    const refused = await api<Err>("/v1/webhook_endpoints", { auth: key, body: { url: local } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ param: "url" });
    const settings = await api("/v1/webhook_settings", { auth: key, body: { allow_local_test_urls: true } });
    expect(settings.body).toEqual({ object: "webhook_settings", allow_local_test_urls: true, event_types: [...EVENT_TYPES] });
    const read = await api<{ event_types: string[] }>("/v1/webhook_settings", { auth: key });
    expect(read.body.event_types).toContain("invoice.payment_failed");
    expect(read.body.event_types).toHaveLength(EVENT_TYPES.length);
    expect((await api("/v1/webhook_endpoints", { auth: key, body: { url: local } })).status).toBe(201);
    const live = await api<Err>("/v1/webhook_endpoints", { auth: liveKey, body: { url: local } });
    expect(live.status).toBe(400);
    expect(live.body.error.param).toBe("url");
    await api("/v1/webhook_settings", { auth: key, body: { allow_local_test_urls: false } });
  });
});
