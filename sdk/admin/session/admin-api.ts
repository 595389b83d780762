import { BillingApiError, type BillingError, envelopeOf, toBillingError } from "../../client/errors";
import type { components } from "../../client/openapi";
import { createTypedFetch, type TypedFetch } from "../../client/typed-fetch";

export type AdminClient = TypedFetch;
export type Organization = components["schemas"]["Organization"];
export type Mode = "test" | "live";

/** Where a call acts: the organisation (`BillingOS-Organization`) and the mode (`BillingOS-Mode`). */
export interface AdminScope {
  org: string;
  mode: Mode;
}

export interface AdminApiOptions {
  /** The signed-in user's current Supabase access token (refreshed by supabase-js), or null when signed out. */
  accessToken: () => Promise<string | null>;
  /** Omit for calls that act as the user alone (their organisations, accepting an invitation). */
  scope?: AdminScope;
  /** Defaults to the page's origin: the worker serves the admin and the API together. */
  baseUrl?: string;
  /** Replaces `fetch` (tests). */
  fetch?: typeof fetch;
}

/**
 * The generated typed client (the same `paths` as the SDK's client), acting as the merchant user:
 * their access token as the Bearer, and the organisation and mode as headers. The API reads the
 * membership (and so the role) from the database on every call; nothing here is trusted.
 */
export function createAdminApi(options: AdminApiOptions): AdminClient {
  return createTypedFetch({
    baseUrl: options.baseUrl ?? globalThis.location.origin,
    fetch: (request) => (options.fetch ?? globalThis.fetch)(request),
    async onRequest(request) {
      const token = await options.accessToken();
      if (!token) throw new BillingApiError(401, signedOut);
      request.headers.set("Authorization", `Bearer ${token}`);
      if (options.scope) {
        request.headers.set("BillingOS-Organization", options.scope.org);
        // A call may name the other mode itself (e.g. "is live mode ready?" while in test mode).
        if (!request.headers.has("BillingOS-Mode")) request.headers.set("BillingOS-Mode", options.scope.mode);
      }
      return request;
    },
  });
}

const signedOut = {
  type: "authentication_error" as const,
  code: "signed_out",
  message: "You are signed out. Sign in again.",
  request_id: "",
};

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * The data of a call, or throws a `BillingApiError` carrying the API's envelope (`code`, `message`,
 * `param`, `request_id`) — or a `BillingNetworkError` when the API could not be reached.
 *
 * ```ts
 * const customer = await call(this.session.api.GET("/v1/customers/{id}", { params: { path: { id } } }));
 * ```
 */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch (thrown) {
    throw toBillingError(thrown);
  }
  if (result.error === undefined && result.response.ok) return result.data as T;
  const { response } = result;
  throw new BillingApiError(
    response.status,
    envelopeOf(result.error) ?? {
      type: "api_error",
      code: `http_${response.status}`,
      message: `The BillingOS API answered ${response.status}.`,
      request_id: response.headers.get("request-id") ?? "",
    },
  );
}

/** A message for people, from whatever a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof BillingApiError) return error.message;
  const billing = error as Partial<BillingError> | undefined;
  if (billing?.code === "network_error") return "The BillingOS API could not be reached. Check your connection and try again.";
  return error instanceof Error ? error.message : String(error);
}
