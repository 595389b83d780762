import { expect, html, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { adminFixture, fakeAdminApi, testSession } from "../../fixtures/admin-fixture";
import "../../define";
import type { AdminPageHeader } from "../admin-page-header/admin-page-header";
import { type AdminConfirm, confirmAction } from "./admin-confirm";

const XSS = `<img src=x onerror="window.__adminXss=1">`;

async function open(message = "Revokes the key now; requests with it fail.") {
  const host = await adminFixture<AdminPageHeader>(
    html`<billing-admin-page-header heading="API keys"></billing-admin-page-header>`,
    testSession(fakeAdminApi({})),
  );
  const decision = confirmAction(host, { title: "Revoke this key?", message, confirmLabel: "Revoke key" });
  await waitUntil(() => host.shadowRoot?.querySelector("billing-admin-confirm"), "the dialog opens");
  const confirm = host.shadowRoot?.querySelector("billing-admin-confirm") as AdminConfirm;
  await confirm.updateComplete;
  const root = confirm.shadowRoot as ShadowRoot;
  const button = (name: string) => [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
  return { host, confirm, root, decision, button };
}

describe("confirmAction / <billing-admin-confirm>", () => {
  it("opens an accessible dialog titled by the question, with Cancel focused first", async () => {
    const { confirm, root, button } = await open();
    await expect(confirm).to.be.accessible();
    const dialog = root.querySelector("billing-dialog");
    expect(dialog?.getAttribute("label")).to.equal("Revoke this key?");
    expect(button("Revoke key").classList.contains("danger")).to.equal(true);
    await waitUntil(() => root.activeElement === button("Cancel"), "Cancel has focus");
  });

  it("resolves true only on the confirming button, and removes itself", async () => {
    const { host, decision, button } = await open();
    button("Revoke key").click();
    expect(await decision).to.equal(true);
    expect(host.shadowRoot?.querySelector("billing-admin-confirm")).to.equal(null);
  });

  it("resolves false on Cancel and on Escape", async () => {
    const first = await open();
    first.button("Cancel").click();
    expect(await first.decision).to.equal(false);
    const second = await open();
    await sendKeys({ press: "Escape" });
    expect(await second.decision).to.equal(false);
  });

  it("shows the message as text", async () => {
    const { root } = await open(XSS);
    expect(root.querySelector("p")?.textContent).to.equal(XSS);
    expect(root.querySelector("img")).to.equal(null);
  });
});
