import type { Context, MiddlewareHandler } from "hono";
import { AuthenticationError } from "../../auth/authenticate";
import type { AppEnv } from "../../shared/env";
import { ApiError } from "../../shared/errors";

/** Windows of the `ratelimits` bindings in wrangler.jsonc, in seconds: what Retry-After says. */
const WINDOW = { credential: 10, address: 60 } as const;

export class RateLimitError extends ApiError {
  constructor(retryAfter: number, what: string) {
    super(429, "rate_limit_error", "rate_limited", `Too many ${what}; retry after ${retryAfter} seconds.`, undefined, {
      "Retry-After": String(retryAfter),
    });
  }
}

/** The caller's address: Cloudflare sets CF-Connecting-IP on every request (wrangler dev too). */
const clientAddress = (c: Context<AppEnv>) => c.req.header("CF-Connecting-IP") ?? "unknown";

/**
 * Addresses over the failed-authentication limit, until when (ms). The binding only counts, so
 * this isolate remembers the verdict to refuse that address's credentials before checking them:
 * guessing gets nothing, not even a different answer for a right guess, until the window passes.
 */
const blockedUntil = new Map<string, number>();

function blocked(address: string, now: number): boolean {
  const until = blockedUntil.get(address);
  if (until !== undefined && until <= now) blockedUntil.delete(address);
  return until !== undefined && until > now;
}

function block(address: string, now: number) {
  if (blockedUntil.size >= 10_000) for (const [key, until] of blockedUntil) if (until <= now) blockedUntil.delete(key);
  blockedUntil.set(address, now + WINDOW.address * 1000);
}

/**
 * Failed authentications per client address (`RATE_LIMIT_FAILED_AUTH`): a credential that is sent
 * but refused (401 from `authenticate`) counts; past the limit the answer is 429, and every request
 * carrying credentials from that address is refused unchecked until the window passes. Mounted
 * before `authenticate`.
 */
export const failedAuthenticationLimit = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const address = clientAddress(c);
  if (c.req.header("Authorization") !== undefined && blocked(address, Date.now()))
    throw new RateLimitError(WINDOW.address, "failed authentications from this address");
  await next();
  if (!(c.error instanceof AuthenticationError)) return;
  const { success } = await c.env.RATE_LIMIT_FAILED_AUTH.limit({ key: address });
  if (success) return;
  block(address, Date.now());
  const error = new RateLimitError(WINDOW.address, "failed authentications from this address");
  c.res = c.json(error.body(c.var.requestId), error.status, error.headers);
};

/** The limit a request counts against, under which key; anonymous calls (refused by the routes, or Stripe's signed webhooks) have none. */
function limitOf(c: Context<AppEnv>): { limiter: RateLimit; key: string; window: number; what: string } | undefined {
  const principal = c.var.principal;
  if (principal.kind === "api_key" && principal.keyType === "publishable")
    return { limiter: c.env.RATE_LIMIT_PUBLIC, key: clientAddress(c), window: WINDOW.address, what: "requests from this address" };
  const credential =
    principal.kind === "api_key"
      ? `key:${principal.keyId}`
      : principal.kind === "user"
        ? `user:${principal.userId}`
        : principal.kind === "customer_session"
          ? `session:${principal.sessionId}`
          : undefined;
  if (credential === undefined) return undefined;
  const read = c.req.method === "GET" || c.req.method === "HEAD";
  return {
    limiter: read ? c.env.RATE_LIMIT_READS : c.env.RATE_LIMIT_WRITES,
    key: credential,
    window: WINDOW.credential,
    what: `${read ? "reads" : "writes"} with these credentials`,
  };
}

/**
 * Reads (GET, HEAD) and writes per credential (`RATE_LIMIT_READS`, `RATE_LIMIT_WRITES`): one API
 * key, one person, one customer session, so one tenant's traffic never uses another's allowance.
 * A publishable key is shared by every browser showing the pricing table, so its requests count
 * per client address instead (`RATE_LIMIT_PUBLIC`). Mounted after `authenticate`.
 */
export const requestLimits = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const limit = limitOf(c);
  if (limit && !(await limit.limiter.limit({ key: limit.key })).success) throw new RateLimitError(limit.window, limit.what);
  await next();
};
