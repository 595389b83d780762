import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import "../../define";
import type { AdminCopy } from "./admin-copy";

/** The button's accessible name: no aria-label, so its text content, the visually hidden part included. */
function buttonName(copy: AdminCopy): { name: string; visible: string } {
  const button = copy.shadowRoot?.querySelector("button") as HTMLButtonElement;
  expect(button.hasAttribute("aria-label"), "named by its content, so the visible Copy is part of the name").to.equal(false);
  const hidden = [...button.querySelectorAll("*")].filter((part) => part.getBoundingClientRect().width <= 1);
  const visible = [...button.childNodes]
    .filter((node) => node.nodeType !== Node.COMMENT_NODE && !hidden.includes(node as Element))
    .map((node) => node.textContent);
  return { name: (button.textContent ?? "").replace(/\s+/g, " ").trim(), visible: visible.join("").trim() };
}

describe("<billing-admin-copy>", () => {
  it("is accessible and shows the value as text", async () => {
    const xss = `<script src="/sdk/billingos.js"></script><img src=x onerror="window.__adminXss=1">`;
    const copy = await fixture<AdminCopy>(html`<billing-admin-copy .value=${xss} label="Embed snippet"></billing-admin-copy>`);
    await expect(copy).to.be.accessible();
    expect(copy.shadowRoot?.querySelector("code")?.textContent).to.equal(xss);
    expect(copy.shadowRoot?.querySelector("img, script")).to.equal(null);
  });

  it("shows its label above the code and names the button Copy <label>", async () => {
    const copy = await fixture<AdminCopy>(html`<billing-admin-copy value="sk_test_123" label="API key"></billing-admin-copy>`);
    const caption = copy.shadowRoot?.querySelector("figcaption") as HTMLElement;
    expect(caption.textContent).to.equal("API key");
    expect(caption.getBoundingClientRect().height, "the label is visible, not only for screen readers").to.be.greaterThan(8);
    const box = copy.shadowRoot?.querySelector(".box") as HTMLElement;
    expect(caption.getBoundingClientRect().bottom).to.be.at.most(box.getBoundingClientRect().top);
    expect(buttonName(copy)).to.deep.equal({ name: "Copy API key", visible: "Copy" });
    expect(caption.parentElement?.tagName, "the caption names the figure holding the code").to.equal("FIGURE");
    expect(caption.parentElement?.contains(box)).to.equal(true);
  });

  it("without a label shows no caption and the button is just Copy", async () => {
    const copy = await fixture<AdminCopy>(html`<billing-admin-copy value="sk_test_123"></billing-admin-copy>`);
    expect(copy.shadowRoot?.querySelector("figcaption")).to.equal(null);
    expect(buttonName(copy)).to.deep.equal({ name: "Copy", visible: "Copy" });
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
