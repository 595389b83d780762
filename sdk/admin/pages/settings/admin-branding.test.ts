import { expect, html, waitUntil } from "@open-wc/testing";
import { standardPricing } from "../../../fixtures/pricing";
import { DARK, LIGHT } from "../../../internal/tokens";
import { adminFixture, apiError, type FakeAdminApi, fakeAdminApi, json, testSession } from "../../fixtures/admin-fixture";
import { answerConfirm } from "../../fixtures/confirm";
import "../../define";
import type { AdminBranding } from "./admin-branding";

const colors = { accent: "#0f766e", background: null, surface: null, text: null, text_muted: null, border: null };
const saved = { object: "branding", theme: null, colors, radius: 4, font_family: null, updated: 1_764_000_000 };
// The pricing document carries another saved accent: the preview must show the form's, not it.
const pricing = { ...standardPricing, appearance: { theme: null, tokens: { "color-accent": "#e11d48" } } };

async function mount(answers: Parameters<typeof fakeAdminApi>[0] = {}, role: "owner" | "viewer" = "owner") {
  const api = fakeAdminApi({ "GET /v1/branding": { body: saved }, "GET /v1/pricing": { body: pricing }, ...answers });
  const page = await adminFixture<AdminBranding>(
    html`<billing-admin-branding lang="en-US"></billing-admin-branding>`,
    testSession(api, { role, theme: "light" }),
  );
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector("form"), "form shown", { timeout: 5000 });
  const table = root.querySelector("billing-pricing-table") as HTMLElement;
  await waitUntil(() => table.shadowRoot?.querySelector(".plan:not(.skeleton)"), "the preview's table", { timeout: 5000 });
  return { page, root, api, table };
}

/** The value the table's shadow styles resolve for a token. */
const token = (element: Element, name: string) => getComputedStyle(element).getPropertyValue(`--_${name}`).trim();
const input = (root: ParentNode, name: string) => root.querySelector(`[name="${name}"]`) as HTMLInputElement;
function type(root: ParentNode, name: string, value: string) {
  const target = input(root, name);
  target.value = value;
  target.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
}
const posts = (api: FakeAdminApi) => api.requests.filter((r) => r.method === "POST");
const button = (root: ParentNode, name: string) =>
  [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;

describe("<billing-admin-branding>", () => {
  it("previews the real pricing table with the values as typed, before saving, in light or dark", async () => {
    const { page, root, api, table } = await mount();
    await expect(page).to.be.accessible();
    expect(input(root, "colors[accent]").value).to.equal("#0f766e");
    expect(token(table, "color-accent")).to.equal("#0f766e");
    expect(token(table, "radius")).to.equal("4px");

    type(root, "colors[accent]", "#FF5500");
    type(root, "radius", "20");
    type(root, "font_family", "Georgia, serif");
    await page.updateComplete;
    expect(token(table, "color-accent")).to.equal("#ff5500");
    expect((root.querySelector('input.swatch[data-token="accent"]') as HTMLInputElement).value).to.equal("#ff5500");
    expect(token(table, "radius")).to.equal("20px");
    expect(token(table, "radius-control")).to.equal("13px");
    expect(token(table, "font-family")).to.equal("Georgia, serif");
    expect(getComputedStyle(table.shadowRoot?.querySelector(".plan") as Element).borderRadius).to.equal("20px");
    // A half-typed colour shows the default meanwhile; a hostile font is not applied.
    type(root, "colors[accent]", "#ff55");
    type(root, "font_family", "Inter; } body { display: none");
    await page.updateComplete;
    expect(token(table, "color-accent")).to.equal(LIGHT["color-accent"]);
    expect(token(table, "font-family")).to.not.include("display");
    // The picker writes the text too.
    const picker = root.querySelector('input.swatch[data-token="border"]') as HTMLInputElement;
    picker.value = "#123456";
    picker.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    await page.updateComplete;
    expect(input(root, "colors[border]").value).to.equal("#123456");
    expect(token(table, "color-border")).to.equal("#123456");

    expect(token(table, "color-surface")).to.equal(LIGHT["color-surface"]);
    button(root, "Dark")?.click();
    await page.updateComplete;
    await waitUntil(() => token(table, "color-surface") === DARK["color-surface"], "dark defaults");
    expect(button(root, "Dark")?.getAttribute("aria-pressed")).to.equal("true");
    expect(token(table, "color-accent")).to.equal(DARK["color-accent"]);
    type(root, "colors[accent]", "#f50");
    await page.updateComplete;
    expect(token(table, "color-accent")).to.equal("#ff5500");
    expect(posts(api)).to.have.length(0);
  });

  it("saves every field, empty ones as the defaults (null)", async () => {
    const { root, api } = await mount({ "POST /v1/branding": { body: { ...saved, radius: 16 } } });
    type(root, "colors[accent]", "#FF5500");
    type(root, "colors[text]", "#111");
    type(root, "radius", "16");
    type(root, "font_family", ' "Inter", sans-serif ');
    (input(root, "theme") as unknown as HTMLSelectElement).value = "dark";
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.textContent?.includes("Saved."), "saved");
    const body = await posts(api)[0]?.json();
    expect(body).to.deep.equal({
      theme: "dark",
      colors: { accent: "#FF5500", background: null, surface: null, text: "#111", text_muted: null, border: null },
      radius: 16,
      font_family: '"Inter", sans-serif',
    });
  });

  it("shows the API's errors under their field (a hostile font, a bad colour) and saves nothing else", async () => {
    let answer = apiError(400, "parameter_invalid", "Invalid font_family: font names separated by commas", "font_family");
    const { page, root, api } = await mount({ "POST /v1/branding": () => json(answer.status, answer.body) });
    type(root, "font_family", "Inter; } body { display: none");
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#field-font_family-error"), "font error");
    expect(root.querySelector("#field-font_family-error")?.textContent).to.include("font names separated by commas");
    expect(root.textContent).to.not.include("Saved.");
    answer = apiError(400, "parameter_invalid", "Invalid colors[accent]: a hex colour, #rrggbb or #rgb", "colors[accent]");
    type(root, "font_family", "");
    type(root, "colors[accent]", "red");
    root.querySelector("form")?.requestSubmit();
    await waitUntil(() => root.querySelector("#field-colors-accent-error"), "colour error");
    expect(root.querySelector("#field-colors-accent-error")?.textContent).to.include("a hex colour");
    expect(input(root, "colors[accent]").getAttribute("aria-invalid")).to.equal("true");
    expect(root.querySelector("#field-font_family-error")).to.equal(null);
    await page.updateComplete;
    expect(page.shadowRoot?.activeElement).to.equal(input(root, "colors[accent]"));
    expect(posts(api)).to.have.length(2);
  });

  it("resets to the defaults only after confirmation, and empties the form", async () => {
    const defaults = { ...saved, colors: { ...colors, accent: null }, radius: null };
    const { page, root, api, table } = await mount({ "POST /v1/branding": { body: defaults } });
    button(root, "Reset to defaults")?.click();
    await answerConfirm(page, "Cancel");
    expect(posts(api)).to.have.length(0);
    button(root, "Reset to defaults")?.click();
    await answerConfirm(page, "Reset to defaults");
    await waitUntil(() => root.textContent?.includes("Reset to the defaults."), "reset");
    expect(await posts(api)[0]?.json()).to.deep.equal({
      theme: null,
      colors: { accent: null, background: null, surface: null, text: null, text_muted: null, border: null },
      radius: null,
      font_family: null,
    });
    expect(input(root, "colors[accent]").value).to.equal("");
    expect(input(root, "radius").value).to.equal("");
    await page.updateComplete;
    expect(token(table, "color-accent")).to.equal(LIGHT["color-accent"]);
    expect(token(table, "radius")).to.equal("12px");
  });

  it("shows the pricing table's own empty state when nothing is on sale", async () => {
    const api = fakeAdminApi({ "GET /v1/branding": { body: saved }, "GET /v1/pricing": { body: { ...pricing, products: [] } } });
    const page = await adminFixture<AdminBranding>(html`<billing-admin-branding></billing-admin-branding>`, testSession(api));
    const table = await waitUntil(() => page.shadowRoot?.querySelector("billing-pricing-table"), "table", { timeout: 5000 }).then(
      () => page.shadowRoot?.querySelector("billing-pricing-table") as HTMLElement,
    );
    await waitUntil(() => table.shadowRoot?.querySelector('[part="empty"]'), "empty state", { timeout: 5000 });
  });

  it("shows a viewer the branding read-only, with the preview and no Save or Reset", async () => {
    const { root, table } = await mount({}, "viewer");
    expect(root.querySelector("fieldset")?.disabled).to.equal(true);
    expect(button(root, "Save")).to.equal(undefined);
    expect(button(root, "Reset to defaults")).to.equal(undefined);
    expect(token(table, "color-accent")).to.equal("#0f766e");
  });
});
