import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { BillingClient } from "../../client/client";
import { fakeApi } from "../../fixtures/fake-api";
import { standardPricing } from "../../fixtures/pricing";
import { formatMoney } from "../../internal/money";

const meta: Meta = { title: "Headless/Your own plan cards" };
export default meta;

/**
 * Your own markup on the client's store: the same code as the README's "Headless" section
 * (a real page passes no `fetch`; here it answers fixture data).
 */
export const OwnPlanCards: StoryObj = {
  render: () => {
    const root = document.createElement("div");
    const startCheckout = (price: string) => root.dispatchEvent(new CustomEvent("checkout", { detail: price, bubbles: true }));
    // --- from the README ---
    const client = new BillingClient({ publishableKey: "pk_test_storybook", fetch: fakeApi({ pricing: standardPricing }).fetch });
    client.$pricing.subscribe((state) => {
      root.replaceChildren();
      if (state.status !== "ready") return root.append(state.status === "error" ? state.error.message : "Loading…");
      for (const product of state.data.products) {
        const monthly = product.prices.usd?.find((price) => price.interval === "month");
        if (!monthly) continue;
        const card = document.createElement("article");
        const name = document.createElement("h3");
        name.textContent = product.name;
        const price = document.createElement("p");
        price.textContent = `${formatMoney(monthly.unit_amount, "usd", state.data.currency_exponents.usd ?? 2)} / month`;
        const button = document.createElement("button");
        button.textContent = `Choose ${product.name}`;
        button.onclick = () => startCheckout(monthly.price); // yours: e.g. open <billing-checkout price=…>
        card.append(name, price, button);
        root.append(card);
      }
    });
    client.loadPricing().catch(() => {});
    // --- end ---
    return html`${root}`;
  },
};
