// A fake BillingOS API for element tests: a `fetch` that answers from fixtures and records every
// request, injected into the client (the real API is covered by the end-to-end suite).
import type { Pricing, Subscription } from "../client/client";

export interface FakeApi {
  fetch: typeof fetch;
  requests: Request[];
  /** Resolves the pending pricing answer when `hold` was set. */
  release(): void;
}

export interface FakeApiOptions {
  pricing?: Pricing;
  /** Answer /v1/pricing with this status and error envelope instead. */
  pricingError?: { status: number; code: string; message: string };
  subscriptions?: Subscription[];
  /** Keep /v1/pricing pending until `release()` (to see the loading state). */
  hold?: boolean;
  /** Fails the request with a TypeError as fetch does offline. */
  offline?: boolean;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

export function fakeApi(options: FakeApiOptions): FakeApi {
  const requests: Request[] = [];
  let release = () => {};
  const held = options.hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    if (options.offline) throw new TypeError("Failed to fetch");
    const path = new URL(request.url).pathname;
    if (path === "/v1/pricing") {
      await held;
      if (options.pricingError) {
        const { status, code, message } = options.pricingError;
        return json(status, { error: { type: "invalid_request_error", code, message, request_id: "req_test" } });
      }
      return json(200, options.pricing);
    }
    if (path === "/v1/subscriptions")
      return json(200, { object: "list", data: options.subscriptions ?? [], has_more: false, url: "/v1/subscriptions" });
    return json(404, { error: { type: "invalid_request_error", code: "not_found", message: `No route ${path}`, request_id: "req_test" } });
  };
  return { fetch, requests, release: () => release() };
}
