import type { MiddlewareHandler } from "hono";
import { withTenant } from "../../db/tenant";
import { recordEmbedUse } from "../../domain/onboarding";
import type { AppEnv } from "../../shared/env";
import { ApiError } from "../../shared/errors";

// If-None-Match: the SDK polls the customer state and the pricing with their ETag (a cheap 304).
const ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, BillingOS-Mode, If-None-Match";
/** Response headers a page's script may read: the ETag to poll with, the request id to quote to support. */
const EXPOSED_HEADERS = "ETag, Request-Id";
const PREFLIGHT_MAX_AGE_SECONDS = "600";

/**
 * Answers CORS preflights for the API. A preflight carries no credentials, so it cannot be checked
 * against an organisation's allowed origins; it only lets the browser send the real request, and
 * that one is checked by `allowedOrigins()` (refused 403 without any data when the origin is not
 * allowed). Responses stay unreadable to pages on other origins unless that check passed.
 */
export const corsPreflight = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const origin = c.req.header("Origin");
  const method = c.req.header("Access-Control-Request-Method");
  if (c.req.method !== "OPTIONS" || !origin || !method) return next();
  return c.body(null, 204, {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "GET, POST, DELETE",
    "Access-Control-Allow-Headers": ALLOWED_HEADERS,
    "Access-Control-Max-Age": PREFLIGHT_MAX_AGE_SECONDS,
    Vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
  });
};

/**
 * Browsers call the API directly with a publishable key or a customer session: such a request
 * with an Origin header must come from one of the organisation's `allowed_origins`, or it is
 * refused with 403 `origin_not_allowed` before the route runs; allowed origins get
 * Access-Control-Allow-Origin. Secret and restricted keys never belong in a browser, so a
 * cross-origin request carrying one is refused outright. Requests without Origin (servers,
 * curl) and same-origin requests (the admin) pass untouched.
 */
export const allowedOrigins = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const origin = c.req.header("Origin");
  const principal = c.var.principal;
  if (!origin || origin === new URL(c.req.url).origin) return next();
  if (principal.kind === "api_key" && principal.keyType !== "publishable") {
    throw new ApiError(
      403,
      "permission_error",
      "secret_key_in_browser",
      "Secret and restricted keys must stay on your server; browsers use a publishable key or a customer session.",
    );
  }
  const tenant = browserTenant(principal);
  if (!tenant) return next();
  const org = await withTenant(c.var.db(), tenant, async (tx) => {
    const [row] = await tx<{ allowed_origins: string[]; embedded: boolean }[]>`
      select allowed_origins, exists (select from embed_uses) as embedded from organizations where id = ${tenant.orgId}`;
    // The first browser request with a publishable key from an allowed origin: the embed is live (onboarding checklist).
    if (row?.allowed_origins.includes(origin) && !row.embedded && principal.kind === "api_key") await recordEmbedUse(tx, origin);
    return row;
  });
  if (!org?.allowed_origins.includes(origin)) {
    throw new ApiError(
      403,
      "permission_error",
      "origin_not_allowed",
      `Requests from ${origin} are not allowed; add it to the organization's allowed_origins.`,
    );
  }
  await next();
  c.res.headers.set("Access-Control-Allow-Origin", origin);
  c.res.headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
  c.res.headers.set("Cross-Origin-Resource-Policy", "cross-origin");
  c.res.headers.append("Vary", "Origin");
};

function browserTenant(principal: AppEnv["Variables"]["principal"]) {
  if (principal.kind === "api_key" || principal.kind === "customer_session")
    return { orgId: principal.orgId, livemode: principal.livemode };
  return undefined;
}
