import type { components } from "../../../client/openapi";
import { type AdminClient, call } from "../../session/admin-api";
import { adminPages } from "../index";

type Onboarding = components["schemas"]["OrganizationOnboarding"];

export interface OnboardingStep {
  id: keyof Onboarding["steps"];
  title: string;
  description: string;
  done: boolean;
  /** Where to do it, only when that page exists in this admin. */
  action?: { label: string; href: string };
  /** Done through Stripe's hosted onboarding in this mode (the page offers the link). */
  stripe?: "test" | "live";
}

/** A link to an admin page, only if the admin has it (never a link to a page that does not exist). */
function pageLink(path: string, label: string): OnboardingStep["action"] {
  return adminPages.some((page) => page.path === path) ? { label, href: `/admin/${path}` } : undefined;
}

/**
 * The getting-started steps from `GET /v1/organization/onboarding`, which reads the organisation's
 * real state in both modes (never clicks in this page): a test-mode Stripe account that finished
 * onboarding, a product, the embed snippet used by a browser, and live mode ready.
 */
export async function loadOnboarding(api: AdminClient): Promise<OnboardingStep[]> {
  const { steps } = await call(api.GET("/v1/organization/onboarding"));
  return [
    {
      id: "connect_stripe",
      title: "Connect Stripe",
      description: "Payments go to your own Stripe account; BillingOS never holds your money.",
      done: steps.connect_stripe.done,
      stripe: "test",
    },
    {
      id: "create_product",
      title: "Create a product",
      description: "A plan with its prices and the features it grants.",
      done: steps.create_product.done,
      action: pageLink("products", "Create a product"),
    },
    {
      id: "embed_snippet",
      title: "Add the embed snippet to your site",
      description: steps.embed_snippet.origin
        ? `First used from ${steps.embed_snippet.origin}.`
        : "One script tag and <billing-pricing-table>: this ticks when a browser first loads it from one of your allowed origins.",
      done: steps.embed_snippet.done,
      action: pageLink("products", "Get the snippet"),
    },
    {
      id: "go_live",
      title: "Go live",
      description: steps.go_live.charges_enabled
        ? "Live payments are on. Create a live secret key for your backend."
        : "Finish Stripe's live onboarding to take real payments, and create a live secret key.",
      done: steps.go_live.done,
      ...(steps.go_live.charges_enabled ? {} : { stripe: "live" as const }),
    },
  ];
}
