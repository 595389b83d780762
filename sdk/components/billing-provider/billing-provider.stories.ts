import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { BillingClient } from "../../client/client";
import { fakeApi } from "../../fixtures/fake-api";
import { standardPricing } from "../../fixtures/pricing";
import "../billing-pricing-table/define";
import "./define";

interface Args {
  locale: string;
  currency: string;
  theme: "auto" | "light" | "dark";
}

const meta: Meta<Args> = {
  title: "Elements/billing-provider",
  component: "billing-provider",
  args: { locale: "en-US", currency: "usd", theme: "auto" },
  argTypes: {
    locale: { control: "select", options: ["en-US", "fr-FR", "de-DE"] },
    currency: { control: "inline-radio", options: ["usd", "eur"] },
    theme: { control: "inline-radio", options: ["auto", "light", "dark"] },
  },
};
export default meta;

/** Two tables under one provider: one client, one fetch of the pricing, one locale, currency and theme. */
export const SharedSettings: StoryObj<Args> = {
  render: (args) => {
    const client = new BillingClient({ publishableKey: "pk_test_storybook", fetch: fakeApi({ pricing: standardPricing }).fetch });
    return html`<billing-provider .client=${client} locale=${args.locale} currency=${args.currency} theme=${args.theme}>
      <billing-pricing-table></billing-pricing-table>
      <hr />
      <billing-pricing-table interval="year"></billing-pricing-table>
    </billing-provider>`;
  },
};
