import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "./define";
import type { BillingDialog } from "./billing-dialog";

describe("<billing-dialog>", () => {
  it("is accessible when open", async () => {
    const el = await fixture<BillingDialog>(html`<billing-dialog label="Checkout" open><p>Pay here</p></billing-dialog>`);
    await expect(el).to.be.accessible();
  });

  it("adds no landmark of its own to a page that has its banner (axe: one banner, at the top level)", async () => {
    // As confirmAction opens it: at the top level of a page with its own header.
    const page = await fixture<HTMLElement>(
      html`<div><header><p>Acme Notes</p></header><billing-dialog label="Checkout" open><p>Pay here</p></billing-dialog></div>`,
    );
    const dialog = page.querySelector("billing-dialog") as BillingDialog;
    await dialog.updateComplete;
    // axe's failure as plain text: the assertion error itself holds the elements.
    try {
      await expect(page).to.be.accessible();
    } catch (error) {
      throw new Error(String(error));
    }
    expect(dialog.shadowRoot?.querySelector("header, [role=banner]"), "the title bar is a plain element").to.equal(null);
    expect(dialog.shadowRoot?.querySelector("[part=header] #title")?.textContent).to.equal("Checkout");
  });

  it("opens over the page with its label as the heading and keeps its content in the light DOM", async () => {
    const el = await fixture<BillingDialog>(
      html`<billing-dialog label="Pro plan"><div id="mount">Stripe mounts here</div></billing-dialog>`,
    );
    const dialog = el.shadowRoot?.querySelector("dialog") as HTMLDialogElement;
    expect(dialog.open).to.equal(false);
    el.open = true;
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(document.elementFromPoint(2, 2)).to.equal(el, "the backdrop covers the page behind");
    expect(dialog.getAttribute("aria-labelledby")).to.equal("title");
    expect(el.shadowRoot?.querySelector("#title")?.textContent).to.equal("Pro plan");
    expect(el.querySelector("#mount")?.getRootNode()).to.equal(document);
  });

  it("leaves Stripe's 3-D Secure frame, appended to <body> above it, reachable (a top-layer modal would make it inert)", async () => {
    const el = await fixture<BillingDialog>(html`<billing-dialog label="Checkout" open><button>Inside</button></billing-dialog>`);
    const challenge = Object.assign(document.createElement("iframe"), { title: "3D Secure challenge" });
    challenge.style.cssText =
      "position:fixed;inset-block-start:0;inset-inline-start:0;width:200px;height:200px;z-index:2147483647;border:0";
    document.body.append(challenge);
    try {
      expect(document.elementFromPoint(100, 100)).to.equal(challenge);
      challenge.focus();
      expect(document.activeElement).to.equal(challenge, "focus may move into Stripe's frame");
      expect(el.open).to.equal(true);
    } finally {
      challenge.remove();
    }
  });

  it("closes on Escape and on its close button, announcing billing-dialog-close", async () => {
    const el = await fixture<BillingDialog>(html`<billing-dialog label="Checkout" lang="fr" open><button>Inside</button></billing-dialog>`);
    const closed = oneEvent(el, "billing-dialog-close");
    await sendKeys({ press: "Escape" });
    await closed;
    expect(el.open).to.equal(false);
    expect(el.hasAttribute("open")).to.equal(false);
    el.open = true;
    await el.updateComplete;
    const close = el.shadowRoot?.querySelector<HTMLButtonElement>("[part=close]");
    expect(close?.getAttribute("aria-label")).to.equal("Fermer");
    close?.click();
    await waitUntil(() => !el.open);
  });

  it("renders its label as text", async () => {
    const el = await fixture<BillingDialog>(html`<billing-dialog label="<img src=x onerror=alert(1)>" open></billing-dialog>`);
    expect(el.shadowRoot?.querySelector("#title")?.textContent).to.equal("<img src=x onerror=alert(1)>");
    expect(el.shadowRoot?.querySelector("img")).to.equal(null);
  });
});
