import type { Context, MiddlewareHandler } from "hono";
import { insideTransaction } from "../../db/request-transaction";
import { sha256Hex } from "../../shared/api-key-format";
import type { AppEnv } from "../../shared/env";
import { ApiError, InvalidRequestError } from "../../shared/errors";
import type { Principal } from "../../shared/principal";

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Keys are scoped to the exact credential: one API key, one person in one organisation and mode,
 * one customer session. Two callers can never see each other's stored responses, even inside one
 * organisation, so a replay never gives more than the caller would get by calling afresh.
 */
function scopeOf(principal: Principal): string | undefined {
  const mode = (livemode: boolean) => (livemode ? "live" : "test");
  switch (principal.kind) {
    case "api_key":
      return `${principal.orgId}:${mode(principal.livemode)}:key:${principal.keyId}`;
    case "customer_session":
      return `${principal.orgId}:${mode(principal.livemode)}:session:${principal.sessionId}`;
    case "user":
      return principal.org ? `${principal.org.id}:${mode(principal.org.livemode)}:user:${principal.userId}` : `user:${principal.userId}`;
    default:
      return undefined;
  }
}

/**
 * Refusals that depend on who calls rather than on the request are never stored: authentication,
 * permission and rate-limit answers. (The route's access rule runs before this middleware, so its
 * refusals never reach it; a 401/403/429 from inside a handler is released the same way.)
 */
const NOT_STORED = new Set([401, 403, 429]);

/** Thrown to roll the request's transaction back while keeping the response already built. */
class NotStored extends Error {}

interface StoredKey {
  locked: boolean;
  request_hash: string | null;
  response_status: number | null;
  response_body: string | null;
}

/**
 * `Idempotency-Key` on POST. The request runs in one transaction (every `withTenant` of the
 * handler becomes a savepoint of it) that first locks the key, then does the request's writes,
 * then stores the response: writes and stored response commit together, so whenever a worker dies
 * the retry either runs once or replays. The stored response (below 500) is replayed for 24 hours
 * to the same credential with the same method, path and body (`Idempotent-Replayed: true`); the
 * same key with another request is a 409 `idempotency_error`; while the first still runs, a
 * concurrent one gets 409 `idempotency_key_in_use`, so fifty concurrent calls execute once. A 5xx,
 * 401, 403 or 429 rolls the whole request back and leaves the key free for a retry. Mounted per
 * route, after the route's access rule (see `defineRoute`).
 */
export const idempotency = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const key = c.req.header("Idempotency-Key");
  const scope = scopeOf(c.var.principal);
  if (c.req.method !== "POST" || key === undefined || !scope) return next();
  if (!KEY_PATTERN.test(key))
    throw new InvalidRequestError("parameter_invalid", "Idempotency-Key must be 1-255 printable ASCII characters.", "Idempotency-Key");

  const hash = await sha256Hex(`${c.req.method} ${c.req.path}?${new URL(c.req.url).search}\n${await c.req.text()}`);
  const client = c.var.db;
  try {
    return await client().begin(async (tx) => {
      const [stored] = await tx<StoredKey[]>`select * from tenant.lock_idempotency_key(${scope}, ${key})`;
      const replay = replayOf(c, stored, hash);
      if (replay) return replay;
      c.set("db", () => insideTransaction(tx));
      try {
        await next();
      } finally {
        c.set("db", client);
      }
      const status = c.res.status;
      if (status >= 500 || NOT_STORED.has(status)) throw new NotStored();
      await tx`select tenant.store_idempotent_response(${scope}, ${key}, ${hash}, ${status}, ${await c.res.clone().text()})`;
      return c.res;
    });
  } catch (error) {
    if (error instanceof NotStored) return c.res;
    throw error;
  }
};

/** The stored response to replay, a 409 when the key is busy or was used for another request, or nothing (run it). */
function replayOf(c: Context<AppEnv>, stored: StoredKey | undefined, hash: string): Response | undefined {
  if (!stored?.locked) {
    throw new ApiError(
      409,
      "idempotency_error",
      "idempotency_key_in_use",
      "A request with this Idempotency-Key is still being processed; retry shortly.",
      "Idempotency-Key",
      { "Retry-After": "1" },
    );
  }
  if (stored.request_hash === null) return undefined;
  if (stored.request_hash !== hash) {
    throw new ApiError(
      409,
      "idempotency_error",
      "idempotency_key_reused",
      "This Idempotency-Key was used with a different request; use a new key.",
      "Idempotency-Key",
    );
  }
  return c.body(stored.response_body ?? "", stored.response_status as 200, {
    "content-type": "application/json",
    "Idempotent-Replayed": "true",
  });
}
