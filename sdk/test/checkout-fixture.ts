// Mounts <billing-checkout> inside a <billing-provider> whose client talks to a fake API, as a page
// with a signed-in customer would.
import { fixture, html, waitUntil } from "@open-wc/testing";
import { BillingClient } from "../client/client";
import "../components/billing-provider/define";
import "../components/billing-checkout/define";
import type { BillingCheckout } from "../components/billing-checkout/billing-checkout";
import type { FakeCheckoutApi } from "./fake-checkout-api";

/** What the merchant backend would mint; tests check it never reaches a URL, storage or the console. */
export const SESSION_TOKEN = "bcs_test_SECRET_customer_session_token";

export async function mountCheckout(
  api: FakeCheckoutApi,
  attributes: { price?: string; quantity?: number; promotionCode?: string; signedIn?: boolean; locale?: string } = {},
): Promise<BillingCheckout> {
  const client = new BillingClient({
    publishableKey: "pk_test_page",
    apiBase: "https://api.billing.test",
    fetch: api.fetch,
  });
  const fetchSession = async () =>
    attributes.signedIn === false ? null : { token: SESSION_TOKEN, expires_at: Math.floor(Date.now() / 1000) + 900 };
  const provider =
    await fixture(html`<billing-provider .client=${client} .fetchSession=${fetchSession} locale=${attributes.locale ?? "en-US"}>
    <billing-checkout price=${attributes.price ?? "price_pro_monthly"} quantity=${attributes.quantity ?? 1} promotion-code=${attributes.promotionCode ?? ""}></billing-checkout>
  </billing-provider>`);
  return provider.querySelector("billing-checkout") as BillingCheckout;
}

export const part = (checkout: BillingCheckout, selector: string) => checkout.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/** Waits for the Payment Element to be ready (the pay button turns on). */
export async function paymentReady(checkout: BillingCheckout): Promise<HTMLButtonElement> {
  await waitUntil(() => part(checkout, "button.pay:not([disabled])"), "the Payment Element never became ready", { timeout: 4000 });
  return part(checkout, "button.pay") as HTMLButtonElement;
}

/** Types a card into the Payment Element's frame (served same-origin through the test server). */
export function typeCard(checkout: BillingCheckout, number: string): void {
  const frame = checkout.querySelector("iframe");
  const form = frame?.contentDocument;
  if (!form) throw new Error("no Payment Element frame in the light DOM");
  for (const [id, value] of [
    ["card-number", number],
    ["card-expiry", "12 / 34"],
    ["card-cvc", "123"],
  ] as const) {
    const input = form.getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
}
