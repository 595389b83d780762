import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../shared/env";

/**
 * Strict defaults for every response. Scripts only from our own origin (no inline script, no eval);
 * styles allow inline attributes because the docs UI sets them; the admin page's supabase-js talks
 * to the Supabase project, a different origin, so `connect-src` names it.
 *
 * The same headers, values and overwrite rule as Hono's `secureHeaders` with our options (which this
 * replaced), built once per `SUPABASE_URL` instead of per request: that middleware re-derived the
 * policy on every request, a measurable share of what a request that does no work costs
 * (bench/README.md, "The pipeline's own cost").
 */
function headersFor(supabaseUrl: string | undefined): Array<[string, string]> {
  let supabaseOrigin = "'self'";
  try {
    supabaseOrigin = new URL(supabaseUrl as string).origin;
  } catch {
    // no project configured: the page talks only to its own origin
  }
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${supabaseOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  return [
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
    ["Content-Security-Policy", policy],
  ];
}

/** One isolate serves one deployment, so one SUPABASE_URL: the list is kept for the value it was built for. */
let built: { supabaseUrl: string | undefined; headers: Array<[string, string]> } | undefined;

/** Sets the headers on every response, over any a route set itself (as before), and drops X-Powered-By. */
export const securityHeaders = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const supabaseUrl = (c.env as Partial<Env> | undefined)?.SUPABASE_URL;
  if (built?.supabaseUrl !== supabaseUrl || !built) built = { supabaseUrl, headers: headersFor(supabaseUrl) };
  const { headers } = built;
  await next();
  for (const [name, value] of headers) c.res.headers.set(name, value);
  c.res.headers.delete("X-Powered-By");
};
