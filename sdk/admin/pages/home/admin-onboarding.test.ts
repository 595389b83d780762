import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminOnboarding } from "./admin-onboarding";

/** The API's answer for GET /v1/organization/onboarding. */
function onboarding(done: { stripe?: boolean; product?: boolean; embed?: string; liveCharges?: boolean; liveKey?: boolean }) {
  const live = Boolean(done.liveCharges && done.liveKey);
  const steps = {
    connect_stripe: { done: Boolean(done.stripe), account: done.stripe ? "acct_1" : null, charges_enabled: Boolean(done.stripe) },
    create_product: { done: Boolean(done.product) },
    embed_snippet: { done: Boolean(done.embed), first_used: done.embed ? 1_764_000_000 : null, origin: done.embed ?? null },
    go_live: { done: live, charges_enabled: Boolean(done.liveCharges), live_api_key: Boolean(done.liveKey) },
  };
  return { body: { object: "organization_onboarding", steps, completed: Object.values(steps).every((s) => s.done) } };
}

async function mount(answer: ReturnType<typeof onboarding> | ReturnType<typeof apiError>, role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi({ "GET /v1/organization/onboarding": answer });
  const element = await adminFixture<AdminOnboarding>(
    html`<billing-admin-onboarding></billing-admin-onboarding>`,
    testSession(api, { role }),
  );
  const root = element.shadowRoot as ShadowRoot;
  await waitUntil(() => !root.querySelector("[aria-busy=true]"), "the checklist settled");
  return { element, root, api };
}
const steps = (root: ShadowRoot) =>
  [...root.querySelectorAll("li")].map((li) => `${li.classList.contains("done") ? "✓" : "○"} ${li.querySelector(".title")?.textContent}`);
const buttons = (root: ShadowRoot) => [...root.querySelectorAll("li button")].map((b) => b.textContent?.trim());

describe("<billing-admin-onboarding>", () => {
  it("ticks each step from the organisation's real state", async () => {
    const { element, root, api } = await mount(onboarding({ stripe: true, product: true, embed: "https://acme.test" }));
    expect(steps(root)).to.deep.equal([
      "✓ Connect Stripe (done)",
      "✓ Create a product (done)",
      "✓ Add the embed snippet to your site (done)",
      "○ Go live (to do)",
    ]);
    expect(root.querySelector(".progress")?.textContent).to.equal("3 of 4 done");
    expect([...root.querySelectorAll(".description")].map((p) => p.textContent)[2]).to.equal("First used from https://acme.test.");
    expect(api.requests.map((r) => r.headers.get("BillingOS-Organization"))).to.deep.equal(["org_acme"]);
    await expect(element).to.be.accessible();
  });

  it("offers Stripe's onboarding to people who may change the organisation, and nothing to a viewer", async () => {
    const owner = await mount(onboarding({}));
    expect(steps(owner.root).every((step) => step.startsWith("○"))).to.equal(true);
    expect(buttons(owner.root)).to.deep.equal(["Connect Stripe", "Start live onboarding"]);
    const viewer = await mount(onboarding({}), "viewer");
    expect(viewer.root.querySelectorAll("button").length).to.equal(0);
  });

  it("stops offering live onboarding once live charges are on, until a live key exists", async () => {
    const { root } = await mount(onboarding({ stripe: true, product: true, liveCharges: true }));
    expect(steps(root).at(-1)).to.equal("○ Go live (to do)");
    expect(buttons(root)).to.deep.equal([]);
  });

  it("disappears once every step is done", async () => {
    const { root } = await mount(onboarding({ stripe: true, product: true, embed: "https://acme.test", liveCharges: true, liveKey: true }));
    expect(root.querySelector("section")).to.equal(null);
  });

  it("shows the API's error with a retry", async () => {
    const { root } = await mount(apiError(500, "api_error", "The database is unavailable."));
    expect(root.querySelector("[role=alert]")?.textContent).to.contain("The database is unavailable.");
    expect(root.querySelector("[role=alert] button")?.textContent?.trim()).to.equal("Try again");
  });
});
