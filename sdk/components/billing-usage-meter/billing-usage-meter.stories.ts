import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { BillingClient } from "../../client/client";
import type { CustomerStateDocument } from "../../client/entitlement-decision";
import { entitlement, fakeStateApi, quota, stateDocument } from "../../fixtures/customer-state";
import "../billing-provider/define";
import "./define";

const XSS = `<img src=x onerror="alert(1)">`;
const states: Record<string, CustomerStateDocument> = {
  ok: stateDocument([quota("api_calls", 1234, 10_000)]),
  "warning (≥ 80 %)": stateDocument([quota("api_calls", 8600, 10_000)]),
  "over (soft quota)": stateDocument([quota("api_calls", 12_480, 10_000, { overage_unit_amounts: { usd: 2, eur: 2 } })]),
  "limit reached (hard)": stateDocument([quota("api_calls", 10_000, 10_000)]),
  unlimited: stateDocument([quota("api_calls", 52_000, "unlimited")]),
  "boolean feature": stateDocument([entitlement("api_calls", { feature_name: "Single sign-on" })]),
  "not in plan": stateDocument([]),
  "markup in names": stateDocument([
    quota("api_calls", 12_000, 10_000, { feature_name: XSS, unit_label: XSS, overage_unit_amounts: { usd: 1 } }),
  ]),
};

interface Args {
  state: keyof typeof states;
  variant: "full" | "compact";
  locale: string;
  theme: "auto" | "light" | "dark";
}

/** A signed-in customer on fixture data (no network); `answer` replaces the API's behaviour. */
function client(state: CustomerStateDocument, answer?: "hold" | "error"): BillingClient {
  const api = fakeStateApi(state);
  if (answer === "hold") api.hold();
  if (answer === "error") api.fail({ status: 503, code: "database_unavailable" });
  return new BillingClient({
    publishableKey: "pk_test_storybook",
    apiBase: "https://api.billingos.invalid",
    fetch: api.fetch,
    fetchSession: async () => ({ token: "cs_test_storybook", expires_at: Math.floor(Date.now() / 1000) + 3600 }),
  });
}

const meter = (args: Args, answer?: "hold" | "error") => html`
  <billing-provider .client=${client(states[args.state] ?? stateDocument([]), answer)} locale=${args.locale} theme=${args.theme}>
    <div style="max-width: 360px"><billing-usage-meter feature="api_calls" variant=${args.variant}></billing-usage-meter></div>
  </billing-provider>
`;

const meta: Meta<Args> = {
  title: "Elements/billing-usage-meter",
  component: "billing-usage-meter",
  args: { state: "ok", variant: "full", locale: "en-US", theme: "auto" },
  argTypes: {
    state: { control: "select", options: Object.keys(states) },
    variant: { control: "inline-radio", options: ["full", "compact"] },
    locale: { control: "select", options: ["en-US", "fr-FR", "de-DE"] },
    theme: { control: "inline-radio", options: ["auto", "light", "dark"] },
  },
  render: (args) => meter(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};
export const Warning: Story = { args: { state: "warning (≥ 80 %)" } };
export const Over: Story = { name: "Over a soft quota", args: { state: "over (soft quota)" } };
export const LimitReached: Story = { args: { state: "limit reached (hard)" } };
export const Unlimited: Story = { args: { state: "unlimited" } };
export const Compact: Story = { args: { variant: "compact", state: "warning (≥ 80 %)" } };
export const Loading: Story = { render: (args) => meter(args, "hold") };
export const NotInPlan: Story = { name: "Empty (not in plan)", args: { state: "not in plan" } };
export const ErrorFromApi: Story = { name: "Error (API)", render: (args) => meter(args, "error") };
export const Dark: Story = { args: { theme: "dark", state: "over (soft quota)" }, parameters: { backgrounds: { value: "#0b0d12" } } };
export const French: Story = { args: { locale: "fr-FR", state: "over (soft quota)" } };
export const MarkupAsText: Story = { name: "Markup in names renders as text", args: { state: "markup in names" } };
export const Themed: Story = {
  name: "Theming with tokens and parts",
  render: (args) => html`<div class="brand">${meter({ ...args, state: "warning (≥ 80 %)" })}</div>
    <style>
      .brand { --billing-color-warning: #c2410c; --billing-radius: 4px; }
      .brand billing-usage-meter::part(track) { block-size: 12px; }
    </style>`,
};
