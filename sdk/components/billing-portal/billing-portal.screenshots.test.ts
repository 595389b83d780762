// Screenshots of every portal section and dialog at desktop and phone width, light and dark, kept as
// artifacts in test-results/sdk/ (looked at by people; no pixel comparison).
import { emulateMedia, executeServerCommand, setViewport } from "@web/test-runner-commands";
import { emulatorIntent, loadStripeStandIn } from "../../fixtures/fake-checkout-api";
import { card, fakePortalApi, invoice, NOW, subscription } from "../../fixtures/fake-portal-api";
import { inPortal, loaded, mountPortal, until } from "../../fixtures/portal-fixture";
import type { BillingPortal } from "./billing-portal";
import "./define";

before(loadStripeStandIn);
after(() => {
  document.body.style.background = "";
});

const DAY = 86_400;
/** The whole page, or one node of it; a dialog is shot as the customer sees it, over the page. */
const shot = (name: string, node?: Element | null) => {
  if (node instanceof HTMLDialogElement) return executeServerCommand("save-screenshot", { name, viewport: true });
  const rect = node?.getBoundingClientRect();
  const clip = rect && { x: rect.x + scrollX - 8, y: rect.y + scrollY - 8, width: rect.width + 16, height: rect.height + 16 };
  return executeServerCommand("save-screenshot", { name, ...(clip ? { clip } : {}) });
};
const click = (portal: BillingPortal, selector: string) => (inPortal(portal, selector) as HTMLElement).click();

async function portalFor(theme: "light" | "dark") {
  const intent = await emulatorIntent("setup_intent");
  const api = fakePortalApi({
    subscriptions: [
      subscription({ quantity: 3, price: "price_business_m", product: "prod_business" }),
      subscription({ id: "sub_2", status: "trialing", trial_end: NOW + 12 * DAY, price: "price_pro_y", cancel_at_period_end: false }),
    ],
    cards: [card(), card({ id: "pm_mc", brand: "mastercard", last4: "4444", exp_month: 3, exp_year: 2027, default: false })],
    invoices: [
      invoice({ id: "in_open", status: "open", amount_due: 14700, amount_paid: 0, created: NOW }),
      invoice({ id: "in_2", amount_paid: 14700, amount_due: 14700, created: NOW - 31 * DAY }),
      invoice({ id: "in_3", amount_paid: 4900, amount_due: 4900, created: NOW - 62 * DAY }),
    ],
    setupIntent: { client_secret: intent.client_secret, account: intent.account },
  });
  document.body.style.background = theme === "dark" ? "#0b0d12" : "#f6f8fa";
  const portal = await mountPortal(api, { theme, perSeat: "prod_business", changeTiming: "now period_end", allowPause: true });
  Object.assign((portal.parentElement as HTMLElement).style, {
    display: "block",
    maxWidth: "880px",
    margin: "0 auto",
    padding: "24px 16px",
  });
  await loaded(portal);
  await until(() => inPortal(portal, "[part~=invoice]") && inPortal(portal, "[part~=card]"));
  return { portal, api };
}

// The test runner reuses this page for other test files: leave it as they expect it (light, default size).
after(async () => {
  await emulateMedia({ colorScheme: "light" });
  await setViewport({ width: 800, height: 600 });
});

for (const [device, width] of [
  ["desktop", 1280],
  ["phone", 375],
] as const) {
  for (const theme of ["light", "dark"] as const) {
    describe(`<billing-portal> screenshots, ${device}, ${theme}`, () => {
      before(async () => {
        await setViewport({ width, height: 900 });
        await emulateMedia({ colorScheme: theme });
      });

      it("every section", async () => {
        const { portal } = await portalFor(theme);
        await shot(`portal-${device}-${theme}`);
        for (const name of ["subscriptions", "usage", "payment-methods", "invoices"])
          await shot(`portal-${name}-${device}-${theme}`, inPortal(portal, `[part~=${name}]`));
      });

      it("the change preview, cancel, add card and pay dialogs", async () => {
        const { portal, api } = await portalFor(theme);
        const dialog = () => inPortal(portal, "billing-dialog")?.shadowRoot?.querySelector("dialog");
        click(portal, '[data-action="change:sub_1"]');
        await until(() => inPortal(portal, "input[name=price]"));
        click(portal, 'input[value="price_pro_m"]');
        await portal.updateComplete;
        click(portal, "form.dialog-form button[type=submit]");
        await until(() => inPortal(portal, "[part=preview]"));
        await shot(`portal-change-preview-${device}-${theme}`, dialog());
        click(portal, ".dialog-actions .button"); // back
        await until(() => inPortal(portal, "input[name=price]"));
        await shot(`portal-change-choose-${device}-${theme}`, dialog());
        portal.shadowRoot?.querySelector("billing-dialog")?.shadowRoot?.querySelector<HTMLElement>("[part=close]")?.click();
        await until(() => !inPortal(portal, "input[name=price]"));
        click(portal, '[data-action="cancel:sub_1"]');
        await until(() => inPortal(portal, "select[name=reason]"));
        await shot(`portal-cancel-${device}-${theme}`, dialog());
        portal.shadowRoot?.querySelector("billing-dialog")?.shadowRoot?.querySelector<HTMLElement>("[part=close]")?.click();
        await until(() => !inPortal(portal, "select[name=reason]"));
        click(portal, '[data-action="add-card"]');
        await until(
          () => (inPortal(portal, '[data-action="save-card"]') as HTMLButtonElement | null)?.disabled === false,
          "no Payment Element",
          {
            timeout: 5000,
          },
        );
        await new Promise((resolve) => setTimeout(resolve, 400)); // the frame paints its fields
        await shot(`portal-add-card-${device}-${theme}`, dialog());
        portal.shadowRoot?.querySelector("billing-dialog")?.shadowRoot?.querySelector<HTMLElement>("[part=close]")?.click();
        await until(() => !inPortal(portal, '[data-action="save-card"]'));
        api.state.fail = { "/pay": [402, "card_declined", "Your card was declined."] };
        click(portal, '[data-action="pay:in_open"]');
        await until(() => inPortal(portal, '[data-action="confirm-pay"]'));
        click(portal, '[data-action="confirm-pay"]');
        await until(() => inPortal(portal, ".dialog-form [role=alert]")?.textContent);
        await shot(`portal-pay-declined-${device}-${theme}`, dialog());
      });
    });
  }
}
