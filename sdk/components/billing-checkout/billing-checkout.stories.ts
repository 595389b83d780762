import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { BillingClient } from "../../client/client";
import { apiError, checkoutSession, fakeCheckoutApi, json } from "../../fixtures/fake-checkout-api";
import "../billing-provider/define";
import "./define";

// Fixture data only (no network). The Payment Element itself needs Stripe.js, which a story cannot
// load offline: the end-to-end screenshots (test-results/checkout) show the checkout with it.

type Answer = "trial without card" | "free plan" | "complete" | "already subscribed" | "network error" | "signed out" | "loading";

const prices: Record<Answer, string> = {
  "trial without card": "price_trial_no_card",
  "free plan": "price_free",
  complete: "price_unlisted",
  "already subscribed": "price_pro_monthly",
  "network error": "price_pro_monthly",
  "signed out": "price_pro_monthly",
  loading: "price_pro_monthly",
};

interface Args {
  answer: Answer;
  locale: string;
  theme: "auto" | "light" | "dark";
  quantity: number;
}

/** What POST /v1/checkout_sessions answers in each story. */
function answer(kind: Answer): () => Response | Promise<Response> {
  if (kind === "already subscribed")
    return () => apiError(409, "already_subscribed", "This customer already has a subscription to this product.", "price");
  if (kind === "network error")
    return () => {
      throw new TypeError("Failed to fetch");
    };
  if (kind === "loading") return () => new Promise<Response>(() => {});
  return () => json(201, checkoutSession(null, { payment_intent: null }));
}

function render(args: Args) {
  const client = new BillingClient({
    publishableKey: "pk_test_storybook",
    apiBase: "https://api.billingos.invalid",
    fetch: fakeCheckoutApi(answer(args.answer)).fetch,
  });
  const fetchSession =
    args.answer === "signed out"
      ? async () => null
      : async () => ({ token: "bcs_test_storybook", expires_at: Math.floor(Date.now() / 1000) + 3600 });
  return html`<billing-provider .client=${client} .fetchSession=${fetchSession} locale=${args.locale} theme=${args.theme}>
    <billing-checkout price=${prices[args.answer]} quantity=${args.quantity}></billing-checkout>
  </billing-provider>`;
}

const meta: Meta<Args> = {
  title: "Elements/billing-checkout",
  component: "billing-checkout",
  args: { answer: "trial without card", locale: "en-US", theme: "auto", quantity: 1 },
  argTypes: {
    answer: { control: "select", options: Object.keys(prices) },
    locale: { control: "select", options: ["en-US", "en-GB", "fr-FR", "de-DE"] },
    theme: { control: "inline-radio", options: ["auto", "light", "dark"] },
    quantity: { control: { type: "number", min: 1, max: 100 } },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};
export const TrialWithoutCard: Story = { name: "Trial without a card (starts on click)" };
export const FreePlan: Story = { args: { answer: "free plan" } };
export const Seats: Story = { name: "Three seats", args: { quantity: 3 } };
export const Loading: Story = { args: { answer: "loading" } };
export const Complete: Story = { args: { answer: "complete" } };
export const AlreadySubscribed: Story = { name: "Error: already subscribed", args: { answer: "already subscribed" } };
export const NetworkError: Story = { name: "Error: offline, with retry", args: { answer: "network error" } };
export const SignedOut: Story = { name: "Signed out", args: { answer: "signed out" } };
export const Dark: Story = { args: { theme: "dark" }, parameters: { backgrounds: { value: "#0b0d12" } } };
export const French: Story = { args: { locale: "fr-FR" } };
