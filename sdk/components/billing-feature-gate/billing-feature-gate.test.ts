import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { BillingClient } from "../../client/client";
import type { CustomerStateDocument } from "../../client/entitlement-decision";
import type { EntitlementChangeEvent, UpgradeEvent } from "../../events/entitlement-change";
import { entitlement, fakeStateApi, proState, quota, stateDocument } from "../../fixtures/customer-state";
import "../billing-provider/define";
import "./define";
import type { BillingFeatureGate } from "./billing-feature-gate";

const XSS = `<img src=x onerror="window.__billingXss=1">`;
const now = () => Math.floor(Date.now() / 1000);

function client(state: CustomerStateDocument, options: { signedIn?: boolean } = {}) {
  const api = fakeStateApi(state);
  const made = new BillingClient({
    publishableKey: "pk_test_gate",
    fetch: api.fetch,
    ...(options.signedIn === false ? {} : { fetchSession: async () => ({ token: "cs_test_gate", expires_at: now() + 900 }) }),
  });
  return { api, client: made };
}

async function mount(
  state: CustomerStateDocument,
  attributes: Record<string, string>,
  options: { signedIn?: boolean; hold?: boolean } = {},
) {
  const made = client(state, options);
  if (options.hold) made.api.hold();
  const gate = document.createElement("billing-feature-gate");
  for (const [name, value] of Object.entries(attributes)) gate.setAttribute(name, value);
  gate.innerHTML = `<p class="content">Export to PDF</p><p class="spinner" slot="loading">Checking…</p>`;
  await fixture(html`<billing-provider .client=${made.client} locale="en-US">${gate}</billing-provider>`);
  if (!options.hold) await decided(gate);
  return { gate, ...made, root: gate.shadowRoot as ShadowRoot };
}
const decided = (gate: BillingFeatureGate) =>
  waitUntil(() => gate.allowed !== undefined && !gate.matches(":state(loading)"), "no decision");
/** The slot the gate shows, and what is assigned to it (or its built-in content). */
const shown = (root: ShadowRoot) => {
  const slot = root.querySelector("slot:not([name=dialog])") as HTMLSlotElement;
  return { name: slot.name, assigned: slot.assignedElements({ flatten: true }) };
};

describe("<billing-feature-gate>", () => {
  it("is accessible when open and when showing the upgrade prompt", async () => {
    const open = await mount(proState(), { feature: "sso" });
    await expect(open.gate).to.be.accessible();
    const closed = await mount(proState(), { feature: "audit_log" });
    await expect(closed.gate).to.be.accessible();
  });

  it("shows the default slot when the customer is entitled", async () => {
    const { gate, root } = await mount(proState(), { feature: "sso" });
    expect(gate.allowed).to.equal(true);
    expect(gate.matches(":state(allowed)")).to.equal(true);
    expect(shown(root).name).to.equal("");
    expect(shown(root).assigned.map((node) => node.className)).to.deep.equal(["content"]);
  });

  it("shows the fallback with a built-in upgrade prompt when not, and the merchant's fallback when given", async () => {
    const { gate, root } = await mount(proState(), { feature: "audit_log" });
    expect(gate.allowed).to.equal(false);
    expect(gate.matches(":state(denied)")).to.equal(true);
    expect(shown(root).name).to.equal("fallback");
    expect(root.querySelector("[part=message]")?.textContent).to.equal("This feature is not included in your plan.");
    expect(root.querySelector("[part=upgrade]")?.textContent).to.equal("See plans");
    const custom = document.createElement("p");
    custom.slot = "fallback";
    custom.textContent = "Ask your admin";
    gate.append(custom);
    expect(shown(root).assigned).to.deep.equal([custom]);
  });

  it("says the plan is paused when a paused plan stopped the feature", async () => {
    const paused = stateDocument([]);
    paused.subscriptions = paused.subscriptions.map((sub) => ({ ...sub, paused: true }));
    const { gate, root } = await mount(paused, { feature: "sso" });
    expect(gate.allowed).to.equal(false);
    expect(root.querySelector("[part=message]")?.textContent).to.equal("Your plan is paused: resume it to use this feature again.");
    await expect(gate).to.be.accessible();
  });

  it("checks the units a quota or cap must still have (required), as the server does", async () => {
    const state = stateDocument([
      quota("api_calls", 9_990, 10_000),
      entitlement("seats", { feature_name: "Seats", type: "limit", value: 5, used: 5 }),
      quota("emails", 20_000, 10_000, { overage_unit_amounts: { usd: 1 } }),
    ]);
    expect((await mount(state, { feature: "api_calls", required: "10" })).gate.allowed).to.equal(true);
    expect((await mount(state, { feature: "api_calls", required: "11" })).gate.allowed).to.equal(false);
    expect((await mount(state, { feature: "emails", required: "" })).gate.allowed).to.equal(true);
    const seats = await mount(state, { feature: "seats", required: "" });
    expect(seats.gate.required).to.equal(1);
    expect(seats.gate.allowed).to.equal(false);
    expect(seats.root.querySelector("[part=message]")?.textContent).to.equal("You have used all the Seats your plan includes this period.");
  });

  it("shows only the loading slot until the state is known: nothing flashes", async () => {
    const { gate, root, api } = await mount(proState(), { feature: "sso" }, { hold: true });
    expect(gate.allowed).to.equal(undefined);
    expect(gate.matches(":state(loading)")).to.equal(true);
    expect(shown(root).name).to.equal("loading");
    expect(shown(root).assigned.map((node) => node.className)).to.deep.equal(["spinner"]);
    expect(root.querySelector("[part=prompt]")).to.equal(null);
    api.release();
    await decided(gate);
    expect(shown(root).name).to.equal("");
  });

  it("decides every gate on the page from one request", async () => {
    const { api, client: shared } = client(proState());
    const features = Array.from({ length: 30 }, (_, index) => ["sso", "api_calls", "audit_log"][index % 3] as string);
    const provider = await fixture<HTMLElement>(
      html`<billing-provider .client=${shared} locale="en-US">${features.map((feature) => html`<billing-feature-gate feature=${feature}><p>ok</p></billing-feature-gate>`)}</billing-provider>`,
    );
    const gates = [...provider.querySelectorAll("billing-feature-gate")];
    for (const gate of gates) await decided(gate);
    expect(gates.filter((gate) => gate.allowed).length).to.equal(20);
    expect(api.requests).to.have.length(1);
  });

  it("emits billing-entitlement-change when the answer flips, and follows the new plan at once", async () => {
    const { gate, api, client: shared, root } = await mount(proState(), { feature: "audit_log" });
    api.set(stateDocument([entitlement("audit_log", { feature_name: "Audit log" })]));
    const flipped = oneEvent(gate, "billing-entitlement-change") as Promise<EntitlementChangeEvent>;
    // An action on the page (e.g. a completed purchase) refreshes the shared state.
    await shared.customerApi.POST("/v1/checkout_sessions", { body: { price: "price_1" }, headers: { "Idempotency-Key": "k" } });
    const event = await flipped;
    expect(event.detail).to.deep.equal({ feature: "audit_log", allowed: true, reason: "granted" });
    expect(event.bubbles && event.composed).to.equal(true);
    await gate.updateComplete;
    expect(shown(root).name).to.equal("");
    let again = 0;
    gate.addEventListener("billing-entitlement-change", () => again++);
    api.set(stateDocument([entitlement("audit_log", { feature_name: "Audit log" }), entitlement("sso")]));
    await shared.refreshCustomerState();
    await gate.updateComplete;
    expect(again, "no event when the answer stays the same").to.equal(0);
  });

  it("opens the pricing table in a dialog from the keyboard, or the checkout for its price", async () => {
    const { gate, root } = await mount(proState(), { feature: "audit_log" });
    const button = root.querySelector("[part=upgrade]") as HTMLButtonElement;
    button.focus();
    const upgrade = oneEvent(gate, "billing-upgrade") as Promise<UpgradeEvent>;
    await sendKeys({ press: "Enter" });
    expect((await upgrade).detail).to.deep.equal({ feature: "audit_log", reason: "not_in_plan", price: null });
    const dialog = gate.querySelector(":scope > billing-dialog[slot=dialog]") as HTMLElement & { open: boolean };
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector("billing-pricing-table")).to.not.equal(null);
    // Wide enough for plans side by side (a checkout dialog keeps its narrow default).
    expect(getComputedStyle(dialog).getPropertyValue("--width").trim()).to.equal("1080px");
    dialog.dispatchEvent(new CustomEvent("billing-dialog-close"));
    expect(gate.querySelector("billing-dialog")).to.equal(null);

    const priced = await mount(proState(), { feature: "audit_log", price: "price_business" });
    const buy = priced.root.querySelector("[part=upgrade]") as HTMLButtonElement;
    expect(buy.textContent).to.equal("Upgrade");
    buy.click();
    expect(priced.gate.querySelector("billing-dialog billing-checkout")?.getAttribute("price")).to.equal("price_business");
  });

  it("leaves the dialog closed when a listener cancels billing-upgrade", async () => {
    const { gate, root } = await mount(proState(), { feature: "audit_log" });
    gate.addEventListener("billing-upgrade", (event) => event.preventDefault());
    (root.querySelector("[part=upgrade]") as HTMLButtonElement).click();
    expect(gate.querySelector("billing-dialog")).to.equal(null);
  });

  it("asks a visitor to sign in, without a request", async () => {
    const { gate, root, api } = await mount(proState(), { feature: "sso" }, { signedIn: false });
    expect(gate.allowed).to.equal(false);
    expect(root.querySelector("[part=message]")?.textContent).to.equal("Sign in to use this feature.");
    expect(api.requests).to.have.length(0);
  });

  it("shows the fallback with a retry when the state cannot be loaded", async () => {
    const made = client(proState());
    made.api.fail({ status: 503, code: "database_unavailable" });
    const gate = document.createElement("billing-feature-gate");
    gate.setAttribute("feature", "sso");
    await fixture(html`<billing-provider .client=${made.client} locale="en-US">${gate}</billing-provider>`);
    await waitUntil(() => gate.matches(":state(error)"), "no error state");
    const root = gate.shadowRoot as ShadowRoot;
    expect(shown(root).name).to.equal("fallback");
    expect(root.querySelector("[part=message]")?.textContent).to.equal("We could not check your plan.");
    await expect(gate).to.be.accessible();
    made.api.fail(null);
    (root.querySelector("button") as HTMLButtonElement).click();
    await waitUntil(() => gate.allowed === true, "the retry did not decide");
  });

  it("renders markup in feature names as text", async () => {
    const state = stateDocument([entitlement("seats", { feature_name: XSS, type: "limit", value: 1, used: 1 })]);
    const { root } = await mount(state, { feature: "seats" });
    expect(root.querySelector("[part=message]")?.textContent).to.contain(XSS);
    expect(root.querySelector("img")).to.equal(null);
    const hostile = await mount(proState(), { feature: XSS });
    expect(hostile.gate.allowed).to.equal(false);
    expect((window as unknown as { __billingXss?: number }).__billingXss).to.equal(undefined);
  });
});
