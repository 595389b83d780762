import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, type FakeAdminApi, fakeAdminApi, json, testSession } from "../../fixtures/admin-fixture";
import { answerConfirm } from "../../fixtures/confirm";
import "../../define";
import type { AdminWebhook } from "./admin-webhook";
import type { AdminWebhooks } from "./admin-webhooks";

const TYPES = ["customer.created", "customer.updated", "invoice.paid", "invoice.payment_failed", "connect.account.updated"];
const settings = { body: { object: "webhook_settings", allow_local_test_urls: false, event_types: TYPES } };
const endpoint = (overrides: Record<string, unknown> = {}) => ({
  id: "we_1",
  object: "webhook_endpoint",
  livemode: false,
  url: "https://acme.test/hooks",
  description: "Backend",
  event_types: ["invoice.paid"],
  enabled: true,
  disabled_reason: null,
  failing_since: null,
  previous_secret_expires_at: null,
  created: 1_764_000_000,
  updated: 1_764_000_000,
  ...overrides,
});
const list = (data: unknown[]) => ({ body: { object: "list", data, has_more: false } });
const text = (root: ParentNode | null | undefined) => root?.textContent?.replace(/\s+/g, " ") ?? "";
const button = (root: ParentNode | null | undefined, name: string) =>
  [...(root?.querySelectorAll("button") ?? [])].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
const posts = (api: FakeAdminApi, path: string) => api.requests.filter((r) => r.method === "POST" && new URL(r.url).pathname === path);
const tick = (root: ParentNode, value: string, checked = true) => {
  const box = root.querySelector(`input[value="${value}"]`) as HTMLInputElement;
  box.checked = checked;
};
const visible = (element: Element | null) => !!element && getComputedStyle(element).display !== "none";

describe("webhook event types", () => {
  it("adds an endpoint for all events, or for the types chosen in groups by object", async () => {
    const api = fakeAdminApi({
      "GET /v1/webhook_endpoints": list([]),
      "GET /v1/webhook_settings": settings,
      "POST /v1/webhook_endpoints": () => json(201, { ...endpoint(), secret: "whsec_NEW" }),
    });
    const page = await adminFixture<AdminWebhooks>(html`<billing-admin-webhooks></billing-admin-webhooks>`, testSession(api));
    const root = page.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('input[name="event_scope"]'), "event types shown", { timeout: 5000 });
    const legends = [...root.querySelectorAll("fieldset.group > legend")].map((legend) => legend.textContent?.trim());
    expect(legends).to.deep.equal(["Customer", "Invoice", "Connect account"]);
    expect(visible(root.querySelector(".groups")), "types hidden with all events").to.equal(false);
    await expect(page).to.be.accessible();

    (root.querySelector('input[name="url"]') as HTMLInputElement).value = "https://acme.test/all";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => posts(api, "/v1/webhook_endpoints").length === 1, "first sent");
    expect(await posts(api, "/v1/webhook_endpoints")[0]?.json()).to.deep.equal({ url: "https://acme.test/all", event_types: null });
    await waitUntil(() => root.querySelector("billing-admin-copy"), "secret shown");

    (root.querySelector('input[name="url"]') as HTMLInputElement).value = "https://acme.test/two";
    (root.querySelector('input[value="selected"]') as HTMLInputElement).click();
    expect(visible(root.querySelector(".groups")), "types shown once Selected").to.equal(true);
    tick(root, "customer.created");
    tick(root, "invoice.payment_failed");
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => posts(api, "/v1/webhook_endpoints").length === 2, "second sent");
    expect(await posts(api, "/v1/webhook_endpoints")[1]?.json()).to.deep.equal({
      url: "https://acme.test/two",
      event_types: ["customer.created", "invoice.payment_failed"],
    });
  });

  it("shows the API's error on event_types under the types", async () => {
    const api = fakeAdminApi({
      "GET /v1/webhook_endpoints": list([]),
      "GET /v1/webhook_settings": settings,
      "POST /v1/webhook_endpoints": apiError(400, "parameter_invalid", "Invalid event_types: choose at least one.", "event_types"),
    });
    const page = await adminFixture<AdminWebhooks>(html`<billing-admin-webhooks></billing-admin-webhooks>`, testSession(api));
    const root = page.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('input[name="event_scope"]'), "event types shown", { timeout: 5000 });
    (root.querySelector('input[name="url"]') as HTMLInputElement).value = "https://acme.test/none";
    (root.querySelector('input[value="selected"]') as HTMLInputElement).click();
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#event-types-error"), "error under the types");
    expect(root.querySelector("#event-types-error")?.textContent).to.equal("Invalid event_types: choose at least one.");
    expect(await posts(api, "/v1/webhook_endpoints")[0]?.json()).to.deep.equal({ url: "https://acme.test/none", event_types: [] });
    expect(root.querySelector("billing-admin-copy")).to.equal(null);
  });
});

async function mountEndpoint(extra: Parameters<typeof fakeAdminApi>[0] = {}, role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi({
    "GET /v1/webhook_endpoints/we_1": { body: endpoint() },
    "GET /v1/webhook_endpoints/we_1/messages": list([]),
    "GET /v1/webhook_settings": settings,
    ...extra,
  });
  const page = await adminFixture<AdminWebhook>(
    html`<billing-admin-webhook lang="en-US" endpoint-id="we_1"></billing-admin-webhook>`,
    testSession(api, { role }),
  );
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector("billing-admin-table"), "endpoint shown", { timeout: 5000 });
  return { page, root, api };
}

describe("<billing-admin-webhook> editing and secret rotation", () => {
  it("edits the URL, description and event types; a field error goes under the URL", async () => {
    let fail = true;
    const { root, api } = await mountEndpoint({
      "POST /v1/webhook_endpoints/we_1": () =>
        fail
          ? json(400, apiError(400, "url_https_required", "The webhook URL must use https.", "url").body)
          : json(200, endpoint({ url: "https://acme.test/v2", event_types: null })),
    });
    expect(text(root)).to.include("invoice.paid");
    button(root, "Edit")?.click();
    const edit = await waitUntil(() => root.querySelector("billing-admin-webhook-edit"), "edit form").then(
      () => root.querySelector("billing-admin-webhook-edit") as HTMLElement,
    );
    const form = () => edit.shadowRoot as ShadowRoot;
    await waitUntil(() => form().querySelector('input[value="invoice.paid"]'), "types shown", { timeout: 5000 });
    expect((form().querySelector('input[value="selected"]') as HTMLInputElement).checked).to.equal(true);
    expect((form().querySelector('input[value="invoice.paid"]') as HTMLInputElement).checked).to.equal(true);
    (form().querySelector('input[name="url"]') as HTMLInputElement).value = "http://acme.test/v2";
    form().querySelector("form")?.requestSubmit();
    await waitUntil(() => form().querySelector("#field-url-error"), "url error");
    expect(form().querySelector("#field-url-error")?.textContent).to.equal("The webhook URL must use https.");

    fail = false;
    (form().querySelector('input[name="url"]') as HTMLInputElement).value = "https://acme.test/v2";
    (form().querySelector('input[name="description"]') as HTMLInputElement).value = "";
    tick(form(), "connect.account.updated");
    form().querySelector("form")?.requestSubmit();
    await waitUntil(() => text(root).includes("Endpoint saved."), "saved");
    expect(await posts(api, "/v1/webhook_endpoints/we_1")[1]?.json()).to.deep.equal({
      url: "https://acme.test/v2",
      description: null,
      event_types: ["invoice.paid", "connect.account.updated"],
    });
    expect(root.querySelector("billing-admin-webhook-edit")).to.equal(null);
  });

  it("rotates the secret only after confirmation, shows the new one once, with the old one's expiry", async () => {
    const expires = Math.floor(Date.now() / 1000) + 86_400;
    const { page, root, api } = await mountEndpoint({
      "POST /v1/webhook_endpoints/we_1/rotate_secret": { body: endpoint({ secret: "whsec_ROTATED", previous_secret_expires_at: expires }) },
    });
    button(root, "Rotate secret")?.click();
    expect(await answerConfirm(page, "Cancel")).to.equal("Rotate the signing secret?");
    expect(posts(api, "/v1/webhook_endpoints/we_1/rotate_secret")).to.have.length(0);
    button(root, "Rotate secret")?.click();
    await answerConfirm(page, "Rotate secret");
    await waitUntil(() => root.querySelector("billing-admin-copy"), "new secret shown");
    expect(root.querySelector("billing-admin-copy")?.value).to.equal("whsec_ROTATED");
    expect(text(root)).to.include("The previous secret also signs deliveries until");
    expect(posts(api, "/v1/webhook_endpoints/we_1/rotate_secret")).to.have.length(1);
    await expect(page).to.be.accessible();
    button(root, "Done")?.click();
    await page.updateComplete;
    expect(root.querySelector("billing-admin-copy")).to.equal(null);
    expect(text(root)).to.not.include("whsec_ROTATED");
  });

  it("shows the endpoint's previous secret's expiry, and a viewer neither Edit nor Rotate", async () => {
    const expires = Math.floor(Date.now() / 1000) + 3600;
    const { root } = await mountEndpoint(
      { "GET /v1/webhook_endpoints/we_1": { body: endpoint({ previous_secret_expires_at: expires }) } },
      "viewer",
    );
    expect(text(root)).to.include("Previous secret");
    expect(button(root, "Edit")).to.equal(undefined);
    expect(button(root, "Rotate secret")).to.equal(undefined);
  });
});
