import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { BillingClient, type Pricing } from "../../client/client";
import { fakeApi } from "../../fixtures/fake-api";
import { standardPricing } from "../../fixtures/pricing";
import { LIGHT } from "../../internal/tokens";
import "../billing-feature-gate/define";
import "../billing-pricing-table/define";
import "./define";

/** A provider holding a pricing table (which loads the pricing document) and a gate (which does not). */
async function mount(appearance: Pricing["appearance"], wrapperStyle = "", tableAttributes = "") {
  const api = fakeApi({ pricing: { ...standardPricing, appearance } });
  const client = new BillingClient({ publishableKey: "pk_test_branding", fetch: api.fetch });
  const wrapper = await fixture<HTMLElement>(html`
    <div style=${wrapperStyle}>
      <billing-provider .client=${client} locale="en-US">
        <billing-feature-gate feature="sso"><p>ok</p></billing-feature-gate>
        <billing-pricing-table></billing-pricing-table>
      </billing-provider>
    </div>
  `);
  const table = wrapper.querySelector("billing-pricing-table") as HTMLElement;
  for (const [name, value] of new URLSearchParams(tableAttributes)) table.setAttribute(name, value);
  await waitUntil(() => table.shadowRoot?.querySelector(".plan:not(.skeleton)"), "the table did not render");
  const gate = wrapper.querySelector("billing-feature-gate") as HTMLElement;
  return { table, gate, provider: wrapper.querySelector("billing-provider") as HTMLElement };
}

/** The value an element's shadow styles resolve for a token. */
const token = (element: Element, name: string) => getComputedStyle(element).getPropertyValue(`--_${name}`).trim();
const states = (element: Element) => (element as unknown as { internals: ElementInternals }).internals.states;

describe("the merchant's saved branding (pricing document `appearance`)", () => {
  it("is every element's default when the page sets no tokens, its theme included", async () => {
    const { table, gate } = await mount({
      theme: "dark",
      tokens: { "color-accent": "#e11d48", radius: "3px", "font-family": "Georgia, serif" },
    });
    for (const element of [table, gate]) {
      expect(token(element, "color-accent")).to.equal("#e11d48");
      expect(token(element, "radius")).to.equal("3px");
      expect(token(element, "font-family")).to.equal("Georgia, serif");
      // Tokens the merchant did not set keep the SDK's defaults (dark ones: its saved theme is dark).
      expect(token(element, "color-border")).to.equal("#262b36");
      expect(states(element).has("dark")).to.equal(true);
    }
    expect(getComputedStyle(table.shadowRoot?.querySelector(".plan") as Element).borderRadius).to.equal("3px");
  });

  it("gives way to the page's own `--billing-…` CSS", async () => {
    const { table, gate } = await mount(
      { theme: null, tokens: { "color-accent": "#e11d48", radius: "3px" } },
      "--billing-color-accent: #0000ff",
    );
    for (const element of [table, gate]) {
      expect(token(element, "color-accent")).to.equal("#0000ff");
      expect(token(element, "radius")).to.equal("3px");
    }
  });

  it("gives way to the element's own theme and CSS on the element itself", async () => {
    const { table, gate } = await mount(
      { theme: "dark", tokens: { "color-accent": "#e11d48" } },
      "",
      "theme=light&style=--billing-color-accent: %23008000",
    );
    expect(states(table).has("light")).to.equal(true);
    expect(states(table).has("dark")).to.equal(false);
    expect(token(table, "color-background")).to.equal(LIGHT["color-background"]);
    expect(token(table, "color-accent")).to.equal("#008000");
    expect(states(gate).has("dark")).to.equal(true);
    expect(token(gate, "color-accent")).to.equal("#e11d48");
  });

  it("cannot break out of its custom property with a hostile value", async () => {
    const { table, provider } = await mount({ theme: null, tokens: { "color-accent": "red;}body{display:none", "color-text": "#111111" } });
    expect(getComputedStyle(document.body).display).to.equal("block");
    expect(provider.getAttribute("style") ?? "").to.not.contain("body");
    expect(token(table, "color-accent")).to.equal(LIGHT["color-accent"]);
    expect(token(table, "color-text")).to.equal("#111111");
  });
});
