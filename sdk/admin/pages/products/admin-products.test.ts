import { expect, html, waitUntil } from "@open-wc/testing";
import { adminFixture, apiError, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import { list, mountProduct, price, product, text } from "../../fixtures/catalogue-records";
import { answerConfirm } from "../../fixtures/confirm";
import "../../define";
import type { AdminNewProduct } from "./admin-new-product";
import type { AdminProduct } from "./admin-product";
import { toMinorUnits } from "./catalogue";
import { embedSnippet } from "./embed";

const XSS = `<img src=x onerror="window.__adminXss=1">`;
const mountDetail = mountProduct;

describe("products: amounts", () => {
  it("turns typed amounts into integer minor units by the currency's exponent", () => {
    expect(toMinorUnits("19.99", 2)).to.equal(1999);
    expect(toMinorUnits("19", 2)).to.equal(1900);
    expect(toMinorUnits("19,5", 2)).to.equal(1950);
    expect(toMinorUnits("1900", 0)).to.equal(1900);
    expect(toMinorUnits("19.5", 0)).to.equal(undefined);
    expect(toMinorUnits("19.999", 2)).to.equal(undefined);
    expect(toMinorUnits("-1", 2)).to.equal(undefined);
    expect(toMinorUnits("abc", 2)).to.equal(undefined);
  });

  it("builds the embed snippet with the hashed script, its SRI and the publishable key", () => {
    const snippet = embedSnippet({
      origin: "https://billing.test",
      publishableKey: "pk_test_abc",
      manifest: { file: "billingos.0123abcd.js", integrity: "sha384-XYZ" },
    });
    expect(snippet).to.include('<script src="https://billing.test/sdk/billingos.0123abcd.js"');
    expect(snippet).to.include('integrity="sha384-XYZ" crossorigin="anonymous"');
    expect(snippet).to.include('<billing-provider publishable-key="pk_test_abc" api-base="https://billing.test">');
    expect(snippet).to.include("<billing-pricing-table></billing-pricing-table>");
  });
});

describe("<billing-admin-products>", () => {
  it("lists products with their status, names as text, accessibly", async () => {
    const api = fakeAdminApi({
      "GET /v1/products": list([product({ name: XSS }), product({ id: "prod_old", name: "Old", active: false })]),
    });
    const page = await adminFixture<HTMLElement>(html`<billing-admin-products lang="en-US"></billing-admin-products>`, testSession(api));
    const table = page.shadowRoot?.querySelector("billing-admin-table") as HTMLElement;
    await waitUntil(() => text(table.shadowRoot).includes("Archived"), "rows shown", { timeout: 5000 });
    expect(text(table.shadowRoot)).to.include(XSS);
    expect(text(table.shadowRoot)).to.include("In pricing table");
    expect(table.shadowRoot?.querySelector("img")).to.equal(null);
    expect((window as { __adminXss?: number }).__adminXss).to.equal(undefined);
    await expect(page).to.be.accessible();
    expect(page.shadowRoot?.querySelector('a[href="/admin/products/new"]')).to.not.equal(null);
  });

  it("offers a viewer no New product", async () => {
    const api = fakeAdminApi({ "GET /v1/products": list([]) });
    const page = await adminFixture<HTMLElement>(
      html`<billing-admin-products></billing-admin-products>`,
      testSession(api, { role: "viewer" }),
    );
    expect(page.shadowRoot?.querySelector('a[href="/admin/products/new"]')).to.equal(null);
  });
});

describe("<billing-admin-new-product>", () => {
  it("creates the product from the form and opens it", async () => {
    const api = fakeAdminApi({ "POST /v1/products": { body: product({ id: "prod_new" }) } });
    const session = testSession(api);
    const page = await adminFixture<AdminNewProduct>(html`<billing-admin-new-product></billing-admin-new-product>`, session);
    const root = page.shadowRoot as ShadowRoot;
    (root.querySelector('input[name="name"]') as HTMLInputElement).value = "Team";
    (root.querySelector('textarea[name="marketing_features"]') as HTMLTextAreaElement).value = "Unlimited notes\n\n  Shared folders ";
    (root.querySelector('input[name="highlighted"]') as HTMLInputElement).checked = true;
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => session.calls.length > 0, "navigated");
    expect(session.calls).to.deep.equal(["navigate /admin/products/prod_new"]);
    expect(await api.requests[0]?.json()).to.deep.equal({
      name: "Team",
      description: null,
      marketing_features: ["Unlimited notes", "Shared folders"],
      visible: true,
      highlighted: true,
      display_order: 0,
    });
  });

  it("draws each checkbox at its own size, on the line of its label", async () => {
    const page = await adminFixture<AdminNewProduct>(
      html`<billing-admin-new-product></billing-admin-new-product>`,
      testSession(fakeAdminApi({})),
    );
    const box = page.shadowRoot?.querySelector('input[name="highlighted"]') as HTMLInputElement;
    const label = box.closest("label") as HTMLLabelElement;
    expect(box.getBoundingClientRect().width).to.be.below(30);
    expect(label.getBoundingClientRect().height).to.be.below(30);
    expect(box.getBoundingClientRect().left).to.equal(label.getBoundingClientRect().left);
  });

  it("shows the API's error under the field its param names", async () => {
    const api = fakeAdminApi({ "POST /v1/products": apiError(400, "parameter_missing", "Name is required.", "name") });
    const page = await adminFixture<AdminNewProduct>(html`<billing-admin-new-product></billing-admin-new-product>`, testSession(api));
    const root = page.shadowRoot as ShadowRoot;
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector(".field-error"), "field error");
    expect(root.querySelector("#field-name-error")?.textContent).to.equal("Name is required.");
  });
});

describe("<billing-admin-product>", () => {
  it("shows the product, its prices with trial, accessibly", async () => {
    const { page, prices } = await mountDetail();
    expect(text(prices)).to.include("$19.00");
    expect(text(prices)).to.include("every month · 14-day trial");
    await expect(page).to.be.accessible();
  });

  it("adds a price in a zero-decimal currency as integer minor units", async () => {
    const { formHost, api } = await mountDetail({ "POST /v1/prices": { body: price({ id: "price_2" }) } });
    const prices = formHost()?.shadowRoot as ShadowRoot;
    (prices.querySelector('select[name="currency"]') as HTMLSelectElement).value = "jpy";
    (prices.querySelector('input[name="unit_amount"]') as HTMLInputElement).value = "1900";
    (prices.querySelector('select[name="recurring.interval"]') as HTMLSelectElement).value = "year";
    (prices.querySelector('input[name="trial_period_days"]') as HTMLInputElement).value = "7";
    prices.querySelector("form")?.requestSubmit();
    await waitUntil(() => api.requests.some((r) => r.method === "POST"), "price sent");
    expect(await api.requests.find((r) => r.method === "POST")?.json()).to.deep.equal({
      product: "prod_pro",
      currency: "jpy",
      unit_amount: 1900,
      recurring: { interval: "year", interval_count: 1 },
      trial_period_days: 7,
    });
  });

  it("refuses an amount with too many decimals beside the field, sending nothing", async () => {
    const { formHost, api } = await mountDetail();
    const pricesHost = formHost() as HTMLElement;
    const prices = pricesHost.shadowRoot as ShadowRoot;
    (prices.querySelector('select[name="currency"]') as HTMLSelectElement).value = "jpy";
    (prices.querySelector('input[name="unit_amount"]') as HTMLInputElement).value = "19.5";
    prices.querySelector("form")?.requestSubmit();
    await waitUntil(() => prices.querySelector(".field-error"), "field error");
    await (pricesHost as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(prices.querySelector("#field-unit_amount-error")?.textContent).to.equal("Enter a whole amount, e.g. 1900.");
    expect(api.requests.some((r) => r.method === "POST")).to.equal(false);
  });

  it("archives a price only after confirmation", async () => {
    const { prices, pricesHost, api } = await mountDetail({ "POST /v1/prices/price_1": { body: price({ active: false }) } });
    const archive = prices.querySelector('button[aria-label="Archive $19.00 every month"]') as HTMLButtonElement;
    archive.click();
    await answerConfirm(pricesHost, "Archive price");
    await waitUntil(() => api.requests.some((r) => r.url.endsWith("/v1/prices/price_1")), "archived");
    expect(await api.requests.find((r) => r.url.endsWith("/v1/prices/price_1"))?.json()).to.deep.equal({ active: false });
  });

  it("shows a viewer no write action", async () => {
    const { root, prices } = await mountDetail({}, "viewer");
    expect(prices.querySelector("form")).to.equal(null);
    expect([...prices.querySelectorAll("button")].length).to.equal(0);
    expect([...root.querySelectorAll("button")].map((b) => b.textContent?.trim())).to.deep.equal([]);
  });

  it("offers the other mode when the product is not in this one", async () => {
    const api = fakeAdminApi({ "GET /v1/products/prod_pro": apiError(404, "resource_missing", "No such product.") });
    const page = await adminFixture<AdminProduct>(
      html`<billing-admin-product product-id="prod_pro"></billing-admin-product>`,
      testSession(api),
    );
    await waitUntil(() => text(page.shadowRoot).includes("No such product in test mode."), "404 shown", { timeout: 5000 });
  });
});
