import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import { answerConfirm } from "../../fixtures/confirm";
import "../../define";
import type { AdminTeam } from "./admin-team";

const XSS = `<img src=x onerror="window.__adminXss=1">`;
const member = (user_id: string, email: string, role: string, name: string | null = null) => ({
  object: "member",
  user_id,
  email,
  name,
  role,
  created: 1_764_000_000,
});
const answers = {
  "GET /v1/members": {
    body: {
      object: "list",
      data: [member("user_1", "owner@acme.test", "owner"), member("user_2", "ann@acme.test", "admin", XSS)],
      has_more: false,
    },
  },
  "GET /v1/invitations": {
    body: {
      object: "list",
      data: [
        {
          id: "inv_1",
          object: "invitation",
          email: "bob@acme.test",
          role: "viewer",
          status: "pending",
          expires_at: 1_765_000_000,
          created: 1,
        },
      ],
      has_more: false,
    },
  },
};
const button = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll("button")].find((b) => (b.getAttribute("aria-label") ?? b.textContent?.trim()) === label) as HTMLButtonElement;

async function mount(extra: Parameters<typeof fakeAdminApi>[0] = {}, role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi({ ...answers, ...extra });
  const page = await adminFixture<AdminTeam>(html`<billing-admin-team lang="en-US"></billing-admin-team>`, testSession(api, { role }));
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector("ul.people"), "team shown", { timeout: 5000 });
  return { page, root, api };
}

describe("<billing-admin-team>", () => {
  it("lists members (names as text) and pending invitations, accessibly", async () => {
    const { page, root } = await mount();
    expect(root.textContent).to.include("bob@acme.test");
    expect([...root.querySelectorAll("strong")].some((s) => s.textContent === XSS)).to.equal(true);
    expect(root.querySelector("img")).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it("invites by e-mail with a role, and shows the API's field error", async () => {
    const { root, api } = await mount({ "POST /v1/invitations": apiError(400, "parameter_invalid", "Not an e-mail address.", "email") });
    (root.querySelector('input[name="email"]') as HTMLInputElement).value = "nope";
    (root.querySelector('select[name="role"]') as HTMLSelectElement).value = "viewer";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#field-email-error"), "field error");
    expect(root.querySelector("#field-email-error")?.textContent).to.equal("Not an e-mail address.");
    expect(await api.requests.find((r) => r.method === "POST")?.json()).to.deep.equal({ email: "nope", role: "viewer" });
  });

  it("removes a member and transfers ownership only after confirmation", async () => {
    const { page, root, api } = await mount({
      "DELETE /v1/members/user_2": { body: { deleted: true } },
      "POST /v1/members/transfer_ownership": { body: {} },
    });
    button(root, "Remove ann@acme.test").click();
    await answerConfirm(page, "Cancel");
    expect(api.requests.some((r) => r.method === "DELETE")).to.equal(false);
    button(root, "Remove ann@acme.test").click();
    await answerConfirm(page, "Remove member");
    await waitUntil(() => api.requests.some((r) => r.method === "DELETE"), "removed");
    await waitUntil(() => button(root, "Make owner: ann@acme.test"), "list back");
    button(root, "Make owner: ann@acme.test").click();
    await answerConfirm(page, "Transfer ownership");
    await waitUntil(() => api.requests.some((r) => r.url.endsWith("transfer_ownership")), "transferred");
    expect(await api.requests.find((r) => r.url.endsWith("transfer_ownership"))?.json()).to.deep.equal({ user_id: "user_2" });
  });

  it("shows a viewer no write action", async () => {
    const { root } = await mount({}, "viewer");
    expect(root.querySelector("form")).to.equal(null);
    expect(root.querySelectorAll("button, select").length).to.equal(0);
  });
});
