import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import "../../define";
import type { AdminCopy } from "./admin-copy";

describe("<billing-admin-copy>", () => {
  it("is accessible and shows the value as text", async () => {
    const xss = `<script src="/sdk/billingos.js"></script><img src=x onerror="window.__adminXss=1">`;
    const copy = await fixture<AdminCopy>(html`<billing-admin-copy .value=${xss} label="Copy the embed snippet"></billing-admin-copy>`);
    await expect(copy).to.be.accessible();
    expect(copy.shadowRoot?.querySelector("code")?.textContent).to.equal(xss);
    expect(copy.shadowRoot?.querySelector("img, script")).to.equal(null);
    expect(copy.shadowRoot?.querySelector("button")?.getAttribute("aria-label")).to.equal("Copy the embed snippet");
  });

  it("copies to the clipboard, says so, and emits billing-admin-copy", async () => {
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, "clipboard");
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    try {
      const copy = await fixture<AdminCopy>(html`<billing-admin-copy value="sk_test_123"></billing-admin-copy>`);
      let event: unknown;
      copy.addEventListener("billing-admin-copy", (e) => (event = (e as CustomEvent).detail));
      copy.shadowRoot?.querySelector("button")?.click();
      await waitUntil(() => copy.copied, "copied");
      await copy.updateComplete;
      expect(written).to.deep.equal(["sk_test_123"]);
      expect(event).to.deep.equal({ value: "sk_test_123" });
      expect(copy.shadowRoot?.querySelector("button")?.textContent).to.equal("Copied");
      expect(copy.shadowRoot?.querySelector("[role=status]")?.textContent).to.equal("Copied to the clipboard.");
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, "clipboard", original);
    }
  });
});
