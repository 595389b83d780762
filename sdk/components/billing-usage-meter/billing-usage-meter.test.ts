import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { BillingClient } from "../../client/client";
import type { CustomerStateDocument } from "../../client/entitlement-decision";
import { entitlement, fakeStateApi, proState, quota, stateDocument } from "../../fixtures/customer-state";
import "../billing-provider/define";
import "./define";
import type { BillingUsageMeter } from "./billing-usage-meter";

const XSS = `<img src=x onerror="window.__billingXss=1">`;
const now = () => Math.floor(Date.now() / 1000);

async function mount(
  state: CustomerStateDocument = proState(),
  attributes: Record<string, string> = { feature: "api_calls" },
  options: { signedIn?: boolean; hold?: boolean } = {},
) {
  const api = fakeStateApi(state);
  if (options.hold) api.hold();
  const client = new BillingClient({
    publishableKey: "pk_test_meter",
    fetch: api.fetch,
    ...(options.signedIn === false ? {} : { fetchSession: async () => ({ token: "cs_test_meter", expires_at: now() + 900 }) }),
  });
  const meter = document.createElement("billing-usage-meter");
  for (const [name, value] of Object.entries(attributes)) meter.setAttribute(name, value);
  await fixture(html`<billing-provider .client=${client} locale="en-US">${meter}</billing-provider>`);
  if (!options.hold) await settled(meter);
  return { meter, api, client, root: meter.shadowRoot as ShadowRoot };
}
const settled = (meter: BillingUsageMeter) =>
  waitUntil(() => !meter.matches(":state(loading)") && meter.shadowRoot?.querySelector("[part=base]"), "the meter never settled");
const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim();
const states = (meter: BillingUsageMeter) =>
  ["ok", "warning", "over", "unlimited", "limit-reached", "empty", "error", "ready"].filter((s) => meter.matches(`:state(${s})`));

describe("<billing-usage-meter>", () => {
  it("is accessible: a meter with its bounds and a spoken value", async () => {
    const { meter, root } = await mount();
    await expect(meter).to.be.accessible();
    const track = root.querySelector("[role=meter]") as HTMLElement;
    expect(track.getAttribute("aria-valuemin")).to.equal("0");
    expect(track.getAttribute("aria-valuemax")).to.equal("10000");
    expect(track.getAttribute("aria-valuenow")).to.equal("1234");
    expect(track.getAttribute("aria-valuetext")).to.equal("1,234 of 10,000 API calls used, 12%");
    expect(track.getAttribute("aria-label")).to.equal("API calls");
  });

  it("shows used / limit, percentage and reset date (ok)", async () => {
    const state = proState();
    const { meter, root } = await mount(state);
    expect(states(meter)).to.deep.equal(["ok", "ready"]);
    expect(text(root, "[part=label]")).to.equal("API calls");
    expect(text(root, "[part=value]")).to.equal("1,234 of 10,000");
    expect(text(root, "[part=percent]")).to.equal("12%");
    const resets = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" }).format(
      new Date((state.entitlements[1]?.resets_at ?? 0) * 1000),
    );
    expect(text(root, "[part=reset]")).to.equal(`Resets on ${resets}`);
    expect((root.querySelector("[part=fill]") as HTMLElement).style.inlineSize).to.match(/^12\.3\d*%$/);
    expect(root.querySelector("[part=note]")).to.equal(null);
  });

  it("warns from 80 %", async () => {
    const { meter, root } = await mount(stateDocument([quota("api_calls", 8000, 10_000)]));
    expect(states(meter)).to.deep.equal(["warning", "ready"]);
    expect(text(root, "[part=note]")).to.equal("Almost at your limit");
    const below = await mount(stateDocument([quota("api_calls", 7999, 10_000)]));
    expect(states(below.meter)).to.deep.equal(["ok", "ready"]);
  });

  it("says when a hard limit is used up", async () => {
    const { meter, root } = await mount(
      stateDocument([entitlement("seats", { feature_name: "Seats", type: "limit", value: 5, used: 5 })]),
      { feature: "seats" },
    );
    expect(states(meter)).to.deep.equal(["warning", "limit-reached", "ready"]);
    expect(text(root, "[part=note]")).to.equal("Limit reached");
    expect(text(root, "[part=percent]")).to.equal("100%");
  });

  it("shows the overage and its price past a soft quota (over), billed per started unit", async () => {
    const soft = quota("api_calls", 10_240.5, 10_000, { overage_unit_amounts: { usd: 2, eur: 3 } });
    const inEuros = stateDocument([soft]);
    inEuros.subscriptions = inEuros.subscriptions.map((sub) => ({ ...sub, currency: "eur" }));
    const { meter, root } = await mount(inEuros, { feature: "api_calls" });
    expect(states(meter)).to.deep.equal(["over", "ready"]);
    expect(text(root, "[part=note]")).to.equal("241 over your quota at €0.03 per call: about €7.23 on your next invoice");
    const track = root.querySelector("[role=meter]") as HTMLElement;
    expect(track.getAttribute("aria-valuenow")).to.equal("10000");
    expect(track.getAttribute("aria-valuetext")).to.equal("10,240.5 of 10,000 API calls used, 102%");
    expect((root.querySelector("[part=fill]") as HTMLElement).style.inlineSize).to.equal("100%");
  });

  it("prices overage in the currency its subscription bills, whatever the page prefers", async () => {
    const soft = quota("api_calls", 12_000, 10_000, { overage_unit_amounts: { usd: 1, eur: 2 } });
    // The fixture's sub_1 (the entitlement's source) bills in USD; the page would prefer euros.
    const { root } = await mount(stateDocument([soft]), { feature: "api_calls", currency: "eur" });
    expect(text(root, "[part=note]")).to.equal("2,000 over your quota at $0.01 per call: about $20.00 on your next invoice");
    // A manual grant has no subscription: the page's currency, else the first the plan prices.
    const granted = quota("api_calls", 12_000, 10_000, {
      overage_unit_amounts: { usd: 1, eur: 2 },
      sources: [{ type: "grant", id: "gr_1", value: 10_000 }],
    });
    const page = await mount(stateDocument([granted]), { feature: "api_calls", currency: "eur" });
    expect(text(page.root, "[part=note]")).to.equal("2,000 over your quota at €0.02 per call: about €40.00 on your next invoice");
  });

  it("shows unlimited usage without a meter, and a boolean feature as included", async () => {
    const { meter, root } = await mount(
      stateDocument([quota("api_calls", 52_000, "unlimited"), entitlement("sso", { feature_name: "SSO" })]),
    );
    expect(states(meter)).to.deep.equal(["unlimited", "ready"]);
    expect(text(root, "[part=value]")).to.equal("52,000 used");
    expect(text(root, "[part=percent]")).to.equal("Unlimited");
    expect(root.querySelector("[role=meter]")).to.equal(null);
    meter.feature = "sso";
    await meter.updateComplete;
    expect(text(root, "[part=value]")).to.equal("Included in your plan");
    await expect(meter).to.be.accessible();
  });

  it("is compact on one line for lists (the portal's usage section)", async () => {
    const { meter, root } = await mount(proState(), { feature: "api_calls", variant: "compact" });
    expect(root.querySelector(".compact")).to.not.equal(null);
    expect(root.querySelector("[role=meter]")).to.not.equal(null);
    expect(root.querySelector("[part=reset]")).to.equal(null);
    await expect(meter).to.be.accessible();
  });

  it("shows a skeleton while loading, marked busy, with a status for screen readers", async () => {
    const { meter, root, api } = await mount(proState(), { feature: "api_calls" }, { hold: true });
    await waitUntil(() => meter.matches(":state(loading)"));
    expect(root.querySelector("[part=skeleton]")).to.not.equal(null);
    expect(root.querySelector("[part=base]")?.getAttribute("aria-busy")).to.equal("true");
    expect(text(root, "[role=status]")).to.equal("Loading usage…");
    await expect(meter).to.be.accessible();
    api.release();
    await settled(meter);
    expect(states(meter)).to.deep.equal(["ok", "ready"]);
  });

  it("is empty when the feature is not in the plan, or nobody is signed in", async () => {
    const { meter, root } = await mount(proState(), { feature: "audit_log" });
    expect(states(meter)).to.deep.equal(["empty"]);
    // Named as the catalogue names it (the public pricing, loaded once for the page), never by its key.
    await waitUntil(() => text(root, "[part=empty]") === "Audit log is not part of your plan.", text(root, "[part=empty]"));
    const anonymous = await mount(proState(), { feature: "api_calls" }, { signedIn: false });
    expect(text(anonymous.root, "[part=empty]")).to.equal("Sign in to see your usage.");
  });

  it("says the plan is paused (with the feature's name) when a paused plan stopped the feature", async () => {
    const paused = stateDocument([], {
      subscriptions: [
        {
          id: "sub_1",
          status: "active",
          price: "price_1",
          current_period_end: now() + 86_400,
          cancel_at_period_end: false,
          paused: true,
          product: "prod_pro",
          currency: "usd",
        },
      ],
    });
    const { meter, root, api, client } = await mount(paused, { feature: "api_calls" });
    expect(states(meter)).to.deep.equal(["empty"]);
    await waitUntil(
      () => text(root, "[part=empty]") === "Your plan is paused: resume it to use API calls again.",
      `said: ${text(root, "[part=empty]")}`,
    );
    await expect(meter).to.be.accessible();
    // Resumed: the meter is back at once with the next state.
    api.set(proState());
    await client.refreshCustomerState();
    await meter.updateComplete;
    expect(states(meter)).to.deep.equal(["ok", "ready"]);
  });

  it("shows an error with a retry that works from the keyboard", async () => {
    const api = fakeStateApi(proState());
    api.fail({ status: 500, code: "api_error" });
    const client = new BillingClient({
      publishableKey: "pk_test_meter",
      fetch: api.fetch,
      fetchSession: async () => ({ token: "t", expires_at: now() + 900 }),
    });
    const provider = await fixture<HTMLElement & { client: BillingClient }>(
      html`<billing-provider .client=${client} locale="en-US"><billing-usage-meter feature="api_calls"></billing-usage-meter></billing-provider>`,
    );
    const meter = provider.querySelector("billing-usage-meter") as BillingUsageMeter;
    await waitUntil(() => meter.matches(":state(error)"), "no error state");
    const root = meter.shadowRoot as ShadowRoot;
    expect(text(root, "[role=alert] span")).to.equal("Usage could not be loaded.");
    await expect(meter).to.be.accessible();
    api.fail(null);
    const retry = root.querySelector("button") as HTMLButtonElement;
    retry.focus();
    expect(root.activeElement).to.equal(retry);
    retry.click();
    await waitUntil(() => meter.matches(":state(ready)"), "the retry did not load the usage");
    expect(states(meter)).to.deep.equal(["ok", "ready"]);
  });

  it("moves when the customer state changes (a poll or an action on the page)", async () => {
    const { meter, root, api, client } = await mount();
    api.set(stateDocument([quota("api_calls", 9100, 10_000)]));
    await client.refreshCustomerState();
    await meter.updateComplete;
    expect(text(root, "[part=value]")).to.equal("9,100 of 10,000");
    expect(states(meter)).to.deep.equal(["warning", "ready"]);
  });

  it("renders markup in feature names and units as text", async () => {
    const hostile = quota("api_calls", 12_000, 10_000, { feature_name: XSS, unit_label: XSS, overage_unit_amounts: { usd: 1 } });
    const { root } = await mount(stateDocument([hostile]), { feature: "api_calls" });
    expect(text(root, "[part=label]")).to.equal(XSS);
    expect(text(root, "[part=note]")).to.contain(`per ${XSS}`);
    expect(root.querySelector("img")).to.equal(null);
    // A key the catalogue does not know is never shown (it is the developer's id, not a name).
    const unknown = await mount(proState(), { feature: XSS });
    await waitUntil(() => unknown.client.$pricing.get().status === "ready");
    await unknown.meter.updateComplete;
    expect(text(unknown.root, "[part=empty]")).to.equal("This feature is not part of your plan.");
    expect(unknown.root.querySelector("img")).to.equal(null);
    expect((window as unknown as { __billingXss?: number }).__billingXss).to.equal(undefined);
  });

  it("polls at the provider's poll-interval", async () => {
    const { client } = await mount();
    const provider = document.querySelector("billing-provider") as HTMLElement & { updateComplete: Promise<unknown> };
    provider.setAttribute("poll-interval", "30");
    await provider.updateComplete;
    expect(client.customerStatePollInterval).to.equal(30);
  });

  it("shares one request among every meter on the page", async () => {
    const api = fakeStateApi(proState());
    const client = new BillingClient({
      publishableKey: "pk_test_meter",
      fetch: api.fetch,
      fetchSession: async () => ({ token: "t", expires_at: now() + 900 }),
    });
    const provider = await fixture<HTMLElement>(
      html`<billing-provider .client=${client} locale="en-US">
        ${["api_calls", "seats", "sso", "api_calls", "nope"].map((feature) => html`<billing-usage-meter feature=${feature}></billing-usage-meter>`)}
      </billing-provider>`,
    );
    const meters = [...provider.querySelectorAll("billing-usage-meter")];
    for (const meter of meters) await settled(meter);
    expect(api.requests).to.have.length(1);
  });
});
