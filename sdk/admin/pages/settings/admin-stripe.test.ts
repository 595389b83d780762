import { expect, html, waitUntil } from "@open-wc/testing";
import { type Answer, adminFixture, apiError, fakeAdminApi, json, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminStripe } from "./admin-stripe";
import type { ConnectAccount } from "./stripe-account";

const enabled: ConnectAccount = {
  object: "connect_account",
  id: "acct_enabled",
  livemode: false,
  charges_enabled: true,
  payouts_enabled: true,
  details_submitted: true,
  requirements: { currently_due: [], past_due: [], disabled_reason: null },
  payout_schedule: { interval: "weekly", weekly_anchor: "friday", delay_days: 7 },
  created: 1_764_000_000,
};
const incomplete: ConnectAccount = {
  ...enabled,
  id: "acct_incomplete",
  charges_enabled: false,
  payouts_enabled: false,
  details_submitted: false,
  requirements: {
    currently_due: ["external_account", "company.tax_id"],
    past_due: ["external_account"],
    disabled_reason: "requirements.past_due",
  },
};
const missing = apiError(404, "stripe_account_missing", "This organization has no Stripe account in this mode yet.");

/** Answers by the call's `BillingOS-Mode` header. */
const byMode =
  (answers: { test: { status?: number; body: unknown }; live: { status?: number; body: unknown } }): Answer =>
  (request) => {
    const answer = request.headers.get("BillingOS-Mode") === "live" ? answers.live : answers.test;
    return json(answer.status ?? 200, answer.body);
  };

/** Every element matching `selector` in `root` and the shadow roots inside it. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll("*")) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}

async function mount(answers: Parameters<typeof fakeAdminApi>[0], role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi(answers);
  const page = await adminFixture<AdminStripe>(html`<billing-admin-stripe></billing-admin-stripe>`, testSession(api, { role }));
  const root = page.shadowRoot as ShadowRoot;
  const card = (mode: "test" | "live") =>
    root.querySelector(`billing-admin-stripe-account[mode="${mode}"]`) as HTMLElement & { leave: (url: string) => void };
  await waitUntil(
    () => (["test", "live"] as const).every((mode) => !card(mode).shadowRoot?.querySelector('[aria-busy="true"]')),
    "both loaded",
    {
      timeout: 5000,
    },
  );
  const text = (mode: "test" | "live") =>
    deepAll(card(mode).shadowRoot as ShadowRoot, "section")[0]?.textContent?.replace(/\s+/g, " ") ?? "";
  const button = (mode: "test" | "live", name: string) =>
    deepAll(card(mode).shadowRoot as ShadowRoot, "button").find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
  return { page, root, api, card, text, button };
}

describe("<billing-admin-stripe>", () => {
  it("shows each mode's status: not connected with Connect, enabled with the dashboard and no onboarding", async () => {
    const { page, text, button } = await mount({
      "GET /v1/connect/account": byMode({ test: missing, live: { body: { ...enabled, livemode: true } } }),
    });
    await expect(page).to.be.accessible();
    expect(text("test")).to.include("Test mode").and.include("Not connected");
    expect(button("test", "Connect Stripe")).to.exist;
    expect(button("test", "Open Express dashboard")).to.equal(undefined);
    expect(text("live")).to.include("Live mode").and.include("Charges and payouts enabled").and.include("acct_enabled");
    expect(button("live", "Open Express dashboard")).to.exist;
    expect(button("live", "Continue onboarding")).to.equal(undefined);
    expect(page.shadowRoot?.querySelector('.settings-tabs a[aria-current="page"]')?.textContent).to.equal("Stripe");
  });

  it("shows an incomplete onboarding with what Stripe still needs, in words, once each", async () => {
    const { text, button, card } = await mount({ "GET /v1/connect/account": byMode({ test: { body: incomplete }, live: missing }) });
    expect(text("test")).to.include("Onboarding incomplete").and.include("Stripe still needs");
    const items = deepAll(card("test").shadowRoot as ShadowRoot, "li").map((li) => li.textContent);
    expect(items).to.deep.equal(["Bank account for payouts", "company.tax_id"]);
    expect(button("test", "Continue onboarding")).to.exist;
    expect(button("test", "Open Express dashboard"), "no dashboard before details are submitted").to.equal(undefined);
  });

  it("connects: creates the account in that mode, then goes to Stripe's onboarding, which returns to this page", async () => {
    const { api, card, button } = await mount({
      "GET /v1/connect/account": byMode({ test: missing, live: missing }),
      "POST /v1/connect/account": { body: incomplete },
      "POST /v1/connect/onboarding_link": { body: { object: "link", url: "https://connect.stripe.test/onboard/1", expires_at: 1 } },
    });
    const left: string[] = [];
    card("live").leave = (url) => left.push(url);
    button("live", "Connect Stripe")?.click();
    await waitUntil(() => left.length === 1, "left for Stripe");
    expect(left).to.deep.equal(["https://connect.stripe.test/onboard/1"]);
    const posts = api.requests.filter((r) => r.method === "POST");
    expect(posts.map((r) => [new URL(r.url).pathname, r.headers.get("BillingOS-Mode")])).to.deep.equal([
      ["/v1/connect/account", "live"],
      ["/v1/connect/onboarding_link", "live"],
    ]);
    const body = (await posts[1]?.json()) as { return_url: string; refresh_url: string };
    expect(body.return_url).to.equal(`${location.origin}/admin/settings/stripe?onboarding=return`);
    expect(body.refresh_url).to.equal(`${location.origin}/admin/settings/stripe?onboarding=refresh`);
  });

  it("shows why connecting failed and stays on the page", async () => {
    const { card, button, text } = await mount({
      "GET /v1/connect/account": byMode({ test: missing, live: missing }),
      "POST /v1/connect/account": apiError(503, "stripe_unavailable", "Stripe could not be reached."),
    });
    const left: string[] = [];
    card("test").leave = (url) => left.push(url);
    button("test", "Connect Stripe")?.click();
    await waitUntil(() => text("test").includes("Stripe could not be reached."), "error shown");
    expect(left).to.deep.equal([]);
    expect(button("test", "Connect Stripe")?.disabled).to.equal(false);
  });

  it("opens the Express dashboard's one-time link in a new tab", async () => {
    const { api, button } = await mount({
      "GET /v1/connect/account": byMode({ test: { body: enabled }, live: missing }),
      "POST /v1/connect/dashboard_link": { body: { object: "link", url: "https://connect.stripe.test/express/1", expires_at: null } },
    });
    const tab = { opener: {} as unknown, location: { href: "" }, close: () => undefined };
    const open = window.open;
    window.open = (() => tab) as unknown as typeof window.open;
    try {
      button("test", "Open Express dashboard")?.click();
      await waitUntil(() => tab.location.href !== "", "tab sent to the link");
    } finally {
      window.open = open;
    }
    expect(tab.location.href).to.equal("https://connect.stripe.test/express/1");
    expect(tab.opener).to.equal(null);
    expect(api.requests.find((r) => r.method === "POST")?.headers.get("BillingOS-Mode")).to.equal("test");
  });

  it("shows a viewer both statuses with no write action", async () => {
    const { card, text } = await mount(
      { "GET /v1/connect/account": byMode({ test: { body: enabled }, live: { body: incomplete } }) },
      "viewer",
    );
    expect(text("test")).to.include("Charges and payouts enabled");
    expect(text("live")).to.include("Onboarding incomplete");
    for (const mode of ["test", "live"] as const) expect(deepAll(card(mode).shadowRoot as ShadowRoot, "button")).to.deep.equal([]);
    const interval = deepAll(card("test").shadowRoot as ShadowRoot, 'select[name="interval"]')[0] as HTMLSelectElement;
    expect(interval.value).to.equal("weekly");
    expect((interval.closest("fieldset") as HTMLFieldSetElement).disabled).to.equal(true);
  });

  it("shows a mode that could not be loaded, with Try again", async () => {
    let live = 0;
    const { text, button } = await mount({
      "GET /v1/connect/account": (request) => {
        if (request.headers.get("BillingOS-Mode") !== "live") return json(200, enabled);
        live++;
        return live === 1
          ? json(503, apiError(503, "service_unavailable", "No Stripe secret key for live mode.").body)
          : json(200, incomplete);
      },
    });
    expect(text("live")).to.include("could not be loaded").and.include("No Stripe secret key for live mode.");
    expect(text("test")).to.include("Charges and payouts enabled");
    button("live", "Try again")?.click();
    await waitUntil(() => text("live").includes("Onboarding incomplete"), "loaded again");
  });

  it("says so when Stripe's onboarding sent the person back, once", async () => {
    history.replaceState(null, "", `${location.pathname}?onboarding=return`);
    const { root } = await mount({ "GET /v1/connect/account": byMode({ test: { body: enabled }, live: missing }) });
    expect(root.querySelector('.notice[role="status"]')?.textContent).to.include("Back from Stripe");
    expect(new URLSearchParams(location.search).has("onboarding")).to.equal(false);
  });
});
