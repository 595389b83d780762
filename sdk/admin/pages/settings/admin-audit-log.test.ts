import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, json, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminAuditLog } from "./admin-audit-log";

const entry = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  object: "audit_log_entry",
  livemode: false,
  actor: { type: "user", id: "user_1" },
  action: "billing_settings.updated",
  target: { type: "billing_settings", id: "org_acme" },
  before: { grace_period_days: 7 },
  after: { grace_period_days: 3 },
  request_id: "req_1",
  ip: null,
  created: 1_764_000_000,
  ...overrides,
});
const entries = [
  entry("aud_1"),
  entry("aud_2", { actor: { type: "api_key", id: "key_9" }, action: "customer.created", target: { type: "customer", id: "cus_1" } }),
  entry("aud_3", { actor: { type: "system", id: "billingos" }, action: "price.created", target: { type: "price", id: "price_1" } }),
  entry("aud_4", {
    before: { payout_schedule: { interval: "daily", delay_days: 2 } },
    after: { payout_schedule: { interval: "weekly", weekly_anchor: "friday", delay_days: 5, monthly_anchor: null } },
    actor: { type: "user", id: "user_gone" },
    action: "stripe_account.payout_schedule_changed",
    target: { type: "stripe_account", id: "acct_1" },
  }),
];
const members = {
  object: "list",
  data: [{ object: "member", user_id: "user_1", email: "owner@acme.test", name: "Ada Owner", role: "owner", created: 1 }],
  has_more: false,
};

async function mount(answers: Parameters<typeof fakeAdminApi>[0], role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi({ "GET /v1/members": { body: members }, ...answers });
  const page = await adminFixture<AdminAuditLog>(html`<billing-admin-audit-log></billing-admin-audit-log>`, testSession(api, { role }));
  const root = page.shadowRoot as ShadowRoot;
  const table = root.querySelector("billing-admin-table") as HTMLElement;
  const tableRoot = () => table.shadowRoot as ShadowRoot;
  const rows = () => [...tableRoot().querySelectorAll("tbody tr:not(.skeleton)")].map((tr) => tr.textContent?.replace(/\s+/g, " ").trim());
  const lists = () => api.requests.filter((r) => new URL(r.url).pathname === "/v1/audit_log").map((r) => new URL(r.url).searchParams);
  return { page, root, api, table, tableRoot, rows, lists };
}

describe("<billing-admin-audit-log>", () => {
  afterEach(() => history.replaceState(null, "", location.pathname));

  it("lists who did what to which record and when, with links to records the admin has a page for", async () => {
    const { page, tableRoot, rows } = await mount({ "GET /v1/audit_log": { body: { object: "list", data: entries, has_more: false } } });
    await waitUntil(() => rows().length === 4 && rows()[0]?.includes("Ada Owner"), "rows with names");
    await expect(page).to.be.accessible();
    expect(rows()[0]).to.include("Billing settings updated").and.include("billing_settings.updated").and.include("Ada Owner");
    expect(rows()[1])
      .to.include("API key key_9")
      .and.match(/Customer\s*cus_1/);
    expect(rows()[2])
      .to.include("BillingOS (automatic)")
      .and.match(/Price\s*price_1/);
    expect(rows()[3])
      .to.include("user_gone")
      .and.match(/payout_schedule\.\s*interval\s*:\s*daily\s*→\s*weekly/)
      .and.match(/weekly_anchor\s*:\s*—\s*→\s*friday/)
      .and.not.include("monthly_anchor")
      .and.not.include("more");
    expect(rows()[0]).to.match(/grace_period_days\s*:\s*7\s*→\s*3/);
    const links = [...tableRoot().querySelectorAll("tbody a")].map((a) => a.getAttribute("href"));
    expect(links).to.deep.equal(["/admin/settings/failed-payments", "/admin/customers/cus_1", "/admin/settings/stripe"]);
  });

  it("sends the filters from the address, and keeps a changed filter in the address from the first page", async () => {
    history.replaceState(null, "", `${location.pathname}?action=product.updated&actor=user_1`);
    const { root, lists } = await mount({ "GET /v1/audit_log": { body: { object: "list", data: [], has_more: false } } });
    await waitUntil(() => lists().length === 1, "first page");
    expect(lists()[0]?.get("action")).to.equal("product.updated");
    expect(lists()[0]?.get("actor_id")).to.equal("user_1");
    expect((root.querySelector("#filter-action") as HTMLInputElement).value).to.equal("product.updated");
    const record = root.querySelector("#filter-record") as HTMLInputElement;
    record.value = "cus_1";
    record.dispatchEvent(new Event("input"));
    const from = root.querySelector("#filter-from") as HTMLInputElement;
    from.value = "2026-01-02";
    from.dispatchEvent(new Event("change"));
    // Both changes land in one render: one reload with both.
    await waitUntil(() => lists().length === 2, "reloaded");
    const last = lists()[1] as URLSearchParams;
    expect(last.get("action")).to.equal("product.updated");
    expect(last.get("target_id")).to.equal("cus_1");
    expect(Number(last.get("created[gte]"))).to.equal(new Date(2026, 0, 2).getTime() / 1000);
    expect(last.has("starting_after")).to.equal(false);
    const address = new URLSearchParams(location.search);
    expect([address.get("action"), address.get("actor"), address.get("record"), address.get("from")]).to.deep.equal([
      "product.updated",
      "user_1",
      "cus_1",
      "2026-01-02",
    ]);
    expect(root.querySelector("billing-admin-table")?.getAttribute("empty-text")).to.equal("No entry matches these filters.");
    (root.querySelector(".reset") as HTMLButtonElement).click();
    await waitUntil(() => lists().length === 3, "cleared");
    expect([...(lists()[2] as URLSearchParams).keys()]).to.deep.equal(["limit"]);
    expect(location.search).to.equal("");
  });

  it("pages by cursor", async () => {
    const { tableRoot, rows, lists } = await mount({
      "GET /v1/audit_log": (request) =>
        new URL(request.url).searchParams.get("starting_after") === "aud_2"
          ? json(200, { object: "list", data: [entries[2], entries[3]], has_more: false })
          : json(200, { object: "list", data: [entries[0], entries[1]], has_more: true }),
    });
    await waitUntil(() => rows().length === 2, "first page");
    const next = [...tableRoot().querySelectorAll("button")].find((b) => b.textContent === "Next") as HTMLButtonElement;
    next.click();
    await waitUntil(() => rows()[0]?.includes("Price created"), "second page");
    expect(lists().at(-1)?.get("starting_after")).to.equal("aud_2");
  });

  it("shows the empty state", async () => {
    const { tableRoot } = await mount({ "GET /v1/audit_log": { body: { object: "list", data: [], has_more: false } } });
    await waitUntil(() => tableRoot().querySelector('[part="empty"]'), "empty");
    expect(tableRoot().textContent).to.include("No changes yet.");
  });

  it("shows the API's error with Try again", async () => {
    const { tableRoot } = await mount({
      "GET /v1/audit_log": apiError(400, "parameter_invalid", "Invalid action: must look like product.updated", "action"),
    });
    await waitUntil(() => tableRoot().querySelector('[part="error"]'), "error");
    expect(tableRoot().textContent).to.include("Invalid action: must look like product.updated");
    expect([...tableRoot().querySelectorAll("button")].some((b) => b.textContent === "Try again")).to.equal(true);
  });

  it("shows a viewer the log (every role may read it) with user ids when the members cannot be loaded", async () => {
    const { rows, root } = await mount(
      {
        "GET /v1/members": apiError(500, "internal_error", "Boom."),
        "GET /v1/audit_log": { body: { object: "list", data: [entries[0]], has_more: false } },
      },
      "viewer",
    );
    await waitUntil(() => rows().length === 1, "row");
    expect(rows()[0]).to.include("user_1");
    expect(root.querySelector('.settings-tabs a[aria-current="page"]')?.textContent).to.equal("Audit log");
  });

  it("scrolls the settings tabs to the current one on a narrow screen", async () => {
    const api = fakeAdminApi({
      "GET /v1/members": { body: members },
      "GET /v1/audit_log": { body: { object: "list", data: [], has_more: false } },
    });
    const page = await adminFixture<AdminAuditLog>(
      html`<billing-admin-audit-log style="display: block; width: 240px"></billing-admin-audit-log>`,
      testSession(api),
    );
    const strip = page.shadowRoot?.querySelector(".settings-tabs") as HTMLElement;
    await waitUntil(() => strip.scrollLeft > 0, "scrolled to the current tab");
    const current = (strip.querySelector('[aria-current="page"]') as HTMLElement).getBoundingClientRect();
    expect(current.right).to.be.at.most(strip.getBoundingClientRect().right);
  });
});
