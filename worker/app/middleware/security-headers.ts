import type { Context } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../../shared/env";

/** The admin page's supabase-js talks to the Supabase project, a different origin. */
const supabaseOrigin = (c: Context) => {
  try {
    return new URL((c as Context<AppEnv>).env.SUPABASE_URL).origin;
  } catch {
    return "'self'";
  }
};

/**
 * Strict defaults for every response. Scripts only from our own origin (no inline script, no eval);
 * styles allow inline attributes because the docs UI sets them.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'", supabaseOrigin],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
    },
    strictTransportSecurity: "max-age=63072000; includeSubDomains",
    referrerPolicy: "no-referrer",
    crossOriginResourcePolicy: "same-origin",
  });
