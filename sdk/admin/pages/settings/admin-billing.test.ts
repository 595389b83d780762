import { expect, html, waitUntil } from "@open-wc/testing";
import { fakePortalApi } from "../../../fixtures/fake-portal-api";
import { acme, adminFixture, apiError, fakeAdminApi, json, testSession } from "../../fixtures/admin-fixture";
import type { Organization } from "../../session/admin-api";
import "../../define";
import type { AdminBilling } from "./admin-billing";

const PLATFORM_KEY = "pk_test_platformKey";
const growth: Organization = {
  ...acme,
  billing_tier: "growth",
  transaction_fee: { ...acme.transaction_fee, basis_points: 0, fixed_amount: 0 },
};
const billingSession = (token = "cst_platformSession") => ({
  status: 201,
  body: {
    object: "platform_billing_session",
    organization: "org_acme",
    billing_tier: "standard",
    platform: { organization: "org_billingosPlatform", livemode: false, publishable_key: PLATFORM_KEY },
    customer: "cus_1",
    token,
    expires_at: Math.floor(Date.now() / 1000) + 900,
  },
});

/** The platform's API, which the page's BillingClient reaches with global fetch: what it was asked, and with which credential. */
let platformCalls: Array<{ path: string; auth: string | null }>;
const realFetch = globalThis.fetch;
beforeEach(() => {
  const portal = fakePortalApi({ subscriptions: [], cards: [], invoices: [] });
  platformCalls = [];
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    platformCalls.push({ path: new URL(request.url).pathname, auth: request.headers.get("Authorization") });
    return portal.fetch(request);
  };
});
afterEach(() => {
  globalThis.fetch = realFetch;
  document.querySelector("body > billing-provider[data-admin-checkout]")?.remove();
});

async function mount(answers: Parameters<typeof fakeAdminApi>[0], role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi({
    "GET /v1/organizations/org_acme": { body: acme },
    "POST /v1/organization/billing_session": billingSession(),
    ...answers,
  });
  const page = await adminFixture<AdminBilling>(html`<billing-admin-billing></billing-admin-billing>`, testSession(api, { role }));
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector("#plan-heading"), "the plan shown", { timeout: 5000 });
  return { page, root, api };
}

const text = (root: ShadowRoot) => root.textContent?.replace(/\s+/g, " ") ?? "";
const sessionRequests = (api: ReturnType<typeof fakeAdminApi>) =>
  api.requests.filter((r) => r.method === "POST" && r.url.endsWith("/v1/organization/billing_session"));

describe("<billing-admin-billing>", () => {
  it("shows the Standard tier with its fee, then BillingOS's plans and portal through a platform session", async () => {
    const { page, root, api } = await mount({});
    expect(root.querySelector("#plan-heading")?.textContent).to.equal("Standard");
    expect(text(root)).to.include("BillingOS takes 0.5% + $0.30 of each payment in USD");
    expect(text(root)).to.include("A paid plan below replaces that fee.");
    await waitUntil(() => root.querySelector("billing-provider billing-pricing-table"), "the platform's pricing table");
    expect(root.querySelector("billing-provider billing-portal")).to.not.equal(null);
    expect(root.querySelector('a[href="/admin/settings/billing"]')?.getAttribute("aria-current")).to.equal("page");
    await waitUntil(() => platformCalls.some((call) => call.path === "/v1/subscriptions"), "the portal reads the subscriptions");
    // Pricing with the platform's publishable key, the merchant's own state with the session: never a merchant key.
    expect(platformCalls.find((call) => call.path === "/v1/pricing")?.auth).to.equal(`Bearer ${PLATFORM_KEY}`);
    expect(platformCalls.find((call) => call.path === "/v1/subscriptions")?.auth).to.equal("Bearer cst_platformSession");
    expect(sessionRequests(api)).to.have.length(1);
    await expect(page).to.be.accessible();
  });

  it("says a paid tier pays no transaction fee", async () => {
    const { root } = await mount({ "GET /v1/organizations/org_acme": { body: growth } });
    expect(root.querySelector("#plan-heading")?.textContent).to.equal("Growth");
    expect(text(root)).to.include("No transaction fee");
    expect(text(root)).to.include("Your Growth plan replaces BillingOS's transaction fee");
    expect(text(root)).to.not.include("0.5%");
  });

  it("shows why the plans cannot be loaded when no session can be made, and tries again", async () => {
    let attempts = 0;
    const { root } = await mount({
      "POST /v1/organization/billing_session": () =>
        ++attempts === 1
          ? json(503, apiError(503, "service_unavailable", "BillingOS plans are not configured on this deployment.").body)
          : json(201, billingSession().body),
    });
    await waitUntil(() => root.querySelector("[role=alert]"), "the error shown");
    const alert = root.querySelector("[role=alert]")?.textContent ?? "";
    expect(alert).to.include("The plans could not be loaded.");
    expect(alert).to.include("BillingOS plans are not configured on this deployment.");
    expect(root.querySelector("billing-provider")).to.equal(null);
    expect(root.querySelector("#plan-heading")?.textContent).to.equal("Standard");
    (root.querySelector("[role=alert] button") as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector("billing-provider billing-pricing-table"), "the plans after a retry");
    expect(attempts).to.equal(2);
  });

  it("shows a viewer the tier read-only: no plans, no portal, no session asked for", async () => {
    const { root, api } = await mount({}, "viewer");
    expect(root.querySelector("#plan-heading")?.textContent).to.equal("Standard");
    expect(text(root)).to.include("Only owners and admins can change the BillingOS plan.");
    expect(text(root)).to.include("owners and admins can choose one");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.querySelector("billing-provider, billing-pricing-table, billing-portal, button")).to.equal(null);
    expect(sessionRequests(api)).to.have.length(0);
  });

  it("buys a plan in a checkout placed in the page's light DOM, then reads the tier until the new one shows", async () => {
    let reads = 0;
    const { root } = await mount({ "GET /v1/organizations/org_acme": () => json(200, ++reads < 3 ? acme : growth) });
    const table = await waitUntil(() => root.querySelector("billing-pricing-table"), "the pricing table").then(
      () => root.querySelector("billing-pricing-table") as HTMLElement,
    );
    table.dispatchEvent(
      new CustomEvent("billing-plan-select", {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: {
          price: "price_pro_monthly",
          product: "prod_pro",
          interval: "month",
          interval_count: 1,
          currency: "usd",
          quantity: 1,
          subscription: null,
        },
      }),
    );
    const checkout = document.querySelector("body > billing-provider[data-admin-checkout] billing-dialog billing-checkout");
    expect(checkout?.getAttribute("price")).to.equal("price_pro_monthly");
    expect(checkout?.getRootNode()).to.equal(document, "Stripe can mount only outside shadow roots");
    expect(table.querySelector("billing-dialog"), "the table's own (shadow-rooted) checkout stays closed").to.equal(null);
    const portalBefore = root.querySelector("billing-portal");
    const subscriptionReads = () => platformCalls.filter((call) => call.path === "/v1/subscriptions").length;
    await waitUntil(() => subscriptionReads() > 0, "the portal read the subscriptions");
    const readsBefore = subscriptionReads();
    checkout?.dispatchEvent(new CustomEvent("billing-checkout-complete", { bubbles: true, composed: true, detail: {} }));
    expect(document.querySelector("body > billing-provider[data-admin-checkout]")).to.equal(null);
    await waitUntil(() => text(root).includes("Starting your new plan"), "waiting for the webhook");
    await waitUntil(() => root.querySelector("#plan-heading")?.textContent === "Growth", "the new tier", { timeout: 5000 });
    expect(text(root)).to.not.include("Starting your new plan");
    expect(reads).to.equal(3);
    // The portal is made afresh, so it loads the new subscription's card and invoice.
    await waitUntil(() => root.querySelector("billing-portal") !== portalBefore, "a new portal");
    expect(subscriptionReads(), "the subscription is read again as the webhook left it").to.be.greaterThan(readsBefore);
    expect(root.querySelector("billing-portal")?.getAttribute("sections")).to.equal("subscriptions payment-methods invoices");
  });

  it("gives focus back to the plan's button when the checkout is dismissed", async () => {
    const { root } = await mount({});
    const table = root.querySelector("billing-pricing-table") as HTMLElement;
    await waitUntil(() => table?.shadowRoot?.querySelector("button[part~=cta]"), "the plans' buttons");
    const cta = table.shadowRoot?.querySelector("button[part~=cta]") as HTMLButtonElement;
    cta.focus();
    table.dispatchEvent(
      new CustomEvent("billing-plan-select", {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: {
          price: "price_pro_monthly",
          product: "prod_pro",
          interval: "month",
          interval_count: 1,
          currency: "usd",
          quantity: 1,
          subscription: null,
        },
      }),
    );
    const dialog = document.querySelector("body > billing-provider[data-admin-checkout] billing-dialog") as HTMLElement;
    dialog.dispatchEvent(new CustomEvent("billing-dialog-close", { bubbles: true, composed: true }));
    expect(document.querySelector("body > billing-provider[data-admin-checkout]")).to.equal(null);
    expect(table.shadowRoot?.activeElement).to.equal(cta);
  });

  it("points a plan switch to the portal's Change plan instead of a second subscription", async () => {
    const { root } = await mount({});
    await waitUntil(() => root.querySelector("billing-pricing-table"), "the pricing table");
    root.querySelector("billing-pricing-table")?.dispatchEvent(
      new CustomEvent("billing-plan-select", {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: {
          price: "price_b",
          product: "prod_b",
          interval: "month",
          interval_count: 1,
          currency: "usd",
          quantity: 1,
          subscription: "sub_1",
        },
      }),
    );
    await waitUntil(() => text(root).includes("To switch plans, use Change plan"), "the hint");
    expect(document.querySelector("body > billing-provider[data-admin-checkout]")).to.equal(null);
  });
});
