import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, json, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminOnboarding } from "./admin-onboarding";

const account = (charges: boolean) => ({ object: "connect_account", id: "acct_1", charges_enabled: charges, livemode: false });

/** Answers /v1/connect/account per mode, as the API does (404 before an account exists). */
function stripeByMode(test: boolean | null, live: boolean | null) {
  return (request: Request) => {
    const connected = request.headers.get("BillingOS-Mode") === "live" ? live : test;
    return connected === null ? json(404, apiError(404, "resource_missing", "No Stripe account yet.").body) : json(200, account(connected));
  };
}

async function mount(answers: Parameters<typeof fakeAdminApi>[0], role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi(answers);
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

describe("<billing-admin-onboarding>", () => {
  it("ticks each step from the organisation's real state, in both modes", async () => {
    const { element, root, api } = await mount({
      "GET /v1/connect/account": stripeByMode(true, null),
      "GET /v1/products": { body: { object: "list", data: [{ id: "prod_1" }], has_more: true } },
    });
    expect(steps(root)).to.deep.equal(["✓ Connect Stripe (done)", "✓ Create a product (done)", "○ Go live (to do)"]);
    expect(root.querySelector(".progress")?.textContent).to.equal("2 of 3 done");
    const modes = api.requests.filter((r) => r.url.includes("/connect/account")).map((r) => r.headers.get("BillingOS-Mode"));
    expect(modes.sort()).to.deep.equal(["live", "test"]);
    expect(api.requests.every((r) => r.headers.get("BillingOS-Organization") === "org_acme")).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it("offers Stripe's onboarding to people who may change the organisation, and nothing to a viewer", async () => {
    const answers = {
      "GET /v1/connect/account": stripeByMode(null, null),
      "GET /v1/products": { body: { object: "list", data: [], has_more: false } },
    };
    const owner = await mount(answers);
    expect(steps(owner.root)).to.deep.equal(["○ Connect Stripe (to do)", "○ Create a product (to do)", "○ Go live (to do)"]);
    expect([...owner.root.querySelectorAll("li button")].map((b) => b.textContent?.trim())).to.deep.equal([
      "Connect Stripe",
      "Start live onboarding",
    ]);
    const viewer = await mount(answers, "viewer");
    expect(viewer.root.querySelectorAll("button").length).to.equal(0);
  });

  it("disappears once every step is done", async () => {
    const { root } = await mount({
      "GET /v1/connect/account": stripeByMode(true, true),
      "GET /v1/products": { body: { object: "list", data: [{ id: "prod_1" }], has_more: false } },
    });
    expect(root.querySelector("section")).to.equal(null);
  });

  it("shows the API's error with a retry", async () => {
    const { root } = await mount({
      "GET /v1/connect/account": apiError(500, "api_error", "Stripe is unavailable."),
      "GET /v1/products": { body: { object: "list", data: [], has_more: false } },
    });
    expect(root.querySelector("[role=alert]")?.textContent).to.contain("The Stripe account could not be read (500).");
    expect(root.querySelector("[role=alert] button")?.textContent?.trim()).to.equal("Try again");
  });
});
