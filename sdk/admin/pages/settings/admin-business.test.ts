import { expect, html, waitUntil } from "@open-wc/testing";
import { acme, adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminBusiness } from "./admin-business";

const XSS = `<img src=x onerror="window.__adminXss=1">`;

async function mount(answers: Parameters<typeof fakeAdminApi>[0], role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi({
    "GET /v1/organizations/org_acme": { body: { ...acme, legal_name: XSS, allowed_origins: ["https://acme.test"] } },
    ...answers,
  });
  const page = await adminFixture<AdminBusiness>(html`<billing-admin-business></billing-admin-business>`, testSession(api, { role }));
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector("form"), "form shown", { timeout: 5000 });
  return { page, root, api };
}

describe("<billing-admin-business>", () => {
  it("edits the details and allowed origins (one per line), accessibly, values as text", async () => {
    const { page, root, api } = await mount({ "POST /v1/organizations/org_acme": { body: acme } });
    expect((root.querySelector('input[name="legal_name"]') as HTMLInputElement).value).to.equal(XSS);
    expect(root.querySelector("img")).to.equal(null);
    await expect(page).to.be.accessible();
    (root.querySelector('textarea[name="allowed_origins"]') as HTMLTextAreaElement).value = "https://acme.test\n\n https://www.acme.test ";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.textContent?.includes("Saved."), "saved");
    const body = (await api.requests.find((r) => r.method === "POST")?.json()) as { allowed_origins: string[]; country: string };
    expect(body.allowed_origins).to.deep.equal(["https://acme.test", "https://www.acme.test"]);
    expect(body.country).to.equal("US");
  });

  it("shows the API's error under the origins field", async () => {
    const { root } = await mount({
      "POST /v1/organizations/org_acme": apiError(400, "parameter_invalid", "Origins look like https://example.com.", "allowed_origins"),
    });
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#field-allowed_origins-error"), "field error");
    expect(root.querySelector("#field-allowed_origins-error")?.textContent).to.equal("Origins look like https://example.com.");
  });

  it("shows a viewer the details read-only, with no Save", async () => {
    const { root } = await mount({}, "viewer");
    expect(root.querySelector("fieldset")?.disabled).to.equal(true);
    expect(root.querySelector("button")).to.equal(null);
  });
});
