import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { BillingClient, type Subscription } from "../../client/client";
import { type FakeApiOptions, fakeApi } from "../../fixtures/fake-api";
import { emptyPricing, manyPlansPricing, oneTimePricing, standardPricing, xssPricing } from "../../fixtures/pricing";
import "../billing-provider/define";
import "./define";

const fixtures = {
  standard: standardPricing,
  "one-time": oneTimePricing,
  "many plans": manyPlansPricing,
  empty: emptyPricing,
  "markup in names": xssPricing,
};

interface Args {
  fixture: keyof typeof fixtures;
  locale: string;
  theme: "auto" | "light" | "dark";
  interval: string;
  currency: string;
  perSeat: string;
  comparison: boolean;
  signedIn: boolean;
}

/** A client on fixture data (no network); `signedIn` gives it a customer session on the Pro plan. */
function client(options: FakeApiOptions, signedIn = false): BillingClient {
  const subscriptions = [{ id: "sub_demo", product: "prod_pro", price: "price_pro_m", entitled: true, status: "active" } as Subscription];
  return new BillingClient({
    publishableKey: "pk_test_storybook",
    apiBase: "https://api.billingos.invalid",
    fetch: fakeApi({ ...options, ...(signedIn ? { subscriptions } : {}) }).fetch,
    ...(signedIn ? { fetchSession: async () => ({ token: "cs_test_storybook", expires_at: Math.floor(Date.now() / 1000) + 3600 }) } : {}),
  });
}

const table = (args: Args, options: FakeApiOptions) => html`
  <billing-provider .client=${client(options, args.signedIn)} locale=${args.locale} theme=${args.theme}>
    <billing-pricing-table interval=${args.interval || "month"} currency=${args.currency} per-seat=${args.perSeat} ?comparison=${args.comparison}></billing-pricing-table>
  </billing-provider>
`;

const meta: Meta<Args> = {
  title: "Elements/billing-pricing-table",
  component: "billing-pricing-table",
  args: {
    fixture: "standard",
    locale: "en-US",
    theme: "auto",
    interval: "month",
    currency: "usd",
    perSeat: "prod_business",
    comparison: false,
    signedIn: false,
  },
  argTypes: {
    fixture: { control: "select", options: Object.keys(fixtures) },
    locale: { control: "select", options: ["en-US", "en-GB", "fr-FR", "de-DE", "ja-JP"] },
    theme: { control: "inline-radio", options: ["auto", "light", "dark"] },
    interval: { control: "inline-radio", options: ["month", "year"] },
    currency: { control: "select", options: ["usd", "eur", "jpy", "kwd"] },
  },
  render: (args) => table(args, { pricing: fixtures[args.fixture] }),
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};
export const Yearly: Story = { args: { interval: "year" } };
export const Comparison: Story = { args: { comparison: true } };
export const Loading: Story = { render: (args) => table(args, { pricing: standardPricing, hold: true }) };
export const Empty: Story = { args: { fixture: "empty" } };
export const ErrorFromApi: Story = {
  name: "Error (API)",
  render: (args) =>
    table(args, {
      pricingError: { status: 403, code: "origin_not_allowed", message: "This origin is not in the organisation's allowed origins." },
    }),
};
export const Offline: Story = { name: "Error (offline)", render: (args) => table(args, { offline: true }) };
export const OneTimeAndZeroDecimal: Story = { name: "One-time price, JPY", args: { fixture: "one-time", currency: "jpy" } };
export const ThreeDecimalCurrency: Story = { name: "Three-decimal currency (KWD)", args: { fixture: "one-time", currency: "kwd" } };
export const ManyPlans: Story = { args: { fixture: "many plans" } };
export const SignedInCurrentPlan: Story = { name: "Signed in, current plan marked", args: { signedIn: true } };
export const Dark: Story = { args: { theme: "dark" }, parameters: { backgrounds: { value: "#0b0d12" } } };
export const French: Story = { args: { locale: "fr-FR", currency: "eur" } };
export const MarkupAsText: Story = { name: "Markup in names renders as text", args: { fixture: "markup in names" } };
export const Themed: Story = {
  name: "Theming with tokens and parts",
  render: (args) => html`<div class="brand">${table(args, { pricing: standardPricing })}</div>
    <style>
      .brand { --billing-color-accent: #0f766e; --billing-radius: 4px; --billing-font-family: Georgia, serif; }
      .brand billing-pricing-table::part(plan-name) { text-transform: uppercase; letter-spacing: 0.08em; }
    </style>`,
};
