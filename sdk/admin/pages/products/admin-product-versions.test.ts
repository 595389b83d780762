import { expect, waitUntil } from "@open-wc/testing";
import { type Answer, apiError, json } from "../../fixtures/admin-fixture";
import { list, mountProduct, price, product, text, versionList } from "../../fixtures/catalogue-records";
import "../../define";

const v1 = price({ id: "price_v1", product_version: 1, unit_amount: 1900, stripe_id: "price_s1" });
const v1Archived = price({ id: "price_v1_old", product_version: 1, unit_amount: 1500, active: false });
const v2 = price({
  id: "price_v2",
  product_version: 2,
  unit_amount: 2900,
  currency_options: { eur: { unit_amount: 2700, currency_exponent: 2 } },
});
const versioned = {
  "GET /v1/products/prod_pro": { body: product({ version: 2 }) },
  "GET /v1/products/prod_pro/versions": versionList([2, 0], [1, 3]),
  "GET /v1/prices": list([v2, v1, v1Archived]),
};
const posts = (api: { requests: Request[] }, suffix: string) => api.requests.filter((r) => r.method === "POST" && r.url.endsWith(suffix));
const button = (root: ParentNode, name: string) =>
  [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name || b.getAttribute("aria-label") === name) as
    | HTMLButtonElement
    | undefined;
const set = (root: ParentNode, selector: string, value: string) => {
  const control = root.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
};
/** Answers each call in turn with the next of `bodies`, the last one again afterwards. */
const inTurn = (...bodies: unknown[]): Answer => {
  let call = 0;
  return () => json(200, bodies[Math.min(call++, bodies.length - 1)]);
};

describe("<billing-admin-product-prices>: versions", () => {
  it("groups prices by version, the current one first, older ones labelled, every currency shown", async () => {
    const { page, prices } = await mountProduct(versioned);
    const sections = [...prices.querySelectorAll("section.version")];
    expect(sections.map((s) => s.querySelector("h3, h4")?.textContent?.replace(/\s+/g, " ").trim())).to.deep.equal([
      "Version 2 Current · no live subscriptions",
      "Version 1 · 3 live subscriptions",
    ]);
    expect(text(sections[0])).to.include("New subscriptions get these prices.");
    expect(text(sections[0])).to.include("$29.00");
    expect(text(sections[0])).to.include("€27.00");
    expect(text(sections[0])).to.not.include("$19.00");
    expect(text(sections[1])).to.include("keep these prices until you migrate them");
    expect(text(sections[1])).to.include("$19.00");
    expect(text(sections[1])).to.include("Archived");
    expect(text(prices)).to.include("existing subscribers keep their price until you migrate them");
    await expect(page).to.be.accessible();
  });

  it("replaces a price: the new one starts version 2, and the copy of the old one there is archived", async () => {
    const added = price({ id: "price_new", product_version: 2, unit_amount: 2900 });
    const copy = price({ id: "price_copy", product_version: 2, unit_amount: 1900 });
    const { prices, pricesHost, formHost, api } = await mountProduct({
      // Two reads at first (the page and its prices), then the prices read again after the change.
      "GET /v1/products/prod_pro": inTurn(product(), product(), product({ version: 2 })),
      "GET /v1/prices": inTurn(list([v1]).body, list([added, copy, v1]).body),
      "POST /v1/prices": { body: added },
      "POST /v1/prices/price_copy": { body: { ...copy, active: false } },
    });
    button(prices, "Replace $19.00 every month")?.click();
    await pricesHost.updateComplete;
    await formHost()?.updateComplete;
    const form = formHost()?.shadowRoot as ShadowRoot;
    expect(form.querySelector("h3")?.textContent).to.equal("Replace $19.00 every month");
    set(form, 'input[name="unit_amount"]', "29");
    form.querySelector("form")?.requestSubmit();
    await waitUntil(() => posts(api, "/v1/prices/price_copy").length === 1, "the copy archived", { timeout: 5000 });
    expect(await posts(api, "/v1/prices")[0]?.json()).to.deep.equal({
      product: "prod_pro",
      currency: "usd",
      unit_amount: 2900,
      recurring: { interval: "month", interval_count: 1 },
      trial_period_days: 14,
    });
    expect(await posts(api, "/v1/prices/price_copy")[0]?.json()).to.deep.equal({ active: false });
    expect(posts(api, "/v1/prices/price_v1")).to.have.length(0);
    await waitUntil(() => text(prices).includes("Version 2 started"), "the new version explained");
  });

  it("replaces a price of a version nobody subscribes to by archiving the old price itself", async () => {
    const added = price({ id: "price_new", product_version: 1, unit_amount: 2900 });
    const { prices, pricesHost, formHost, api } = await mountProduct({
      "POST /v1/prices": { body: added },
      "GET /v1/prices": inTurn(list([v1]).body, list([added, v1]).body),
      "POST /v1/prices/price_v1": { body: { ...v1, active: false } },
    });
    button(prices, "Replace $19.00 every month")?.click();
    await pricesHost.updateComplete;
    await formHost()?.updateComplete;
    const form = formHost()?.shadowRoot as ShadowRoot;
    set(form, 'input[name="unit_amount"]', "29.00");
    form.querySelector("form")?.requestSubmit();
    await waitUntil(() => posts(api, "/v1/prices/price_v1").length === 1, "the old price archived", { timeout: 5000 });
    await waitUntil(() => text(prices).includes("replaces the old one"), "the replacement said");
  });

  it("moves the old price's lookup key to the new one (transfer_lookup_key)", async () => {
    const keyed = price({ id: "price_v1", product_version: 1, unit_amount: 1900, lookup_key: "pro_monthly" });
    const added = price({ id: "price_new", product_version: 1, unit_amount: 2900, lookup_key: "pro_monthly" });
    const { prices, pricesHost, formHost, api } = await mountProduct({
      "POST /v1/prices": { body: added },
      "GET /v1/prices": inTurn(list([keyed]).body, list([added, { ...keyed, lookup_key: null }]).body),
      "POST /v1/prices/price_v1": { body: { ...keyed, lookup_key: null, active: false } },
    });
    button(prices, "Replace $19.00 every month")?.click();
    await pricesHost.updateComplete;
    await formHost()?.updateComplete;
    const form = formHost()?.shadowRoot as ShadowRoot;
    set(form, 'input[name="unit_amount"]', "29.00");
    form.querySelector("form")?.requestSubmit();
    await waitUntil(() => posts(api, "/v1/prices/price_v1").length === 1, "the old price archived", { timeout: 5000 });
    expect(await posts(api, "/v1/prices")[0]?.json()).to.include({
      unit_amount: 2900,
      lookup_key: "pro_monthly",
      transfer_lookup_key: true,
    });
    expect(await posts(api, "/v1/prices/price_v1")[0]?.json()).to.deep.equal({ active: false });
  });
});

describe("<billing-admin-price-form>: other currencies", () => {
  async function fill(answers: Parameters<typeof mountProduct>[0], amounts: { usd: string; eur: string; jpy: string }) {
    const mounted = await mountProduct(answers);
    const host = mounted.formHost();
    const form = host?.shadowRoot as ShadowRoot;
    button(form, "Add a currency")?.click();
    await host?.updateComplete;
    button(form, "Add a currency")?.click();
    await host?.updateComplete;
    set(form, 'input[name="unit_amount"]', amounts.usd);
    set(form, 'input[name="currency_options[eur][unit_amount]"]', amounts.eur);
    set(form, 'input[name="currency_options[jpy][unit_amount]"]', amounts.jpy);
    form.querySelector("form")?.requestSubmit();
    return { ...mounted, form, host };
  }

  it("sends each currency's amount in minor units by its exponent (EUR 2, JPY 0)", async () => {
    const { api } = await fill({ "POST /v1/prices": { body: price({ id: "price_2" }) } }, { usd: "19.99", eur: "18.50", jpy: "2900" });
    await waitUntil(() => posts(api, "/v1/prices").length === 1, "price sent");
    expect(await posts(api, "/v1/prices")[0]?.json()).to.deep.equal({
      product: "prod_pro",
      currency: "usd",
      unit_amount: 1999,
      currency_options: { eur: { unit_amount: 1850 }, jpy: { unit_amount: 2900 } },
      recurring: { interval: "month", interval_count: 1 },
    });
  });

  it("refuses decimals in a zero-decimal currency under its field, sending nothing", async () => {
    const { api, form, host } = await fill({}, { usd: "19.99", eur: "18.50", jpy: "2900.5" });
    await waitUntil(() => form.querySelector(".field-error"), "field error");
    await host?.updateComplete;
    expect(form.querySelector("#field-currency_options-jpy--unit_amount--error")?.textContent).to.equal("Enter a whole amount, e.g. 1900.");
    expect(posts(api, "/v1/prices")).to.have.length(0);
  });

  it("shows the API's error under the field its param names", async () => {
    const refused = apiError(400, "amount_too_small", "At least €0.50.", "currency_options[eur][unit_amount]");
    const { form, host } = await fill({ "POST /v1/prices": refused }, { usd: "19.99", eur: "0.10", jpy: "2900" });
    await waitUntil(() => form.querySelector(".field-error"), "field error", { timeout: 5000 });
    await host?.updateComplete;
    expect(form.querySelector("#field-currency_options-eur--unit_amount--error")?.textContent).to.equal("At least €0.50.");
    expect(form.querySelector('input[name="currency_options[eur][unit_amount]"]')?.getAttribute("aria-invalid")).to.equal("true");
  });
});
