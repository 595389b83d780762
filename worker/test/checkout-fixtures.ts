import { env } from "cloudflare:workers";
import type Stripe from "stripe";
import type { CheckoutSummary } from "../domain/checkout/checkout-sessions";
import type { BillingOrganization } from "./billing-fixtures";
import type { adminSql } from "./fixtures";

export interface Session {
  id: string;
  status: "open" | "complete" | "expired";
  customer: string;
  price: string;
  quantity: number;
  currency: string;
  intent: { kind: string; client_secret: string | null };
  stripe: { publishable_key: string | null; account: string };
  subscription: string | null;
  payment_intent: string | null;
  summary: CheckoutSummary;
  expires_at: number;
  created: number;
}

/** POST /v1/checkout_sessions as the org's secret key (or `auth`). */
export const checkout = (org: BillingOrganization, body: Record<string, unknown>, auth?: string) =>
  org.as<Session>("/v1/checkout_sessions", { body, ...(auth ? { auth } : {}) });

/** A customer session token for `customer`, as the merchant's backend mints it. */
export async function customerSession(org: BillingOrganization, customer: string): Promise<string> {
  return (await org.as<{ token: string }>("/v1/customer_sessions", { body: { customer } })).body.token;
}

/** Completes (or fails) the 3-D Secure challenge of a PaymentIntent in the emulator. */
export async function completeChallenge(intent: string, clientSecret: string, outcome: "complete" | "fail" = "complete") {
  const response = await fetch(`${env.STRIPE_API_BASE}/_emulator/3ds/${intent}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_secret: clientSecret, outcome }),
  });
  if (response.status !== 200) throw new Error(`3ds answered ${response.status}`);
}

/** What checkout left on Stripe for a customer: subscriptions (any status), PaymentIntents and charges. */
export async function stripeObjects(org: BillingOrganization, stripeCustomer: string) {
  const [subscriptions, intents, charges] = await Promise.all([
    org.stripe.subscriptions.list({ customer: stripeCustomer, status: "all" }, org.on),
    org.stripe.paymentIntents.list({ customer: stripeCustomer }, org.on),
    org.stripe.charges.list({ customer: stripeCustomer }, org.on),
  ]);
  return { subscriptions: subscriptions.data, intents: intents.data, charges: charges.data as Stripe.Charge[] };
}

export async function sessionCount(admin: ReturnType<typeof adminSql>, orgId: string): Promise<number> {
  const [row] = await admin<{ count: number }[]>`select count(*)::int as count from checkout_sessions where org_id = ${orgId}`;
  return row?.count ?? 0;
}
