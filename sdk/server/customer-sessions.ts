/**
 * For merchant backends (Node, Deno, Bun, Workers): mint a customer session for the browser with
 * your secret key. Give the returned token to the page in memory only, never in a URL or storage.
 *
 * ```ts
 * const session = await createCustomerSession({
 *   apiBase: "https://billing.example.com",
 *   secretKey: process.env.BILLINGOS_SECRET_KEY,
 *   customer: "cus_…",
 * });
 * res.json({ token: session.token, expiresAt: session.expires_at });
 * ```
 */
export interface CustomerSession {
  object: "customer_session";
  id: string;
  livemode: boolean;
  customer: string;
  token: string;
  /** Unix seconds. */
  expires_at: number;
}

export interface CreateCustomerSessionOptions {
  secretKey: string;
  customer: string;
  /** Seconds, 60 to 3600; the API defaults to 900. */
  expiresIn?: number;
  /**
   * The BillingOS API origin (e.g. `http://127.0.0.1:8787` for `npm start`). Required: a silent
   * default would send a production secret key to whatever answers on that address.
   */
  apiBase: string;
  fetch?: typeof fetch;
}

export class BillingApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = "BillingApiError";
  }
}

export async function createCustomerSession(options: CreateCustomerSessionOptions): Promise<CustomerSession> {
  if (!/^sk_(test|live)_/.test(options.secretKey))
    throw new TypeError("createCustomerSession needs a secret key (sk_test_… or sk_live_…), on the server only.");
  if (typeof options.apiBase !== "string" || !/^https?:\/\/[^/]+/.test(options.apiBase))
    throw new TypeError("createCustomerSession needs apiBase, the BillingOS API origin (e.g. https://billing.example.com).");
  const response = await (options.fetch ?? fetch)(`${options.apiBase.replace(/\/+$/, "")}/v1/customer_sessions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${options.secretKey}`, "content-type": "application/json" },
    body: JSON.stringify({ customer: options.customer, ...(options.expiresIn === undefined ? {} : { expires_in: options.expiresIn }) }),
  });
  const body = (await response.json()) as CustomerSession & { error?: { code?: string; message?: string; param?: string } };
  if (!response.ok) {
    throw new BillingApiError(
      response.status,
      body.error?.code ?? "unknown",
      body.error?.message ?? `HTTP ${response.status}`,
      body.error?.param,
    );
  }
  return body;
}

// The package's `./server` entry is this file: webhook verification ships beside it.
export { type VerifyWebhookOptions, verifyWebhook, type WebhookEvent, WebhookVerificationError } from "./webhooks";
