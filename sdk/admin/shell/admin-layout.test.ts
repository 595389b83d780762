import { expect, html, waitUntil } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { acme, adminFixture, fakeAdminApi, testSession } from "../fixtures/admin-fixture";
import "../define";
import type { AdminLayout } from "./admin-layout";

const beta = { ...acme, id: "org_beta", name: `<img src=x onerror="window.__adminXss=1"> Beta`, role: "viewer" as const };

async function mount(overrides: Parameters<typeof testSession>[1] = {}) {
  const session = testSession(fakeAdminApi({}), { organizations: [acme, beta], ...overrides });
  const layout = await adminFixture<AdminLayout>(
    html`<billing-admin-layout .path=${"/admin/"}><p>Page content</p></billing-admin-layout>`,
    session,
  );
  return { layout, session, root: layout.shadowRoot as ShadowRoot };
}

describe("<billing-admin-layout>", () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it("is accessible: main navigation, header controls and the page in <main>", async () => {
    const { layout, root } = await mount();
    await expect(layout).to.be.accessible();
    expect(root.querySelector("nav")?.getAttribute("aria-label")).to.equal("Main");
    expect(root.querySelector("nav a[aria-current=page]")?.textContent?.trim()).to.equal("Home");
    expect(root.querySelector("main slot")).to.not.equal(null);
  });

  it("shows the test/live switch with the test banner in test mode, and switches mode", async () => {
    const { root, session } = await mount();
    const toggle = root.querySelector("[role=switch]") as HTMLButtonElement;
    expect(toggle.getAttribute("aria-checked")).to.equal("true");
    expect(root.querySelector("[part=test-banner]")?.textContent).to.equal("Test mode: you are viewing test data.");
    toggle.click();
    expect(session.calls).to.deep.equal(["mode live"]);
    const live = await mount({ mode: "live" });
    expect(live.root.querySelector("[role=switch]")?.getAttribute("aria-checked")).to.equal("false");
    expect(live.root.querySelector("[part=test-banner]")).to.equal(null);
  });

  it("switches organisation (names as text), or goes to create one", async () => {
    const { root, session } = await mount();
    const select = root.querySelector("select[aria-label=Organization]") as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(["Acme Cloud", beta.name, "＋ New organization…"]);
    expect(root.querySelector("img")).to.equal(null);
    select.value = "org_beta";
    select.dispatchEvent(new Event("change"));
    await waitUntil(() => session.calls.length === 2);
    expect(session.calls).to.deep.equal(["organization org_beta", "navigate /admin/"]);
    select.value = "__new__";
    select.dispatchEvent(new Event("change"));
    expect(session.calls.at(-1)).to.equal("navigate /admin/organizations/new");
    expect(select.value, "the switcher keeps showing the current organisation").to.equal("org_acme");
  });

  it("puts the navigation in a drawer under 900 px: a Menu button opens it and Escape closes it", async () => {
    await setViewport({ width: 375, height: 800 });
    const { layout, root } = await mount();
    const toggle = root.querySelector(".nav-toggle") as HTMLButtonElement;
    const nav = root.querySelector("nav") as HTMLElement;
    expect(getComputedStyle(toggle).display).to.not.equal("none");
    expect(toggle.getAttribute("aria-expanded")).to.equal("false");
    toggle.click();
    await layout.updateComplete;
    expect(toggle.getAttribute("aria-expanded")).to.equal("true");
    expect(nav.classList.contains("open")).to.equal(true);
    await expect(layout).to.be.accessible();
    root.querySelector("nav a")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
    await layout.updateComplete;
    expect(nav.classList.contains("open")).to.equal(false);
    expect(layout.scrollWidth).to.be.at.most(375);
  });

  it("offers a skip link to the page, and moves focus to the page after a client-side navigation", async () => {
    const { layout, root } = await mount();
    const main = root.querySelector("main") as HTMLElement;
    (root.querySelector("button.skip") as HTMLButtonElement).click();
    expect(root.activeElement).to.equal(main);
    (root.querySelector("nav a") as HTMLElement).focus();
    layout.path = "/admin/customers";
    await layout.updateComplete;
    expect(root.activeElement).to.equal(main);
  });

  it("offers appearance and sign out in the user menu, which Escape and an outside click close", async () => {
    const { root, session } = await mount();
    const menu = root.querySelector("details.user") as HTMLDetailsElement;
    menu.open = true;
    menu.querySelector("input")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
    expect(menu.open).to.equal(false);
    expect(root.activeElement).to.equal(menu.querySelector("summary"));
    menu.open = true;
    document.body.click();
    expect(menu.open).to.equal(false);
    expect(root.querySelector("summary")?.getAttribute("aria-label")).to.equal("Account: owner@acme.test");
    (root.querySelector("input[value=dark]") as HTMLInputElement).click();
    expect(session.calls).to.deep.equal(["theme dark"]);
  });
});
