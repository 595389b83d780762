import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { BillingClient, type Subscription } from "../../client/client";
import type { FetchSession } from "../../client/session";
import type { PlanSelectEvent } from "../../events/plan-select";
import { type FakeApiOptions, fakeApi } from "../../fixtures/fake-api";
import { emptyPricing, manyPlansPricing, oneTimePricing, standardPricing, XSS, xssPricing } from "../../fixtures/pricing";
import "../billing-provider/define";
import "./define";
import type { BillingPricingTable } from "./billing-pricing-table";

const now = () => Math.floor(Date.now() / 1000);
const session: FetchSession = async () => ({ token: "cs_test_table", expires_at: now() + 900, customer: "cus_1" });

async function mount(options: FakeApiOptions & { fetchSession?: FetchSession; attributes?: string; wait?: boolean } = {}) {
  const api = fakeApi({ pricing: standardPricing, ...options });
  const client = new BillingClient({
    publishableKey: "pk_test_table",
    fetch: api.fetch,
    ...(options.fetchSession ? { fetchSession: options.fetchSession } : {}),
  });
  const wrapper = await fixture<HTMLElement>(
    html`<billing-provider .client=${client} locale="en-US"><billing-pricing-table></billing-pricing-table></billing-provider>`,
  );
  const table = wrapper.querySelector("billing-pricing-table") as BillingPricingTable;
  for (const [name, value] of new URLSearchParams(options.attributes ?? "")) table.setAttribute(name, value);
  if (options.wait !== false) await waitUntil(() => ready(table), "the table did not render");
  return { table, api, client, root: table.shadowRoot as ShadowRoot };
}
const ready = (table: BillingPricingTable) =>
  table.shadowRoot?.querySelector(".plan:not(.skeleton), .empty, .error") !== null &&
  table.shadowRoot?.querySelector(".plan:not(.skeleton), .empty, .error") !== undefined;
const texts = (root: ShadowRoot, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, " ").trim());
const click = async (table: BillingPricingTable, node: Element | null | undefined) => {
  (node as HTMLElement).click();
  await table.updateComplete;
};

const subscription = (product: string): Subscription =>
  ({
    id: "sub_1",
    object: "subscription",
    product,
    price: "price_pro_m",
    entitled: true,
    status: "active",
    quantity: 1,
    currency: "usd",
  }) as Subscription;

describe("<billing-pricing-table>", () => {
  it("is accessible with plans, with the comparison open, and in dark theme", async () => {
    const { table, root } = await mount({ attributes: "per-seat=prod_business" });
    await expect(table).to.be.accessible();
    await click(table, root.querySelector("[part=comparison-toggle]"));
    table.setAttribute("theme", "dark");
    await table.updateComplete;
    // Colours ease over 120 ms; check the settled dark theme.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(getComputedStyle(table).colorScheme).to.equal("dark");
    await expect(table).to.be.accessible();
  });

  it("is accessible while loading, when empty and on error", async () => {
    const loading = await mount({ hold: true, wait: false });
    await expect(loading.table).to.be.accessible();
    loading.api.release();
    const empty = await mount({ pricing: emptyPricing });
    await expect(empty.table).to.be.accessible();
    const failed = await mount({ pricingError: { status: 403, code: "origin_not_allowed", message: "Origin not allowed." } });
    await expect(failed.table).to.be.accessible();
  });

  it("shows a skeleton while loading, then the plans", async () => {
    const { table, root, api } = await mount({ hold: true, wait: false });
    await table.updateComplete;
    expect(root.querySelector("[part=base]")?.getAttribute("aria-busy")).to.equal("true");
    expect(root.querySelectorAll("[part=skeleton]")).to.have.length(3);
    expect(texts(root, "[role=status]")).to.deep.equal(["Loading plans…"]);
    api.release();
    await waitUntil(() => root.querySelectorAll("[part~=plan]").length === 3);
    expect(root.querySelector("[part=base]")?.getAttribute("aria-busy")).to.equal("false");
    expect(texts(root, "[part=plan-name]")).to.deep.equal(["Hobby", "Pro", "Business"]);
  });

  it("says so when no plan is on sale", async () => {
    const { table, root } = await mount({ pricing: emptyPricing });
    expect(texts(root, "[part=empty]")).to.deep.equal(["No plans are available yet."]);
    expect(table.matches(":state(empty)")).to.equal(true);
  });

  it("exposes its status as a custom state", async () => {
    const { table, api } = await mount({ hold: true, wait: false });
    await table.updateComplete;
    expect(table.matches(":state(loading)")).to.equal(true);
    api.release();
    await waitUntil(() => table.matches(":state(ready)"));
    expect(table.matches(":state(loading)")).to.equal(false);
    const failed = await mount({ offline: true });
    expect(failed.table.matches(":state(error)")).to.equal(true);
  });

  it("works from the keyboard: arrows switch the period, Enter on a plan selects it", async () => {
    const { table, root } = await mount();
    (root.querySelector("input[value=month]") as HTMLInputElement).focus();
    await sendKeys({ press: "ArrowRight" });
    await table.updateComplete;
    expect(table.interval).to.equal("year");
    expect(texts(root, "[part=amount]")[1]).to.equal("$200");
    const cta = root.querySelectorAll<HTMLButtonElement>("[part=cta]")[1];
    cta?.focus();
    const event = oneEvent(table, "billing-plan-select") as Promise<PlanSelectEvent>;
    await sendKeys({ press: "Enter" });
    expect((await event).detail.price).to.equal("price_pro_y");
  });

  it("shows the API's error and loads again on retry", async () => {
    const { table, root, api } = await mount({ pricingError: { status: 403, code: "origin_not_allowed", message: "Origin not allowed." } });
    expect(root.querySelector("[part=error]")?.getAttribute("role")).to.equal("alert");
    expect(texts(root, "[part=error] p")).to.deep.equal(["The plans could not be loaded. Origin not allowed."]);
    const before = api.requests.length;
    await click(table, root.querySelector("[part=error] button"));
    await waitUntil(() => api.requests.length === before + 1);
  });

  it("tells a visitor offline to check the connection", async () => {
    const { root } = await mount({ offline: true });
    expect(texts(root, "[part=error] p")).to.deep.equal(["The plans could not be loaded. Check your connection."]);
  });

  it("shows every plan, with no limit on their number", async () => {
    const { root } = await mount({ pricing: manyPlansPricing });
    expect(root.querySelectorAll("[part~=plan]")).to.have.length(6);
    expect(root.querySelectorAll("[part~=plan-highlighted]")).to.have.length(1);
  });

  it("switches between monthly and yearly prices with the saving computed from them", async () => {
    const { table, root } = await mount();
    expect(texts(root, "[part=price]")).to.deep.equal(["Free", "$20 / month", "$49 / month"]);
    // Pro: 12 × $20 = $240 against $200 a year saves $40, 16 % (rounded down); Business 12 × $49 − $490 = $98.
    expect(texts(root, "[part=saving]")).to.deep.equal(["Save up to 16%"]);
    await click(table, root.querySelector("input[value=year]"));
    expect(table.getAttribute("interval")).to.equal("year");
    expect(texts(root, "[part=price]")).to.deep.equal(["Free", "$200 / year", "$490 / year"]);
    expect(texts(root, "[part=price-note]")).to.deep.equal(["Save $40 a year", "Save $98 a year"]);
    table.setAttribute("interval", "month");
    await table.updateComplete;
    expect(texts(root, "[part=price]")[1]).to.equal("$20 / month");
  });

  it("offers each currency the plans are sold in, preferring the provider's", async () => {
    const { table, root } = await mount();
    const select = root.querySelector("select") as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(["eur", "usd"]);
    expect(select.value).to.equal("usd");
    select.value = "eur";
    select.dispatchEvent(new Event("change"));
    await table.updateComplete;
    expect(texts(root, "[part=amount]")).to.deep.equal(["Free", "€19", "€45"]);
    table.currency = "usd";
    table.selectedCurrency = undefined;
    await table.updateComplete;
    expect(texts(root, "[part=amount]")[1]).to.equal("$20");
  });

  it("lists each plan's grants: limits, unlimited, metered quota with overage, and yes/no features", async () => {
    const { root } = await mount();
    const features = [...root.querySelectorAll("[part~=plan]")].map((card) => texts(card as unknown as ShadowRoot, "[part=feature]"));
    expect(features[0]).to.deep.equal(["3 Projects", "1,000 API calls included"]);
    expect(features[1]).to.deep.equal([
      "50 Projects",
      "100,000 API calls includedthen $0.01 per call",
      "Advanced analytics",
      "Priority support",
    ]);
    expect(features[2]?.[0]).to.equal("Unlimited Projects");
  });

  it("opens and closes the comparison table", async () => {
    const { table, root } = await mount();
    const toggle = root.querySelector("[part=comparison-toggle]");
    expect(toggle?.getAttribute("aria-expanded")).to.equal("false");
    expect(root.querySelector("table")).to.equal(null);
    await click(table, toggle);
    expect(toggle?.getAttribute("aria-expanded")).to.equal("true");
    expect(table.hasAttribute("comparison")).to.equal(true);
    expect(texts(root, "thead th")).to.deep.equal(["Feature", "Hobby", "Pro", "Business"]);
    const rows = [...root.querySelectorAll("[part=comparison-row]")].map((row) => texts(row as unknown as ShadowRoot, "th, td"));
    expect(rows).to.deep.equal([
      ["Projects", "3", "50", "Unlimited"],
      ["API calls", "1,000", "100,000then $0.01 per call", "1,000,000then $0.01 per call"],
      ["Advanced analytics", "—Not included", "Included", "Included"],
      ["Audit log", "—Not included", "—Not included", "Included"],
    ]);
  });

  it("words trials and one-time prices, in zero- and three-decimal currencies", async () => {
    const standard = await mount();
    expect(texts(standard.root, "[part=trial]")).to.deep.equal(["14-day free trial"]);
    expect(texts(standard.root, "[part=cta]")).to.deep.equal(["Get started", "Start 14-day trial", "Get started"]);
    const once = await mount({ pricing: oneTimePricing });
    expect(texts(once.root, "[part=price]")).to.deep.equal(["¥29,800 one-time", "¥1,500 / month", "¥12,000 every 3 months"]);
    expect(texts(once.root, "[part=cta]")[0]).to.equal("Buy now");
    once.table.currency = "kwd";
    await once.table.updateComplete;
    expect(texts(once.root, "[part=amount]")).to.deep.equal(["KWD 95.500", "KWD 4.500", "KWD 36"]);
    once.table.locale = "fr-FR";
    await once.table.updateComplete;
    expect(texts(once.root, "[part=interval]")).to.deep.equal(["paiement unique", "/ mois", "tous les 3 mois"]);
  });

  it("prices per seat with a quantity selector and sends the quantity", async () => {
    const { table, root } = await mount({ attributes: "per-seat=prod_business" });
    const seats = root.querySelector("[part=seats]");
    expect(root.querySelectorAll("[part=seats]")).to.have.length(1);
    await click(table, seats?.querySelector("[aria-label='More seats']"));
    await click(table, seats?.querySelector("[aria-label='More seats']"));
    expect(texts(root, "[part=seats-total]")).to.deep.equal(["$147 for 3 seats"]);
    const input = seats?.querySelector("input") as HTMLInputElement;
    input.value = "99999";
    input.dispatchEvent(new Event("change"));
    await table.updateComplete;
    expect(input.value).to.equal("10000");
    input.value = "5";
    input.dispatchEvent(new Event("change"));
    await table.updateComplete;
    const event = oneEvent(table, "billing-plan-select") as Promise<PlanSelectEvent>;
    (root.querySelectorAll("[part=cta]")[2] as HTMLElement).click();
    expect((await event).detail).to.deep.equal({
      price: "price_business_m",
      product: "prod_business",
      interval: "month",
      interval_count: 1,
      currency: "usd",
      quantity: 5,
      subscription: null,
    });
  });

  it("emits a cancelable billing-plan-select and opens no checkout for an anonymous visitor", async () => {
    const { table, root } = await mount();
    const event = oneEvent(table, "billing-plan-select") as Promise<PlanSelectEvent>;
    (root.querySelectorAll("[part=cta]")[1] as HTMLElement).click();
    const received = await event;
    expect(received.cancelable).to.equal(true);
    expect(received.composed).to.equal(true);
    expect(received.detail).to.include({ price: "price_pro_m", product: "prod_pro", interval: "month", quantity: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(table.querySelector("billing-dialog")).to.equal(null);
  });

  it("opens <billing-checkout> in a dialog in the light DOM for a signed-in customer", async () => {
    const { table, root } = await mount({ fetchSession: session });
    (root.querySelectorAll("[part=cta]")[1] as HTMLElement).click();
    await waitUntil(() => table.querySelector("billing-dialog"), "no checkout dialog");
    const dialog = table.querySelector("billing-dialog");
    expect(dialog?.slot).to.equal("checkout");
    expect(dialog?.open).to.equal(true);
    const checkout = dialog?.querySelector("billing-checkout");
    expect(checkout?.getRootNode()).to.equal(document);
    expect(checkout?.getAttribute("price")).to.equal("price_pro_m");
    expect(checkout?.getAttribute("quantity")).to.equal("1");
    expect(checkout?.getAttribute("currency")).to.equal("usd");
    await dialog?.updateComplete;
    await expect(dialog).to.be.accessible();
    dialog?.shadowRoot?.querySelector<HTMLElement>("[part=close]")?.click();
    await waitUntil(() => !table.querySelector("billing-dialog"), "the dialog did not close");
  });

  it("closes the checkout and reloads the customer's plan once the purchase completes", async () => {
    const { table, root, api } = await mount({ fetchSession: session });
    (root.querySelectorAll("[part=cta]")[1] as HTMLElement).click();
    await waitUntil(() => table.querySelector("billing-checkout"), "no checkout");
    const before = api.requests.filter((r) => r.url.includes("/v1/subscriptions")).length;
    table.querySelector("billing-checkout")?.dispatchEvent(new CustomEvent("billing-checkout-complete", { bubbles: true, composed: true }));
    await waitUntil(() => !table.querySelector("billing-dialog"), "the dialog stayed open");
    await waitUntil(
      () => api.requests.filter((r) => r.url.includes("/v1/subscriptions")).length === before + 1,
      "the customer was not reloaded",
    );
  });

  it("keeps the dialog closed when a listener cancels the selection", async () => {
    const { table, root } = await mount({ fetchSession: session });
    table.addEventListener("billing-plan-select", (event) => event.preventDefault());
    (root.querySelectorAll("[part=cta]")[1] as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(table.querySelector("billing-dialog")).to.equal(null);
  });

  it("marks the signed-in customer's current plan and treats other plans as a change", async () => {
    const { table, root } = await mount({ fetchSession: session, subscriptions: [subscription("prod_pro")] });
    await waitUntil(() => root.querySelector("[part~=plan-current]"), "no current plan");
    expect(texts(root, "[part~=plan-current] [part=plan-name]")).to.deep.equal(["Pro"]);
    expect(texts(root, "[part=badge]")).to.deep.equal(["Current plan"]);
    const buttons = [...root.querySelectorAll("[part=cta]")] as HTMLButtonElement[];
    expect(buttons.map((b) => [b.textContent?.trim(), b.disabled])).to.deep.equal([
      ["Switch to this plan", false],
      ["Current plan", true],
      ["Switch to this plan", false],
    ]);
    const event = oneEvent(table, "billing-plan-select") as Promise<PlanSelectEvent>;
    buttons[2]?.click();
    expect((await event).detail.subscription).to.equal("sub_1");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(table.querySelector("billing-dialog")).to.equal(null);
  });

  it("follows the shared customer state at once after a checkout or a plan change elsewhere on the page", async () => {
    const { client, root, api } = await mount({ fetchSession: session });
    await waitUntil(() => client.$customerState.get().status === "ready", "no customer state");
    expect(root.querySelector("[part~=plan-current]")).to.equal(null);
    // The customer bought Pro (in a checkout, or changed plan in the portal): every action refreshes the state.
    api.setSubscriptions([subscription("prod_pro")]);
    await client.refreshCustomerState();
    await waitUntil(() => root.querySelector("[part~=plan-current]"), "the table kept the old plan", { timeout: 500 });
    expect(texts(root, "[part~=plan-current] [part=plan-name]")).to.deep.equal(["Pro"]);
    api.setSubscriptions([subscription("prod_hobby")]);
    await client.refreshCustomerState();
    await waitUntil(() => texts(root, "[part~=plan-current] [part=plan-name]")[0] === "Hobby", "the table kept Pro", { timeout: 500 });
  });

  it("renders markup in merchant strings as text", async () => {
    const { root } = await mount({ pricing: xssPricing });
    expect(texts(root, "[part=plan-name]")[0]).to.equal(XSS);
    expect(texts(root, "[part=plan-description]")[0]).to.equal(XSS);
    expect(root.querySelectorAll("img")).to.have.length(0);
    expect((window as unknown as { __billingXss?: number }).__billingXss).to.equal(undefined);
  });

  it("fetches the pricing once for several tables under one provider", async () => {
    const api = fakeApi({ pricing: standardPricing });
    const client = new BillingClient({ publishableKey: "pk_test_shared_fetch", fetch: api.fetch });
    const wrapper = await fixture<HTMLElement>(
      html`<billing-provider .client=${client}><billing-pricing-table></billing-pricing-table><billing-pricing-table></billing-pricing-table></billing-provider>`,
    );
    const tables = [...wrapper.querySelectorAll("billing-pricing-table")] as BillingPricingTable[];
    await waitUntil(() => tables.every(ready));
    expect(api.requests.filter((r) => r.url.endsWith("/v1/pricing"))).to.have.length(1);
  });

  it("speaks French, with money and numbers through Intl", async () => {
    const { table, root } = await mount();
    table.locale = "fr-FR";
    table.currency = "eur";
    await table.updateComplete;
    expect(texts(root, "[part=cta]")).to.deep.equal(["Commencer", "Essayer 14 jours", "Commencer"]);
    expect(texts(root, "[part=price]")[1]).to.equal("19 € / mois");
    // Merchant strings (the feature name "Projects") stay as written; the wording around them is French.
    expect(texts(root, "[part=feature]")[2]).to.equal("Projects : 50");
  });
});
