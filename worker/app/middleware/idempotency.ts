import type { MiddlewareHandler } from "hono";
import { sha256Hex } from "../../auth/api-key-format";
import type { Principal } from "../../auth/principal";
import type { AppEnv } from "../env";
import { ApiError, InvalidRequestError } from "../errors";

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

/**
 * `Idempotency-Key` on POST: the first response (below 500) is stored and replayed for 24 hours
 * to the same key with the same method, path and body (`Idempotent-Replayed: true`); the same
 * key with another request is a 409 `idempotency_error`; while the first is still running, a
 * concurrent one gets 409 `idempotency_key_in_use`, so fifty concurrent calls execute once.
 * A 5xx, 401, 403 or 429 releases the key so a retry runs again. Mounted per route, after the
 * route's access rule (see `defineRoute`).
 */
export const idempotency = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const key = c.req.header("Idempotency-Key");
  const scope = scopeOf(c.var.principal);
  if (c.req.method !== "POST" || key === undefined || !scope) return next();
  if (!KEY_PATTERN.test(key))
    throw new InvalidRequestError("parameter_invalid", "Idempotency-Key must be 1-255 printable ASCII characters.", "Idempotency-Key");

  const hash = await sha256Hex(`${c.req.method} ${c.req.path}?${new URL(c.req.url).search}\n${await c.req.text()}`);
  const [claim] = await c.var.db()<{ state: string; response_status: number | null; response_body: string | null }[]>`
    select * from tenant.claim_idempotency_key(${scope}, ${key}, ${hash})`;
  if (claim?.state === "mismatch") {
    throw new ApiError(
      409,
      "idempotency_error",
      "idempotency_key_reused",
      "This Idempotency-Key was used with a different request; use a new key.",
      "Idempotency-Key",
    );
  }
  if (claim?.state === "processing") {
    throw new ApiError(
      409,
      "idempotency_error",
      "idempotency_key_in_use",
      "A request with this Idempotency-Key is still being processed; retry shortly.",
      "Idempotency-Key",
      {
        "Retry-After": "1",
      },
    );
  }
  if (claim?.state === "complete") {
    return c.body(claim.response_body ?? "", claim.response_status as 200, {
      "content-type": "application/json",
      "Idempotent-Replayed": "true",
    });
  }

  let status = 500;
  let body = "";
  try {
    await next();
    status = c.res.status;
    body = status < 500 ? await c.res.clone().text() : "";
  } finally {
    // settle releases the key for any status of 500 or more.
    const settled = NOT_STORED.has(status) ? 500 : status;
    await c.var.db()`select tenant.settle_idempotency_key(${scope}, ${key}, ${settled}, ${body})`;
  }
};
