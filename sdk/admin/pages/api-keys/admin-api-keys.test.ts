import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, json, testSession } from "../../fixtures/admin-fixture";
import { answerConfirm } from "../../fixtures/confirm";
import "../../define";
import type { AdminApiKeys } from "./admin-api-keys";

const XSS = `<img src=x onerror="window.__adminXss=1">`;
const key = (overrides: Record<string, unknown> = {}) => ({
  id: "key_1",
  object: "api_key",
  livemode: false,
  type: "secret",
  name: "Server",
  redacted: "sk_test_…4f2a",
  scopes: null,
  status: "active",
  expires_at: null,
  last_used_at: null,
  created: 1_764_000_000,
  ...overrides,
});
const list = (data: unknown[]) => ({ body: { object: "list", data, has_more: false } });

async function mount(answers: Parameters<typeof fakeAdminApi>[0], role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi(answers);
  const page = await adminFixture<AdminApiKeys>(
    html`<billing-admin-api-keys lang="en-US"></billing-admin-api-keys>`,
    testSession(api, { role }),
  );
  const root = page.shadowRoot as ShadowRoot;
  return { page, root, api };
}
const text = (root: ShadowRoot) => root.textContent?.replace(/\s+/g, " ") ?? "";
const button = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll("button")].find((b) => (b.getAttribute("aria-label") ?? b.textContent?.trim()) === label) as HTMLButtonElement;

describe("<billing-admin-api-keys>", () => {
  it("lists the mode's keys redacted, accessibly, with a key name as text (never markup)", async () => {
    const { page, root } = await mount({ "GET /v1/api_keys": list([key({ name: XSS })]) });
    await waitUntil(() => root.querySelector("ul.keys"), "keys listed");
    expect(text(root)).to.include("sk_test_…4f2a");
    expect(root.querySelector("ul.keys strong")?.textContent).to.equal(XSS);
    expect(root.querySelector("img")).to.equal(null);
    expect((window as { __adminXss?: number }).__adminXss).to.equal(undefined);
    await expect(page).to.be.accessible();
  });

  it("says when there is no key, and offers a retry when the list fails", async () => {
    let fail = true;
    const { root } = await mount({
      "GET /v1/api_keys": () => (fail ? json(500, apiError(500, "api_error", "Database unavailable.").body) : json(200, list([]).body)),
    });
    await waitUntil(() => text(root).includes("Database unavailable."), "error shown", { timeout: 5000 });
    fail = false;
    button(root, "Try again").click();
    await waitUntil(() => text(root).includes("No keys in test mode yet."), "empty state");
  });

  it("creates a key and shows its full value once, with Copy", async () => {
    const { root, api } = await mount({
      "GET /v1/api_keys": list([]),
      "POST /v1/api_keys": { status: 201, body: { ...key({ name: "CI" }), secret: "sk_test_FULLSECRET" } },
    });
    await waitUntil(() => root.querySelector("form"), "form shown");
    (root.querySelector('input[name="name"]') as HTMLInputElement).value = "CI";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("billing-admin-copy"), "secret shown");
    expect(root.querySelector("billing-admin-copy")?.value).to.equal("sk_test_FULLSECRET");
    const sent = api.requests.find((r) => r.method === "POST");
    expect(await sent?.json()).to.deep.equal({ type: "secret", name: "CI" });
    button(root, "Done").click();
    await waitUntil(() => !root.querySelector("billing-admin-copy"), "secret hidden for good");
  });

  it("shows the API's field error under the field its param names", async () => {
    const { root } = await mount({
      "GET /v1/api_keys": list([]),
      "POST /v1/api_keys": apiError(400, "parameter_invalid", "Name is too long.", "name"),
    });
    await waitUntil(() => root.querySelector("form"), "form shown");
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector(".field-error"), "field error");
    expect(root.querySelector(".field-error")?.textContent).to.equal("Name is too long.");
    expect(root.querySelector('input[name="name"]')?.getAttribute("aria-invalid")).to.equal("true");
  });

  it("rolls after confirmation with the chosen grace period, and shows the new key", async () => {
    const { page, root, api } = await mount({
      "GET /v1/api_keys": list([key()]),
      "POST /v1/api_keys/key_1/roll": { body: { ...key({ id: "key_2" }), secret: "sk_test_ROLLED" } },
    });
    await waitUntil(() => root.querySelector("ul.keys"), "keys listed");
    (root.querySelector("select#roll-key_1") as HTMLSelectElement).value = "86400";
    button(root, "Roll Server").click();
    expect(await answerConfirm(page, "Roll key")).to.equal("Roll Server?");
    await waitUntil(() => root.querySelector("billing-admin-copy"), "new secret shown");
    expect(root.querySelector("billing-admin-copy")?.value).to.equal("sk_test_ROLLED");
    expect(await api.requests.find((r) => r.url.endsWith("/roll"))?.json()).to.deep.equal({ expires_in: 86400 });
  });

  it("revokes only when confirmed", async () => {
    const { page, root, api } = await mount({
      "GET /v1/api_keys": list([key()]),
      "POST /v1/api_keys/key_1/revoke": { body: key({ status: "revoked" }) },
    });
    await waitUntil(() => root.querySelector("ul.keys"), "keys listed");
    button(root, "Revoke Server").click();
    await answerConfirm(page, "Cancel");
    await page.updateComplete;
    expect(api.requests.some((r) => r.url.endsWith("/revoke"))).to.equal(false);
    button(root, "Revoke Server").click();
    await answerConfirm(page, "Revoke key");
    await waitUntil(() => api.requests.some((r) => r.url.endsWith("/revoke")), "revoked");
  });

  it("shows a viewer no write action", async () => {
    const { root } = await mount({ "GET /v1/api_keys": list([key()]) }, "viewer");
    await waitUntil(() => root.querySelector("ul.keys"), "keys listed");
    expect(root.querySelector("form")).to.equal(null);
    expect(button(root, "Roll Server")).to.equal(undefined);
    expect(button(root, "Revoke Server")).to.equal(undefined);
  });
});
