import type { BillingClient } from "../../../client/client";
import type { CheckoutCompleteDetail } from "../../../events/checkout-events";
import type { PlanSelectDetail } from "../../../events/plan-select";

export interface PlatformCheckout {
  client: BillingClient;
  theme: string;
  /** The dialog's name (the plan chosen). */
  label: string;
  onComplete: (detail: CheckoutCompleteDetail) => void;
}

/**
 * Opens `<billing-checkout>` for the chosen plan in a `<billing-dialog>` in the document's own light
 * DOM, inside a `<billing-provider>` sharing the page's client. The admin's pages live in shadow
 * roots, where Stripe cannot mount its payment form (the checkout refuses them, see
 * billing-checkout.ts), so the pricing table's own in-place dialog cannot be used here; the
 * checkout is the same element, only placed where Stripe works.
 */
export function openPlatformCheckout(detail: PlanSelectDetail, options: PlatformCheckout): void {
  closePlatformCheckout();
  // The dialog returns focus to document.activeElement, here only the admin's outermost shadow host:
  // give it back to the button that opened the checkout, deep in the page's shadow roots.
  const opener = deepActiveElement();
  const close = () => {
    provider.remove();
    if (opener?.isConnected) opener.focus();
  };
  const provider = document.createElement("billing-provider");
  provider.client = options.client;
  provider.setAttribute("theme", options.theme);
  provider.dataset.adminCheckout = "";
  const dialog = document.createElement("billing-dialog");
  dialog.label = options.label;
  const checkout = document.createElement("billing-checkout");
  checkout.setAttribute("price", detail.price);
  checkout.setAttribute("quantity", String(detail.quantity));
  checkout.setAttribute("currency", detail.currency);
  dialog.append(checkout);
  provider.append(dialog);
  dialog.addEventListener("billing-dialog-close", close);
  checkout.addEventListener("billing-checkout-complete", (event) => {
    dialog.open = false;
    close();
    options.client.loadCustomer({ force: true }).catch(() => {});
    options.onComplete(event.detail);
  });
  document.body.append(provider);
  dialog.open = true;
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Removes an open platform checkout (the page went away). */
export function closePlatformCheckout(): void {
  document.body.querySelector(":scope > billing-provider[data-admin-checkout]")?.remove();
}
