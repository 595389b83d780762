import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import { answerConfirm } from "../../fixtures/confirm";
import "../../define";
import type { AdminWebhook } from "./admin-webhook";
import type { AdminWebhooks } from "./admin-webhooks";

const XSS = `<img src=x onerror="window.__adminXss=1">`;
const endpoint = (overrides: Record<string, unknown> = {}) => ({
  id: "we_1",
  object: "webhook_endpoint",
  livemode: false,
  url: "https://acme.test/hooks",
  description: XSS,
  event_types: null,
  enabled: true,
  disabled_reason: null,
  failing_since: null,
  previous_secret_expires_at: null,
  created: 1_764_000_000,
  updated: 1_764_000_000,
  ...overrides,
});
const message = (overrides: Record<string, unknown> = {}) => ({
  id: "msg_1",
  object: "webhook_message",
  livemode: false,
  endpoint: "we_1",
  event: "evt_1",
  event_type: "invoice.paid",
  status: "failed",
  attempts: 3,
  next_attempt_at: null,
  created: 1_764_000_000,
  updated: 1_764_000_000,
  ...overrides,
});
const list = (data: unknown[]) => ({ body: { object: "list", data, has_more: false } });
const text = (root: ParentNode | null | undefined) => root?.textContent?.replace(/\s+/g, " ") ?? "";

async function mountEndpoint(extra: Parameters<typeof fakeAdminApi>[0] = {}, role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi({
    "GET /v1/webhook_endpoints/we_1": { body: endpoint() },
    "GET /v1/webhook_endpoints/we_1/messages": list([message()]),
    ...extra,
  });
  const page = await adminFixture<AdminWebhook>(
    html`<billing-admin-webhook lang="en-US" endpoint-id="we_1"></billing-admin-webhook>`,
    testSession(api, { role }),
  );
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector("billing-admin-table"), "endpoint shown", { timeout: 5000 });
  const table = root.querySelector("billing-admin-table") as HTMLElement;
  await waitUntil(() => text(table.shadowRoot).includes("invoice.paid"), "log shown", { timeout: 5000 });
  return { page, root, api, table };
}
const button = (root: ParentNode | null | undefined, name: string) =>
  [...(root?.querySelectorAll("button") ?? [])].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

describe("<billing-admin-webhooks>", () => {
  it("adds an endpoint and shows its signing secret once; the API's field error goes under the URL", async () => {
    let fail = true;
    const api = fakeAdminApi({
      "GET /v1/webhook_endpoints": list([]),
      "GET /v1/webhook_settings": { body: { object: "webhook_settings", allow_local_test_urls: false, event_types: ["invoice.paid"] } },
      "POST /v1/webhook_endpoints": (request) =>
        fail
          ? new Response(JSON.stringify(apiError(400, "url_invalid", "Use a public https URL.", "url").body), { status: 400 })
          : new Response(JSON.stringify({ ...endpoint(), secret: "whsec_SECRET" }), {
              status: 201,
              headers: { "content-type": request.headers.get("content-type") ?? "application/json" },
            }),
    });
    const page = await adminFixture<AdminWebhooks>(html`<billing-admin-webhooks></billing-admin-webhooks>`, testSession(api));
    const root = page.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('input[name="event_scope"]'), "event types shown", { timeout: 5000 });
    (root.querySelector('input[name="url"]') as HTMLInputElement).value = "http://example.com";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#field-url-error"), "field error");
    expect(root.querySelector("#field-url-error")?.textContent).to.equal("Use a public https URL.");
    fail = false;
    (root.querySelector('input[name="url"]') as HTMLInputElement).value = "https://acme.test/hooks";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("billing-admin-copy"), "secret shown");
    expect(root.querySelector("billing-admin-copy")?.value).to.equal("whsec_SECRET");
    await expect(page).to.be.accessible();
  });

  it("offers a viewer no form", async () => {
    const api = fakeAdminApi({ "GET /v1/webhook_endpoints": list([]) });
    const page = await adminFixture<AdminWebhooks>(
      html`<billing-admin-webhooks></billing-admin-webhooks>`,
      testSession(api, { role: "viewer" }),
    );
    expect(page.shadowRoot?.querySelector("form")).to.equal(null);
    expect(api.requests.some((r) => r.url.endsWith("/v1/webhook_settings"))).to.equal(false);
  });
});

describe("<billing-admin-webhook>", () => {
  it("shows the endpoint (description as text) and its delivery log, accessibly", async () => {
    const { page, root } = await mountEndpoint();
    expect(text(root)).to.include(XSS);
    expect(root.querySelector("img")).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it("sends a test event and retries a failed message", async () => {
    const { root, table, api } = await mountEndpoint({
      "POST /v1/webhook_endpoints/we_1/send_test": { body: message({ id: "msg_2", status: "pending" }) },
      "POST /v1/webhook_messages/msg_1/retry": { body: message({ status: "pending" }) },
    });
    button(root, "Send test event").click();
    await waitUntil(() => text(root).includes("Test event sent."), "sent");
    await waitUntil(() => button(table.shadowRoot, "Retry"), "log back");
    button(table.shadowRoot, "Retry").click();
    await waitUntil(() => api.requests.some((r) => r.url.endsWith("/webhook_messages/msg_1/retry")), "retried");
  });

  it("deletes and replays only after confirmation", async () => {
    const { page, root, api } = await mountEndpoint({
      "DELETE /v1/webhook_endpoints/we_1": { body: { id: "we_1", deleted: true } },
      "POST /v1/webhook_endpoints/we_1/replay": { body: { object: "webhook_replay", messages: 1 } },
    });
    button(root, "Delete").click();
    await answerConfirm(page, "Cancel");
    expect(api.requests.some((r) => r.method === "DELETE")).to.equal(false);
    button(root, "Replay").click();
    await answerConfirm(page, "Replay");
    await waitUntil(() => api.requests.some((r) => r.url.endsWith("/replay")), "replayed");
    const body = (await api.requests.find((r) => r.url.endsWith("/replay"))?.json()) as { since: number };
    expect(Math.abs(body.since - (Math.floor(Date.now() / 1000) - 3600))).to.be.below(5);
  });

  it("shows a viewer no action", async () => {
    const { root, table } = await mountEndpoint({}, "viewer");
    expect(root.querySelectorAll("button").length).to.equal(0);
    expect(button(table.shadowRoot, "Retry")).to.equal(undefined);
  });
});
