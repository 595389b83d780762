import type { MiddlewareHandler } from "hono";
import { sha256Hex } from "../../auth/api-key-format";
import type { Principal } from "../../auth/principal";
import type { AppEnv } from "../env";
import { ApiError, InvalidRequestError } from "../errors";

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Keys are scoped per organisation and mode (or per person outside an organisation). */
function scopeOf(principal: Principal): string | undefined {
  if (principal.kind === "api_key" || principal.kind === "customer_session")
    return `${principal.orgId}:${principal.livemode ? "live" : "test"}`;
  if (principal.kind === "user")
    return principal.org ? `${principal.org.id}:${principal.org.livemode ? "live" : "test"}` : `user:${principal.userId}`;
  return undefined;
}

/**
 * `Idempotency-Key` on POST: the first response (below 500) is stored and replayed for 24 hours
 * to the same key with the same method, path and body (`Idempotent-Replayed: true`); the same
 * key with another request is a 409 `idempotency_error`; while the first is still running, a
 * concurrent one gets 409 `idempotency_key_in_use`, so fifty concurrent calls execute once.
 * A 5xx releases the key so a retry runs again.
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
    await c.var.db()`select tenant.settle_idempotency_key(${scope}, ${key}, ${status}, ${body})`;
  }
};
