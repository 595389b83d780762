import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { SupabaseClient } from "@supabase/supabase-js";
import { acme, fakeAdminApi, permissionsFor } from "../fixtures/admin-fixture";
import "../define";
import { adminPages } from "../pages/index";
import type { AdminPage } from "../pages/page";
import type { AdminApp } from "./admin-app";

type Listener = (event: string, session: { user: { id: string; email: string } } | null) => void;

/**
 * supabase-js's auth as the app uses it: the initial session (for a session restored from storage,
 * supabase-js then also says SIGNED_IN: `restored`), then whatever the test signs in or out.
 */
function fakeSupabase(signedIn: boolean, restored = false) {
  let listener: Listener = () => {};
  let session = signedIn ? { access_token: "token-1", user: { id: "user_1", email: "owner@acme.test" } } : null;
  const auth = {
    onAuthStateChange(callback: Listener) {
      listener = callback;
      setTimeout(() => listener("INITIAL_SESSION", session));
      if (restored) setTimeout(() => listener("SIGNED_IN", session));
      return { data: { subscription: { unsubscribe() {} } } };
    },
    getSession: async () => ({ data: { session } }),
    signOut: async () => {
      session = null;
      listener("SIGNED_OUT", null);
      return { error: null };
    },
  };
  return { auth } as unknown as SupabaseClient;
}

let start: string;
beforeEach(() => {
  start = location.href;
  localStorage.clear();
});
afterEach(() => history.replaceState(null, "", start));

async function mount(path: string, signedIn: boolean, answers: Parameters<typeof fakeAdminApi>[0], restored = false) {
  history.replaceState(null, "", path);
  const api = fakeAdminApi(answers);
  const app = await fixture<AdminApp>(html`<billing-admin-app .fetcher=${api.fetch}></billing-admin-app>`);
  app.supabase = fakeSupabase(signedIn, restored);
  const root = app.shadowRoot as ShadowRoot;
  return { app, root, api };
}
type Ready = Extract<AdminApp["phase"], { name: "ready" }>;
const organizations = (data: unknown[]) => ({ body: { object: "list", data, has_more: false } });

describe("<billing-admin-app>", () => {
  it("asks a signed-out visitor to sign in, keeping the address they came to", async () => {
    const { app, root } = await mount("/admin/customers/cus_1", false, {});
    await waitUntil(() => app.phase.name === "signed-out", "signed out");
    await app.updateComplete;
    expect(root.querySelector("billing-admin-sign-in")).to.not.equal(null);
    expect(location.pathname).to.equal("/admin/customers/cus_1");
  });

  it("opens the last organisation used in this browser, in the layout, acting with the user's token in it", async () => {
    localStorage.setItem("billingos.admin.org", "org_beta");
    const beta = { ...acme, id: "org_beta", name: "Beta" };
    const { app, api } = await mount("/admin/", true, { "GET /v1/organizations": organizations([acme, beta]) });
    await waitUntil(() => app.phase.name === "ready", "ready");
    const phase = app.phase as Extract<AdminApp["phase"], { name: "ready" }>;
    expect(phase.session.organization.id).to.equal("org_beta");
    expect(phase.session.mode).to.equal("test");
    const [listed] = api.requests;
    expect(listed?.headers.get("Authorization")).to.equal("Bearer token-1");
    expect(listed?.headers.has("BillingOS-Organization"), "listing organisations names none").to.equal(false);
    // Home's elements load on demand (pages/index.ts): the page follows once they are defined.
    await waitUntil(() => app.shadowRoot?.querySelector("billing-admin-layout billing-admin-home"), "home in the layout");
  });

  it("loads the organisations once for a session restored from storage (INITIAL_SESSION, then SIGNED_IN)", async () => {
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return new Response(JSON.stringify({ object: "list", data: [acme], has_more: false }), {
        headers: { "content-type": "application/json" },
      });
    };
    const { app, api } = await mount("/admin/", true, { "GET /v1/organizations": slow }, true);
    await waitUntil(() => app.phase.name === "ready", "ready");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(api.requests.filter((request) => request.url.endsWith("/v1/organizations")).length).to.equal(1);
  });

  it("asks someone without an organisation to create one", async () => {
    const { app, root } = await mount("/admin/", true, { "GET /v1/organizations": organizations([]) });
    await waitUntil(() => app.phase.name === "no-organization", "no organisation");
    await app.updateComplete;
    expect(root.querySelector("billing-admin-new-organization")).to.not.equal(null);
    expect(root.querySelector("billing-admin-layout")).to.equal(null);
  });

  it("says so, with a reload, when the organisations cannot be loaded", async () => {
    const { app, root } = await mount("/admin/", true, {});
    await waitUntil(() => app.phase.name === "failed", "failed");
    await app.updateComplete;
    expect(root.querySelector("[role=alert]")?.textContent).to.contain("The admin could not load your organizations.");
  });

  it("remembers the mode, and signs out to the sign-in page", async () => {
    const { app } = await mount("/admin/", true, { "GET /v1/organizations": organizations([acme]) });
    await waitUntil(() => app.phase.name === "ready", "ready");
    const phase = app.phase as Extract<AdminApp["phase"], { name: "ready" }>;
    phase.session.setMode("live");
    expect(localStorage.getItem("billingos.admin.mode")).to.equal("live");
    expect((app.phase as typeof phase).session.mode).to.equal("live");
    await app.supabase?.auth.signOut();
    await waitUntil(() => app.phase.name === "signed-out", "signed out");
  });

  it("opens the organisation and mode a link names, and keeps them in the address of every page", async () => {
    localStorage.setItem("billingos.admin.org", "org_acme");
    const beta = { ...acme, id: "org_beta", name: "Beta" };
    const { app } = await mount("/admin/customers?search=ada&org=org_beta&mode=live", true, {
      "GET /v1/organizations": organizations([acme, beta]),
    });
    await waitUntil(() => app.phase.name === "ready", "ready");
    const session = (app.phase as Ready).session;
    expect([session.organization.id, session.mode]).to.deep.equal(["org_beta", "live"]);
    expect(Object.fromEntries(new URLSearchParams(location.search))).to.deep.equal({ search: "ada", org: "org_beta", mode: "live" });
    session.navigate("/admin/subscriptions");
    await waitUntil(() => location.search !== "", "the scope written into the new entry");
    expect(`${location.pathname}${location.search}`).to.equal("/admin/subscriptions?org=org_beta&mode=live");
    expect([localStorage.getItem("billingos.admin.org"), localStorage.getItem("billingos.admin.mode")]).to.deep.equal(["org_beta", "live"]);
  });

  it("goes back to the mode an entry was seen in, and opens its own organisation for one the user is not in", async () => {
    const { app } = await mount("/admin/customers?org=org_other", true, { "GET /v1/organizations": organizations([acme]) });
    await waitUntil(() => app.phase.name === "ready", "ready");
    expect(location.search).to.equal("?org=org_acme&mode=test");
    (app.phase as Ready).session.navigate("/admin/subscriptions");
    await waitUntil(() => location.search !== "", "scope written");
    (app.phase as Ready).session.setMode("live");
    expect(location.search).to.equal("?org=org_acme&mode=live");
    history.back();
    await waitUntil(() => (app.phase as Ready).session.mode === "test", "back in test mode");
    expect(`${location.pathname}${location.search}`).to.equal("/admin/customers?org=org_acme&mode=test");
  });

  it("switches mode from a record's page to the other mode's list, and back returns to the record in its mode", async () => {
    const { app } = await mount("/admin/customers/cus_1", true, { "GET /v1/organizations": organizations([acme]) });
    await waitUntil(() => app.phase.name === "ready", "ready");
    (app.phase as Ready).session.setMode("live");
    await waitUntil(() => (app.phase as Ready).session.mode === "live", "live mode");
    expect(`${location.pathname}${location.search}`).to.equal("/admin/customers?org=org_acme&mode=live");
    history.back();
    await waitUntil(() => (app.phase as Ready).session.mode === "test", "back in test mode");
    expect(`${location.pathname}${location.search}`).to.equal("/admin/customers/cus_1?org=org_acme&mode=test");
    // The record page's own switch (after a 404) stays on the record.
    (app.phase as Ready).session.setMode("live", { stay: true });
    expect(`${location.pathname}${location.search}`).to.equal("/admin/customers/cus_1?org=org_acme&mode=live");
    // Pages that are not records stay where they are.
    (app.phase as Ready).session.navigate("/admin/products/new");
    await waitUntil(() => location.pathname === "/admin/products/new" && location.search !== "", "on the new product page");
    (app.phase as Ready).session.setMode("live");
    expect(`${location.pathname}${location.search}`).to.equal("/admin/products/new?org=org_acme&mode=live");
  });

  it("shows the new business name in the header and switcher as soon as Settings › Business saves it", async () => {
    const beta = { ...acme, id: "org_beta", name: "Beta" };
    const renamed = { ...acme, name: "Acme Renamed" };
    const { app, root, api } = await mount("/admin/settings", true, {
      "GET /v1/organizations": organizations([acme, beta]),
      "GET /v1/organizations/org_acme": { body: acme },
      "POST /v1/organizations/org_acme": { body: renamed },
    });
    await waitUntil(() => root.querySelector("billing-admin-business")?.shadowRoot?.querySelector("form"), "business form", {
      timeout: 5000,
    });
    const business = root.querySelector("billing-admin-business") as HTMLElement;
    const form = business.shadowRoot?.querySelector("form") as HTMLFormElement;
    (form.querySelector('input[name="name"]') as HTMLInputElement).value = "Acme Renamed";
    form.requestSubmit();
    await waitUntil(() => business.shadowRoot?.textContent?.includes("Saved."), "saved");
    const layout = root.querySelector("billing-admin-layout") as HTMLElement & { updateComplete: Promise<unknown> };
    await layout.updateComplete;
    const options = () => [...(layout.shadowRoot?.querySelectorAll(".org-select option") ?? [])].map((option) => option.textContent);
    expect(options().slice(0, 2)).to.deep.equal(["Acme Renamed", "Beta"]);
    const phase = app.phase as Extract<AdminApp["phase"], { name: "ready" }>;
    expect(phase.session.organization).to.include({ id: "org_acme", name: "Acme Renamed", role: "owner" });
    expect(phase.session.organizations.map((org) => org.name)).to.deep.equal(["Acme Renamed", "Beta"]);
    expect(root.querySelector("billing-admin-business"), "the page stays, with its Saved notice").to.equal(business);
    expect(api.requests.filter((request) => request.url.endsWith("/v1/organizations")).length, "no reload of the list").to.equal(1);
  });

  it("hides write actions by the permissions the API sent with the organisation, not by a copy of the role matrix", async () => {
    const readOnly = { ...acme, role: "owner" as const, permissions: permissionsFor("viewer") };
    const { app } = await mount("/admin/", true, { "GET /v1/organizations": organizations([readOnly]) });
    await waitUntil(() => app.phase.name === "ready", "ready");
    const session = (app.phase as Extract<AdminApp["phase"], { name: "ready" }>).session;
    expect(["catalogue", "organization", "team"].map((resource) => session.canWrite(resource as "catalogue"))).to.deep.equal([
      false,
      false,
      false,
    ]);
    session.organizationUpdated({ ...readOnly, permissions: [...permissionsFor("viewer"), "catalogue:write"] });
    const updated = (app.phase as Extract<AdminApp["phase"], { name: "ready" }>).session;
    expect([updated.canWrite("catalogue"), updated.canWrite("customers")]).to.deep.equal([true, false]);
  });

  it("hides every write action when the API sent no permissions", async () => {
    const { permissions: _, ...bare } = acme;
    const { app } = await mount("/admin/", true, { "GET /v1/organizations": organizations([bare]) });
    await waitUntil(() => app.phase.name === "ready", "ready");
    const session = (app.phase as Extract<AdminApp["phase"], { name: "ready" }>).session;
    expect(session.canWrite("catalogue")).to.equal(false);
  });

  it("says so, with a reload, when a page's own script (split off the first load) cannot be loaded", async () => {
    const fees = adminPages.find((page) => page.path === "fees") as AdminPage;
    const load = fees.load;
    let asked = 0;
    fees.load = () => {
      asked++;
      return Promise.reject(new TypeError("Failed to fetch dynamically imported module"));
    };
    try {
      const { app, root } = await mount("/admin/fees", true, { "GET /v1/organizations": organizations([acme]) });
      await waitUntil(() => app.phase.name === "ready" && root.querySelector("[role=alert]"), "the failed load said");
      const alert = root.querySelector("[role=alert]")?.textContent ?? "";
      expect(alert).to.contain("This page could not be loaded.");
      expect(alert).to.contain("Failed to fetch dynamically imported module");
      expect(root.querySelector("[role=alert] button")?.textContent).to.equal("Reload");
      expect(root.querySelector("billing-admin-fees")).to.equal(null);
      expect(asked).to.equal(1);
    } finally {
      fees.load = load;
    }
  });
});
