/**
 * For merchant backends: ask BillingOS whether a customer may use a feature (and take from its
 * quota atomically), and read the customer's state. The server is authoritative; the browser's
 * copy of the state is a hint for UI only.
 *
 * ```ts
 * const billing = entitlementsClient({ secretKey: process.env.BILLINGOS_SECRET_KEY, apiBase: "https://billing.example.com", onError: "closed" });
 * const { allowed } = await billing.check({ customer: "user-42", feature: "exports", consume: true });
 * ```
 */
import type { components } from "../client/openapi";
import { BillingApiError } from "./customer-sessions";

type Schemas = components["schemas"];

/** The API's answer to a check, plus `unavailable` when BillingOS could not be reached and `onError` decided. */
export type CheckResult = Omit<Schemas["EntitlementCheck"], "reason" | "customer" | "type"> & {
  reason: Schemas["EntitlementCheck"]["reason"] | "unavailable";
  customer: string | null;
  type: Schemas["EntitlementCheck"]["type"] | null;
};
export type CheckReason = CheckResult["reason"];
export type CustomerState = Schemas["CustomerState"];

export interface ClientOptions {
  secretKey: string;
  /** The BillingOS API origin, e.g. `https://billing.example.com` (required: a key is never sent to a guessed address). */
  apiBase: string;
  fetch?: typeof fetch;
  /**
   * When BillingOS cannot be reached (network error, 5xx, 429): `"closed"` (default) answers
   * `allowed: false`, `"open"` answers `allowed: true` — both with reason `unavailable`. A 4xx
   * (your request is wrong) always throws BillingApiError.
   */
  onError?: "open" | "closed";
}

/** One JSON request with the secret key; throws BillingApiError with the API's code and param. */
export async function request<T>(
  options: ClientOptions,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await (options.fetch ?? fetch)(`${options.apiBase}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      Authorization: `Bearer ${options.secretKey}`,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 304) return { status: 304, body: null as T | null, etag: response.headers.get("ETag") };
  const body = (await response.json()) as T & { error?: { code?: string; message?: string; param?: string } };
  if (!response.ok)
    throw new BillingApiError(
      response.status,
      body.error?.code ?? "unknown",
      body.error?.message ?? `HTTP ${response.status}`,
      body.error?.param,
    );
  return { status: response.status, body: body as T | null, etag: response.headers.get("ETag") };
}

/** Whether an error means "BillingOS unavailable" (retry later) rather than "the request is wrong". */
export const isUnavailable = (error: unknown) => !(error instanceof BillingApiError) || error.status >= 500 || error.status === 429;

export function entitlementsClient(options: ClientOptions) {
  if (!/^(sk|rk)_(test|live)_/.test(options.secretKey))
    throw new TypeError("The entitlements client needs a secret or restricted key, on the server only.");
  let cachedState: { etag: string | null; state: CustomerState } | undefined;
  return {
    /** May `customer` (id or external_id) use `feature`? With `consume`, `required` units are taken atomically. */
    async check(input: { customer: string; feature: string; required?: number; consume?: boolean }): Promise<CheckResult> {
      try {
        return (await request<CheckResult>(options, "/v1/entitlements/check", { body: input })).body as CheckResult;
      } catch (error) {
        if (!isUnavailable(error)) throw error;
        const allowed = options.onError === "open";
        return {
          object: "entitlement_check",
          allowed,
          reason: "unavailable",
          customer: null,
          feature: input.feature,
          type: null,
          limit: null,
          used: 0,
          balance: null,
          unlimited: false,
          resets_at: null,
          overage: 0,
        };
      }
    },
    /** The customer's state document; sends If-None-Match, so an unchanged state costs a 304. */
    async customerState(customer: string): Promise<CustomerState> {
      const previous = cachedState?.state.customer === customer ? cachedState : undefined;
      const { body, etag } = await request<CustomerState>(options, `/v1/customer_state?customer=${encodeURIComponent(customer)}`, {
        headers: previous?.etag ? { "If-None-Match": previous.etag } : {},
      });
      if (body === null && previous) return previous.state;
      cachedState = { etag, state: body as CustomerState };
      return body as CustomerState;
    },
  };
}
