import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { BillingClient } from "../../client/client";
import type { CustomerStateDocument } from "../../client/entitlement-decision";
import { entitlement, fakeStateApi, quota, stateDocument } from "../../fixtures/customer-state";
import "../billing-provider/define";
import "./define";

const states: Record<string, CustomerStateDocument> = {
  entitled: stateDocument([entitlement("audit_log", { feature_name: "Audit log" })]),
  "not in plan": stateDocument([]),
  "quota used up": stateDocument([quota("audit_log", 100, 100, { feature_name: "Exports" })]),
};

interface Args {
  state: keyof typeof states;
  price: string;
  locale: string;
  theme: "auto" | "light" | "dark";
}

function client(state: CustomerStateDocument, answer?: "hold" | "error" | "signed out"): BillingClient {
  const api = fakeStateApi(state);
  if (answer === "hold") api.hold();
  if (answer === "error") api.fail({ status: 503, code: "database_unavailable" });
  return new BillingClient({
    publishableKey: "pk_test_storybook",
    apiBase: "https://api.billingos.invalid",
    fetch: api.fetch,
    ...(answer === "signed out"
      ? {}
      : { fetchSession: async () => ({ token: "cs_test_storybook", expires_at: Math.floor(Date.now() / 1000) + 3600 }) }),
  });
}

const gate = (args: Args, answer?: "hold" | "error" | "signed out", fallback = html``) => html`
  <billing-provider .client=${client(states[args.state] ?? stateDocument([]), answer)} locale=${args.locale} theme=${args.theme}>
    <billing-feature-gate feature="audit_log" price=${args.price}>
      <p>Audit log: every change your team made, searchable.</p>
      <p slot="loading">Checking your plan…</p>
      ${fallback}
    </billing-feature-gate>
  </billing-provider>
`;

const meta: Meta<Args> = {
  title: "Elements/billing-feature-gate",
  component: "billing-feature-gate",
  args: { state: "not in plan", price: "", locale: "en-US", theme: "auto" },
  argTypes: {
    state: { control: "select", options: Object.keys(states) },
    locale: { control: "select", options: ["en-US", "fr-FR"] },
    theme: { control: "inline-radio", options: ["auto", "light", "dark"] },
  },
  render: (args) => gate(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};
export const Entitled: Story = { args: { state: "entitled" } };
export const QuotaUsedUp: Story = { args: { state: "quota used up", price: "price_business_m" } };
export const CustomFallback: Story = {
  name: "Merchant's own fallback",
  render: (args) => gate(args, undefined, html`<p slot="fallback">Ask your workspace owner to upgrade.</p>`),
};
export const Loading: Story = { name: "Loading (loading slot)", render: (args) => gate(args, "hold") };
export const SignedOut: Story = { render: (args) => gate(args, "signed out") };
export const ErrorFromApi: Story = { name: "Error (API)", render: (args) => gate(args, "error") };
export const Dark: Story = { args: { theme: "dark" }, parameters: { backgrounds: { value: "#0b0d12" } } };
export const French: Story = { args: { locale: "fr-FR", state: "quota used up" } };
