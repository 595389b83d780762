import { BillingClient } from "../../client/client";
import { call } from "./admin-api";
import type { AdminSession } from "./admin-session";

/** Never sent: the client needs a publishable key's shape; its calls go out as the signed-in member instead. */
const PUBLIC_AS_MEMBER = (mode: string) => `pk_${mode}_admin_member`;

/** A client's `fetch` that sends its public calls (only `GET /v1/pricing`) as the member, and the rest as they are. */
function memberPublicFetch(session: AdminSession, placeholder: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (request.headers.get("Authorization") !== `Bearer ${placeholder}`) return fetch(request);
    const url = new URL(request.url);
    if (url.pathname !== "/v1/pricing") throw new Error(`The admin reads only the pricing table publicly, not ${url.pathname}.`);
    const etag = request.headers.get("If-None-Match");
    const { response } = await session.api.GET("/v1/pricing", {
      parseAs: "stream",
      ...(etag ? { headers: { "If-None-Match": etag } } : {}),
    });
    return response;
  };
}

/**
 * A `BillingClient` acting as one customer, for showing the SDK's customer-facing elements
 * (`<billing-portal>`, `<billing-usage-meter>`) in the admin exactly as the customer sees them:
 * - customer calls carry a short-lived customer session the member mints (`POST /v1/customer_sessions`,
 *   owner/admin/member only; re-minted by the client before it expires);
 * - public calls (the pricing table) go out as the member (their Supabase token, organisation and
 *   mode), since the admin holds no publishable key: the browser never sees one of the merchant's keys.
 */
export function customerClient(session: AdminSession, customer: string): BillingClient {
  const placeholder = PUBLIC_AS_MEMBER(session.mode);
  return new BillingClient({
    publishableKey: placeholder,
    apiBase: globalThis.location.origin,
    fetch: memberPublicFetch(session, placeholder),
    fetchSession: async () => {
      const minted = await call(session.api.POST("/v1/customer_sessions", { body: { customer, expires_in: 900 } }));
      return { token: minted.token, expires_at: minted.expires_at };
    },
  });
}

/**
 * A `BillingClient` as an anonymous visitor of the merchant's site (the pricing table, read as the
 * member: no key in the browser, no customer session), e.g. for the branding preview.
 */
export function visitorClient(session: AdminSession): BillingClient {
  const placeholder = PUBLIC_AS_MEMBER(session.mode);
  return new BillingClient({
    publishableKey: placeholder,
    apiBase: globalThis.location.origin,
    fetch: memberPublicFetch(session, placeholder),
  });
}
