import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { BillingClient } from "../../client/client";
import { card, fakePortalApi, invoice, NOW, type PortalState, subscription } from "../../fixtures/fake-portal-api";
import "../billing-provider/define";
import "./define";

// Fixture data only (no network): the fake API answers every portal call and keeps state, so the
// actions work in the story. Adding a card needs Stripe.js, which a story cannot load offline.

const DAY = 86_400;
type Scenario = "active" | "trialing" | "past due" | "canceling" | "paused" | "change scheduled" | "empty" | "error" | "loading";

const scenarios: Record<Scenario, Partial<PortalState>> = {
  active: { subscriptions: [subscription({ price: "price_business_m", product: "prod_business", quantity: 3 })] },
  trialing: { subscriptions: [subscription({ status: "trialing", trial_end: NOW + 12 * DAY })] },
  "past due": {
    subscriptions: [subscription({ status: "past_due", past_due_since: NOW - 2 * DAY, access_ends_at: NOW + 5 * DAY })],
    invoices: [invoice({ id: "in_open", status: "open", amount_due: 2000, amount_paid: 0, created: NOW - 2 * DAY }), invoice()],
  },
  canceling: { subscriptions: [subscription({ cancel_at_period_end: true, cancellation_reason: "too_expensive" })] },
  paused: { subscriptions: [subscription({ paused: true })] },
  "change scheduled": {
    subscriptions: [
      subscription({ scheduled_change: { price: "price_hobby_m", stripe_price_id: "price_x", quantity: 1, effective_at: NOW + 31 * DAY } }),
    ],
  },
  empty: { subscriptions: [], cards: [], invoices: [], entitlements: [] },
  error: { fail: { "/v1/subscriptions": [500, "internal_error", "boom"], "/payment_methods": [503, "service_unavailable", "down"] } },
  loading: { hold: ["/v1/subscriptions", "/payment_methods", "/v1/invoices", "/v1/customer_state"] },
};

interface Args {
  scenario: Scenario;
  sections: string;
  changeTiming: string;
  allowPause: boolean;
  locale: string;
  theme: "auto" | "light" | "dark";
}

const meta: Meta<Args> = {
  title: "Elements/billing-portal",
  component: "billing-portal",
  args: {
    scenario: "active",
    sections: "subscriptions usage payment-methods invoices",
    changeTiming: "now",
    allowPause: true,
    locale: "en-US",
    theme: "auto",
  },
  argTypes: {
    scenario: { control: "select", options: Object.keys(scenarios) },
    changeTiming: { control: "inline-radio", options: ["now", "period_end", "now period_end"] },
    locale: { control: "select", options: ["en-US", "fr-FR"] },
    theme: { control: "inline-radio", options: ["auto", "light", "dark"] },
  },
  render: (args) => {
    const api = fakePortalApi({
      cards: [card(), card({ id: "pm_mc", brand: "mastercard", last4: "4444", exp_month: 3, exp_year: 2027, default: false })],
      ...scenarios[args.scenario],
    });
    const client = new BillingClient({ publishableKey: "pk_test_storybook", fetch: api.fetch });
    const fetchSession = async () => ({ token: "bcs_test_storybook", expires_at: Math.floor(Date.now() / 1000) + 3600, customer: "cus_1" });
    return html`<billing-provider .client=${client} .fetchSession=${fetchSession} locale=${args.locale} theme=${args.theme}>
      <billing-portal sections=${args.sections} change-timing=${args.changeTiming} ?allow-pause=${args.allowPause} per-seat="prod_business"></billing-portal>
    </billing-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};
export const PastDue: Story = { args: { scenario: "past due" } };
export const Canceling: Story = { args: { scenario: "canceling" } };
export const ChangeScheduled: Story = { args: { scenario: "change scheduled", changeTiming: "now period_end" } };
export const Empty: Story = { args: { scenario: "empty" } };
export const Errors: Story = { args: { scenario: "error" } };
export const Loading: Story = { args: { scenario: "loading" } };
export const Dark: Story = { args: { theme: "dark" } };
export const French: Story = { args: { locale: "fr-FR", scenario: "trialing" } };
