import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../db/client";
import { adminSql, api, newApiKey, newOrganization, type TestUser } from "../../test/fixtures";
import { mailFor } from "../../test/mailbox";
import { deliverMessage } from "./deliver";
import { deliveryDeps } from "./runtime";

const admin = adminSql();
const sql = connect(env.HYPERDRIVE.connectionString);
let orgId: string;
let owner: TestUser;
let key: string;

type Received = { headers: Record<string, string>; body: string; at: number };
type Message = {
  id: string;
  status: string;
  attempts: number;
  attempt_log: Array<{ response_status: number | null; error: string | null; response_excerpt: string; latency_ms: number }>;
};

const receiver = (path: string) => `${env.TEST_WEBHOOK_RECEIVER}${path}`;
const behave = (path: string, behaviour: Record<string, unknown>) =>
  fetch(receiver(`/_control${path}`), { method: "POST", body: JSON.stringify(behaviour) });
const received = async (path: string): Promise<Received[]> => (await fetch(receiver(`/_received${path}`))).json();

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function endpoint(path: string, extra: Record<string, unknown> = {}) {
  const created = await api<{ id: string; secret: string }>("/v1/webhook_endpoints", {
    auth: key,
    body: { url: receiver(path), ...extra },
  });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  return created.body;
}

const messagesOf = (endpointId: string) =>
  admin<{ id: string; status: string; attempts: number; next_attempt_at: Date | null }[]>`
    select id, status, attempts, next_attempt_at from webhook_messages where endpoint_id = ${endpointId} order by created`;

/** Runs every due attempt of the endpoint at the simulated time `now`, as the queue would. */
async function runDue(endpointId: string, now: Date) {
  const due = await admin<{ id: string }[]>`
    select id from webhook_messages where endpoint_id = ${endpointId} and status = 'pending' and next_attempt_at <= ${now}`;
  const deps = { ...deliveryDeps(env), now: () => now };
  for (const { id } of due) await deliverMessage(sql, deps, { org: orgId, livemode: false, message: id });
  return due.length;
}

beforeAll(async () => {
  ({ orgId, owner } = await newOrganization("Delivery Co"));
  key = (await newApiKey(admin, orgId)).key;
  await api("/v1/webhook_settings", { auth: key, body: { allow_local_test_urls: true } });
});
afterAll(async () => {
  await sql.end();
  await admin.end();
});

describe("webhook delivery", () => {
  it("delivers an event through the queue, signed so the standardwebhooks library verifies it", async () => {
    const hook = await endpoint("/signed", { event_types: ["customer.created"] });
    const customer = await api<{ id: string }>("/v1/customers", { auth: key, body: { email: "signed@example.test" } });
    const [delivery] = await until(
      () => received("/signed"),
      (list) => list.length > 0,
    );
    expect(delivery).toBeDefined();
    const { headers, body } = delivery as Received;
    const verified = new Webhook(hook.secret).verify(body, headers) as { type: string; data: { object: { id: string } } };
    expect(verified).toMatchObject({ type: "customer.created", data: { object: { id: customer.body.id } } });
    expect(headers["webhook-id"]).toMatch(/^msg_/);
    // A changed body, another secret or a stale timestamp do not verify.
    expect(() => new Webhook(hook.secret).verify(body.replace(customer.body.id, "cus_other"), headers)).toThrow();
    expect(() => new Webhook(`whsec_${btoa("another secret of enough length")}`).verify(body, headers)).toThrow();
    const stale = { ...headers, "webhook-timestamp": String(Math.floor(Date.now() / 1000) - 600) };
    expect(() => new Webhook(hook.secret).verify(body, stale)).toThrow();
    const message = await until(
      () => api<Message>(`/v1/webhook_messages/${headers["webhook-id"]}`, { auth: key }),
      (response) => response.body.status === "succeeded",
    );
    expect(message.body).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(message.body.attempt_log[0]).toMatchObject({ response_status: 200, error: null, response_excerpt: "status 200" });
  });

  it("keeps every message through a day of 503s and delivers each once when the receiver is back", async () => {
    await behave("/down", { status: 503, body: "<b>down</b>\u0000" });
    const hook = await endpoint("/down", { event_types: ["customer.created"] });
    for (let index = 0; index < 3; index++) await api("/v1/customers", { auth: key, body: { email: `down${index}@example.test` } });
    // The queue makes the first attempts (503) right away.
    await until(
      () => messagesOf(hook.id),
      (rows) => rows.length === 3 && rows.every((row) => row.attempts >= 1),
    );
    const start = Date.now();
    for (let hour = 1; hour <= 24; hour++) await runDue(hook.id, new Date(start + hour * 3600_000));
    const down = await messagesOf(hook.id);
    expect(down.every((row) => row.status === "pending" && row.attempts >= 5)).toBe(true);
    const [failing] = await admin`select failing_since, enabled from webhook_endpoints where id = ${hook.id}`;
    expect(failing).toMatchObject({ enabled: true });
    expect(failing?.failing_since).toBeInstanceOf(Date);
    const log = await api<Message>(`/v1/webhook_messages/${down[0]?.id}`, { auth: key });
    expect(log.body.attempt_log[0]).toMatchObject({ response_status: 503, response_excerpt: "&#60;b&#62;down&#60;/b&#62;\\u0000" });

    await behave("/down", { status: 204 });
    for (let hour = 25; hour <= 40; hour++) await runDue(hook.id, new Date(start + hour * 3600_000));
    const back = await messagesOf(hook.id);
    expect(back.map((row) => row.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    const deliveries = await received("/down");
    for (const message of back) {
      const attempts = deliveries.filter((delivery) => delivery.headers["webhook-id"] === message.id);
      // The same webhook-id on every attempt; the receiver's log has it once per attempt, the last one answered 204.
      expect(attempts).toHaveLength(message.attempts);
      expect(new Set(attempts.map((delivery) => delivery.body)).size).toBe(1);
    }
    const [healthy] = await admin`select failing_since from webhook_endpoints where id = ${hook.id}`;
    expect(healthy?.failing_since).toBeNull();
  });

  it("treats 4xx, redirects and slow receivers as failures, without following the redirect", async () => {
    await behave("/gone", { status: 410 });
    await behave("/moved", { status: 302, location: receiver("/moved-target") });
    await behave("/slow", { status: 200, delayMs: 16_000 });
    const hooks = await Promise.all(["/gone", "/moved", "/slow"].map((path) => endpoint(path, { event_types: ["customer.created"] })));
    await api("/v1/customers", { auth: key, body: { email: "failures@example.test" } });
    // The slow receiver's attempt is started here unless the queue has started it already (one
    // claim wins): its 15 s wait then does not depend on when a loaded machine's local queue gets to it.
    const slow = hooks[2]?.id as string;
    await until(
      () => messagesOf(slow),
      (rows) => rows.length > 0,
    );
    await runDue(slow, new Date());
    const logs = await until(
      () => Promise.all(hooks.map(async (hook) => (await messagesOf(hook.id))[0])),
      (rows) => rows.every((row) => (row?.attempts ?? 0) >= 1),
      30_000,
    );
    const attempts = await Promise.all(logs.map((row) => api<Message>(`/v1/webhook_messages/${row?.id}`, { auth: key })));
    expect(attempts.map((message) => message.body.status)).toEqual(["pending", "pending", "pending"]);
    expect(attempts[0]?.body.attempt_log[0]).toMatchObject({ response_status: 410, error: null });
    expect(attempts[1]?.body.attempt_log[0]).toMatchObject({ response_status: 302, error: "redirect" });
    expect(attempts[2]?.body.attempt_log[0]).toMatchObject({ response_status: null, error: "timeout" });
    expect(attempts[2]?.body.attempt_log[0]?.latency_ms).toBeGreaterThanOrEqual(14_000);
    expect(await received("/moved-target")).toEqual([]);
    // Their retries would hold the local queue's consumer (one batch at a time) for the next tests.
    for (const hook of hooks) await api(`/v1/webhook_endpoints/${hook.id}`, { auth: key, method: "DELETE" });
  }, 60_000);

  it("signs with both secrets for 24 hours after a rotation, then with the new one only", async () => {
    const hook = await endpoint("/rotate", { event_types: ["customer.created"] });
    const rotated = await api<{ secret: string }>(`/v1/webhook_endpoints/${hook.id}/rotate_secret`, { auth: key, method: "POST" });
    await api("/v1/customers", { auth: key, body: { email: "rotate@example.test" } });
    const [delivery] = await until(
      () => received("/rotate"),
      (list) => list.length > 0,
    );
    const { headers, body } = delivery as Received;
    expect(headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(new Webhook(hook.secret).verify(body, headers)).toBeTruthy();
    expect(new Webhook(rotated.body.secret).verify(body, headers)).toBeTruthy();
    // A day and an hour later only the new secret signs.
    const [message] = await messagesOf(hook.id);
    await api(`/v1/webhook_messages/${message?.id}/retry`, { auth: key, method: "POST" });
    await admin`update webhook_endpoints set previous_secret_expires_at = now() - interval '1 hour' where id = ${hook.id}`;
    const later = await until(
      () => received("/rotate"),
      (list) => list.length > 1,
    );
    const last = later[later.length - 1] as Received;
    expect(last.headers["webhook-id"]).toBe(headers["webhook-id"]);
    expect(last.headers["webhook-signature"]?.split(" ")).toHaveLength(1);
    expect(new Webhook(rotated.body.secret).verify(last.body, last.headers)).toBeTruthy();
    expect(() => new Webhook(hook.secret).verify(last.body, last.headers)).toThrow();
  });

  it("refuses at send time an endpoint whose address became private, and sends nothing there", async () => {
    const hook = await endpoint("/ssrf", { event_types: ["customer.created"] });
    await admin`update webhook_endpoints set url = 'https://169.254.169.254/latest/meta-data' where id = ${hook.id}`;
    await api("/v1/customers", { auth: key, body: { email: "ssrf@example.test" } });
    const [row] = await until(
      () => messagesOf(hook.id),
      (rows) => (rows[0]?.attempts ?? 0) >= 1,
    );
    const message = await api<Message>(`/v1/webhook_messages/${row?.id}`, { auth: key });
    expect(message.body.attempt_log[0]).toMatchObject({ response_status: null, error: "refused_address", latency_ms: 0 });
  });

  it("disables an endpoint that failed for five days and e-mails the owner; replay sends the failed messages again", async () => {
    await behave("/dead", { status: 500 });
    const hook = await endpoint("/dead", { event_types: ["customer.created"] });
    await api("/v1/customers", { auth: key, body: { email: "dead@example.test" } });
    await until(
      () => messagesOf(hook.id),
      (rows) => (rows[0]?.attempts ?? 0) >= 1,
    );
    const start = Date.now();
    for (let hour = 1; hour <= 24 * 6; hour += 6) await runDue(hook.id, new Date(start + hour * 3600_000));
    const [row] = await messagesOf(hook.id);
    expect(row).toMatchObject({ status: "failed", attempts: 12 });
    // Five days of failures: the next failure disables it.
    await admin`update webhook_endpoints set failing_since = now() - interval '5 days 1 minute' where id = ${hook.id}`;
    await api(`/v1/webhook_messages/${row?.id}/retry`, { auth: key, method: "POST" });
    const disabled = await until(
      () => api<{ enabled: boolean; disabled_reason: string | null }>(`/v1/webhook_endpoints/${hook.id}`, { auth: key }),
      (response) => !response.body.enabled,
    );
    expect(disabled.body).toMatchObject({ enabled: false, disabled_reason: "failing" });
    const [mail] = await until(
      () => mailFor(owner.email),
      (mails) => mails.length > 0,
    );
    expect(mail?.subject).toBe("BillingOS disabled a failing webhook endpoint");
    expect(mail?.text).toContain(hook.id);

    await behave("/dead", { status: 200 });
    await api(`/v1/webhook_endpoints/${hook.id}`, { auth: key, body: { enabled: true } });
    const replay = await api<{ queued: number }>(`/v1/webhook_endpoints/${hook.id}/replay`, {
      auth: key,
      body: { since: Math.floor(start / 1000) - 60 },
    });
    expect(replay.body.queued).toBe(1);
    const [replayed] = await until(
      () => messagesOf(hook.id),
      (rows) => rows[0]?.status === "succeeded",
    );
    expect(replayed?.status).toBe("succeeded");
  }, 60_000);

  it("sends a test event on request", async () => {
    const hook = await endpoint("/test-event");
    const sent = await api<{ id: string; event_type: string }>(`/v1/webhook_endpoints/${hook.id}/send_test`, { auth: key, method: "POST" });
    expect(sent.body.event_type).toBe("webhook_endpoint.test");
    const [delivery] = await until(
      () => received("/test-event"),
      (list) => list.length > 0,
    );
    expect(new Webhook(hook.secret).verify(delivery?.body ?? "", delivery?.headers ?? {})).toMatchObject({
      type: "webhook_endpoint.test",
      data: { object: { id: hook.id } },
    });
  });
});
