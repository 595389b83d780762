import { expect, fixture, html } from "@open-wc/testing";
import { html as litHtml } from "lit";
import { BillingClient } from "../../client/client";
import { fakeApi } from "../../fixtures/fake-api";
import { BillingElement } from "../../internal/billing-element";
import "./define";
import type { BillingProvider } from "./billing-provider";

/** Shows what it received from the provider, as an element inside it would. */
class ContextProbe extends BillingElement {
  get shared() {
    return {
      client: this.billingClient,
      locale: this.resolvedLocale,
      currency: this.preferredCurrency,
      dark: this.internals.states.has("dark"),
    };
  }
  protected override render() {
    return litHtml`<span>${this.resolvedLocale}</span>`;
  }
}
ContextProbe.define("billing-context-probe");

describe("<billing-provider>", () => {
  it("is accessible", async () => {
    const el = await fixture<BillingProvider>(html`<billing-provider publishable-key="pk_test_a11y"><p>Plans</p></billing-provider>`);
    await expect(el).to.be.accessible();
  });

  it("shares one client, its locale, currency and theme with the elements inside it", async () => {
    const el = await fixture<BillingProvider>(html`
      <billing-provider publishable-key="pk_test_shared" api-base="https://api.example" locale="fr-FR" currency="EUR" theme="dark">
        <billing-context-probe id="a"></billing-context-probe>
        <div><billing-context-probe id="b"></billing-context-probe></div>
      </billing-provider>
    `);
    const a = el.querySelector<ContextProbe>("#a")?.shared;
    const b = el.querySelector<ContextProbe>("#b")?.shared;
    expect(a?.client).to.be.instanceOf(BillingClient);
    expect(a?.client).to.equal(b?.client);
    expect(a?.client?.apiBase).to.equal("https://api.example");
    expect(a).to.deep.include({ locale: "fr-FR", currency: "eur", dark: true });
  });

  it("re-renders the elements inside when an attribute changes", async () => {
    const el = await fixture<BillingProvider>(
      html`<billing-provider publishable-key="pk_test_attr" locale="en-US"><billing-context-probe></billing-context-probe></billing-provider>`,
    );
    const probe = el.querySelector("billing-context-probe") as ContextProbe;
    expect(probe.shadowRoot?.textContent).to.equal("en-US");
    el.setAttribute("locale", "fr-CA");
    await el.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot?.textContent).to.equal("fr-CA");
    el.setAttribute("publishable-key", "pk_test_other");
    await el.updateComplete;
    expect(probe.shared.client?.publishableKey).to.equal("pk_test_other");
  });

  it("keeps a client the page set, and hands it the fetchSession callback", async () => {
    const client = new BillingClient({ publishableKey: "pk_test_own", fetch: fakeApi({}).fetch });
    const fetchSession = async () => null;
    const el = await fixture<BillingProvider>(
      html`<billing-provider .client=${client} .fetchSession=${fetchSession}><billing-context-probe></billing-context-probe></billing-provider>`,
    );
    expect((el.querySelector("billing-context-probe") as ContextProbe).shared.client).to.equal(client);
    expect(client.fetchSession).to.equal(fetchSession);
  });

  it("lets an element work alone with its own publishable key", async () => {
    const probe = await fixture<ContextProbe>(
      html`<billing-context-probe publishable-key="pk_test_alone" lang="de"></billing-context-probe>`,
    );
    expect(probe.shared.client?.publishableKey).to.equal("pk_test_alone");
    expect(probe.shared.locale).to.equal("de");
  });
});
