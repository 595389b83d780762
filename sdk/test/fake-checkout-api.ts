// The BillingOS API side of checkout for element tests: a `fetch` that answers like the API (checkout
// sessions, pricing, subscriptions) and records every request. The Stripe side is real: intents are
// made on the Stripe emulator the test server runs (stripe-emulator-plugin.mjs).
import type { CheckoutSession, Pricing } from "../client/client";

export interface EmulatorIntent {
  id: string;
  client_secret: string;
  account: string;
}

/** A real intent on the emulator's connected account, made by the test server with its secret key. */
export async function emulatorIntent(kind: "payment_intent" | "setup_intent", amount = 2900): Promise<EmulatorIntent> {
  return (await fetch(`/__stripe/intent?kind=${kind}&amount=${amount}`)).json();
}

/** The Stripe.js stand-in, loaded first as a page served by `npm start` does locally. */
export async function loadStripeStandIn(): Promise<void> {
  if ("Stripe" in window) return;
  const script = Object.assign(document.createElement("script"), { src: "/v3/stripe.js" });
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener("load", resolve);
    script.addEventListener("error", reject);
  });
  document.head.append(script);
  await loaded;
}

export const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z

/** A session as `POST /v1/checkout_sessions` answers it, for a $29/month plan unless overridden. */
export function checkoutSession(intent: EmulatorIntent | null, overrides: Partial<CheckoutSession> = {}): CheckoutSession {
  const kind = intent === null ? "none" : intent.id.startsWith("seti_") ? "setup_intent" : "payment_intent";
  return {
    id: "cs_test_1",
    object: "checkout_session",
    livemode: false,
    status: "open",
    customer: "cus_1",
    price: "price_pro_monthly",
    quantity: 1,
    currency: "usd",
    promotion_code: null,
    intent: { kind, client_secret: intent?.client_secret ?? null },
    stripe: { publishable_key: "pk_test_platform", account: intent?.account ?? "acct_1" },
    subscription: "sub_1",
    payment_intent: kind === "payment_intent" ? (intent?.id ?? null) : null,
    summary: {
      line_items: [{ description: "Pro", quantity: 1, unit_amount: 2900, amount: 2900 }],
      subtotal: 2900,
      discount: 0,
      total_due_now: 2900,
      recurring: { amount: 2900, interval: "month", interval_count: 1 },
      trial_end: null,
    },
    expires_at: NOW + 1800,
    created: NOW,
    ...overrides,
  };
}

export const pricing: Pricing = {
  object: "pricing",
  livemode: false,
  currencies: ["usd"],
  products: [
    {
      id: "prod_pro",
      name: "Pro",
      description: null,
      marketing_features: [],
      image_url: null,
      highlighted: false,
      prices: {
        usd: [
          {
            price: "price_pro_monthly",
            type: "recurring",
            interval: "month",
            interval_count: 1,
            unit_amount: 2900,
            trial_period_days: null,
            trial_requires_payment_method: true,
          },
          {
            price: "price_free",
            type: "recurring",
            interval: "month",
            interval_count: 1,
            unit_amount: 0,
            trial_period_days: null,
            trial_requires_payment_method: false,
          },
          {
            price: "price_trial_no_card",
            type: "recurring",
            interval: "month",
            interval_count: 1,
            unit_amount: 2900,
            trial_period_days: 14,
            trial_requires_payment_method: false,
          },
        ],
      },
    },
  ],
  features: [],
};

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

export const apiError = (status: number, code: string, message: string, param?: string) =>
  json(status, { error: { type: "invalid_request_error", code, message, ...(param ? { param } : {}), request_id: "req_test" } });

export interface FakeCheckoutApi {
  fetch: typeof fetch;
  requests: Request[];
  /** The bodies of `POST /v1/checkout_sessions`, with their Idempotency-Key. */
  creates: Array<{ body: Record<string, unknown>; key: string | null }>;
}

/** `create` answers each POST /v1/checkout_sessions (a TypeError thrown there is a lost connection). */
export function fakeCheckoutApi(
  create: (body: Record<string, unknown>, call: number) => Response | Promise<Response>,
  pricingDocument: Pricing = pricing,
): FakeCheckoutApi {
  const requests: Request[] = [];
  const creates: FakeCheckoutApi["creates"] = [];
  let last: CheckoutSession | undefined;
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const path = new URL(request.url).pathname;
    if (path === "/v1/pricing") return json(200, pricingDocument);
    if (path === "/v1/subscriptions") return json(200, { object: "list", data: [], has_more: false, url: path });
    if (path === "/v1/checkout_sessions" && request.method === "POST") {
      const body = (await request.json()) as Record<string, unknown>;
      creates.push({ body, key: request.headers.get("idempotency-key") });
      const response = await create(body, creates.length);
      if (response.ok) last = (await response.clone().json()) as CheckoutSession;
      return response;
    }
    if (path.startsWith("/v1/checkout_sessions/") && last)
      return json(200, { ...last, status: "complete", intent: { ...last.intent, client_secret: null } });
    return apiError(404, "resource_missing", `No route ${path}`);
  };
  return { fetch: fetcher as typeof fetch, requests, creates };
}
