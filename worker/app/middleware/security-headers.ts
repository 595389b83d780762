import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../shared/env";

/**
 * Strict defaults for every response. Scripts only from our own origin (no inline script, no eval);
 * styles allow inline attributes because the docs UI sets them; the admin page's supabase-js talks
 * to the Supabase project, a different origin, so `connect-src` names it, and its Settings › Billing
 * pays for the merchant's own plan with Stripe's Payment Element, so /admin/ also allows Stripe.
 *
 * The same headers, values and overwrite rule as Hono's `secureHeaders` with our options (which this
 * replaced), built once per `SUPABASE_URL` instead of per request: that middleware re-derived the
 * policy on every request, a measurable share of what a request that does no work costs
 * (bench/README.md, "The pipeline's own cost").
 */
function headersFor(supabaseUrl: string | undefined, stripeApiBase: string | undefined): BuiltHeaders {
  let supabaseOrigin = "'self'";
  try {
    supabaseOrigin = new URL(supabaseUrl as string).origin;
  } catch {
    // no project configured: the page talks only to its own origin
  }
  const policy = (stripe?: StripeSources) =>
    [
      "default-src 'self'",
      `script-src 'self'${stripe ? ` ${stripe.script}` : ""}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      `connect-src 'self' ${supabaseOrigin}${stripe ? ` ${stripe.connect}` : ""}`,
      ...(stripe ? [`frame-src ${stripe.frames}`] : []),
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
    ].join("; ");
  const common: Array<[string, string]> = [
    ["Cross-Origin-Resource-Policy", "same-origin"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Origin-Agent-Cluster", "?1"],
    ["Referrer-Policy", "no-referrer"],
    ["Strict-Transport-Security", "max-age=63072000; includeSubDomains"],
    ["X-Content-Type-Options", "nosniff"],
    ["X-DNS-Prefetch-Control", "off"],
    ["X-Download-Options", "noopen"],
    ["X-Frame-Options", "SAMEORIGIN"],
    ["X-Permitted-Cross-Domain-Policies", "none"],
    ["X-XSS-Protection", "0"],
  ];
  return {
    headers: [...common, ["Content-Security-Policy", policy()]],
    admin: [...common, ["Content-Security-Policy", policy(stripeSources(stripeApiBase))]],
  };
}

interface StripeSources {
  script: string;
  connect: string;
  frames: string;
}

/**
 * Stripe.js, its API and its frames, which the admin's Settings › Billing checkout needs (Stripe's
 * documented CSP); locally the Stripe emulator (STRIPE_API_BASE) serves all three instead.
 */
function stripeSources(stripeApiBase: string | undefined): StripeSources {
  const emulator = stripeApiBase ? new URL(stripeApiBase).origin : undefined;
  if (emulator) return { script: emulator, connect: emulator, frames: emulator };
  return { script: "https://js.stripe.com", connect: "https://api.stripe.com", frames: "https://js.stripe.com https://hooks.stripe.com" };
}

interface BuiltHeaders {
  headers: Array<[string, string]>;
  /** The admin's pages: the same, and Stripe's sources for the checkout of the merchant's own plan. */
  admin: Array<[string, string]>;
}

/** One isolate serves one deployment, so one SUPABASE_URL and STRIPE_API_BASE: the lists are kept for the values they were built for. */
let built: { key: string; headers: BuiltHeaders } | undefined;

/** Sets the headers on every response, over any a route set itself (as before), and drops X-Powered-By. */
export const securityHeaders = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const vars = c.env as Partial<Env> | undefined;
  const key = `${vars?.SUPABASE_URL} ${vars?.STRIPE_API_BASE}`;
  if (built?.key !== key || !built) built = { key, headers: headersFor(vars?.SUPABASE_URL, vars?.STRIPE_API_BASE) };
  const path = c.req.path;
  const headers = path === "/admin" || path.startsWith("/admin/") ? built.headers.admin : built.headers.headers;
  await next();
  for (const [name, value] of headers) c.res.headers.set(name, value);
  c.res.headers.delete("X-Powered-By");
};
