import type { AdminClient } from "../../session/admin-api";

export interface OnboardingStep {
  id: "stripe" | "product" | "live";
  title: string;
  description: string;
  done: boolean;
  /** Where to do it (a page that exists), when the step is not done. */
  action?: { label: string; href: string };
}

/** The Stripe Connect account in one mode: ready when Stripe lets it take charges. */
async function chargesEnabled(api: AdminClient, mode: "test" | "live"): Promise<boolean> {
  const { data, response } = await api.GET("/v1/connect/account", { headers: { "BillingOS-Mode": mode } });
  if (response.status === 404) return false; // not connected yet
  if (!data) throw new Error(`The Stripe account could not be read (${response.status}).`);
  return data.charges_enabled;
}

/**
 * The getting-started steps, each read from the organisation's real state (never from clicks in
 * this page): Stripe connected in test mode, a product in the catalogue, live charges enabled.
 */
export async function loadOnboarding(api: AdminClient): Promise<OnboardingStep[]> {
  const [stripe, products, live] = await Promise.all([
    chargesEnabled(api, "test"),
    api.GET("/v1/products", { params: { query: { limit: 1 } } }),
    chargesEnabled(api, "live"),
  ]);
  if (!products.data) throw new Error(`The catalogue could not be read (${products.response.status}).`);
  return [
    {
      id: "stripe",
      title: "Connect Stripe",
      description: "Payments go to your own Stripe account; BillingOS never holds your money.",
      done: stripe,
    },
    {
      id: "product",
      title: "Create a product",
      description: "A plan with its prices and the features it grants.",
      done: products.data.data.length > 0,
    },
    {
      id: "live",
      title: "Go live",
      description: "Finish Stripe's live onboarding to take real payments.",
      done: live,
    },
  ];
}
