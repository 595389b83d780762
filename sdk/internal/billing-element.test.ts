import { expect, fixture, html } from "@open-wc/testing";
import { BillingElement } from "./billing-element";

class ProbeElement extends BillingElement {
  fire(cancelable: boolean) {
    return this.emit("billing-probe", { value: 42 }, { cancelable });
  }
  price(amount: number) {
    return this.formatMoney(amount, "eur", 2);
  }
}

describe("BillingElement", () => {
  it("defines its tag once, even when the script runs twice", () => {
    ProbeElement.define("billing-probe");
    expect(() => ProbeElement.define("billing-probe")).not.to.throw();
    expect(customElements.get("billing-probe")).to.equal(ProbeElement);
  });

  it("emits typed events that bubble out of shadow roots and honour preventDefault", async () => {
    ProbeElement.define("billing-probe");
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: "open" });
    const probe = document.createElement("billing-probe") as ProbeElement;
    root.append(probe);
    let received: unknown;
    host.addEventListener("billing-probe", (event) => {
      received = (event as CustomEvent).detail;
      event.preventDefault();
    });
    expect(probe.fire(true)).to.equal(false);
    expect(received).to.deep.equal({ value: 42 });
    expect(probe.fire(false)).to.equal(true);
  });

  it("formats money in the page's language", async () => {
    ProbeElement.define("billing-probe");
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-DE"><billing-probe></billing-probe></div>`);
    const probe = wrapper.querySelector("billing-probe") as ProbeElement;
    expect(probe.price(123456)).to.equal("1.234,56\u00a0€");
  });
});
