import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { methodNotAllowed } from "hono/method-not-allowed";
import { authenticate } from "../auth/authenticate";
import { isDatabaseUnavailable } from "../db/errors";
import type { AppEnv } from "../shared/env";
import {
  ApiError,
  InternalError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
} from "../shared/errors";
import { fromStripeError } from "../stripe/errors";
import { accessLog } from "./middleware/access-log";
import { allowedOrigins, corsPreflight } from "./middleware/cors";
import { database } from "./middleware/database";
import { failedAuthenticationLimit, requestLimits } from "./middleware/rate-limits";
import { requestId } from "./middleware/request-id";
import { securityHeaders } from "./middleware/security-headers";
import { createRouter } from "./router";
import { undeclaredError } from "./undeclared-error";
import { fromBodyError } from "./validation";

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The error envelope. An error code the route did not declare is logged; under the tests
 * (`CHECK_ERROR_CODES`) it is also named in a header that fails the test's request (test/fixtures.ts).
 */
export function errorResponse(c: Context<AppEnv>, error: ApiError): Response {
  const undeclared = undeclaredError(c, error);
  if (!undeclared) return c.json(error.body(c.get("requestId")), error.status, error.headers);
  c.var.logger.error("undeclared error code", { undeclared });
  const headers: Record<string, string> = { ...error.headers };
  if (c.env.CHECK_ERROR_CODES === "1") headers["BillingOS-Undeclared-Error"] = undeclared;
  return c.json(error.body(c.get("requestId")), error.status, headers);
}

/** The application shell: middleware, the error envelope, 404 and 405. Routes are mounted by the caller. */
export function createApp() {
  const app = createRouter();
  app.use(requestId(), accessLog(), securityHeaders(), database());
  app.use(bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => errorResponse(c, new PayloadTooLargeError(MAX_BODY_BYTES)) }));
  app.use("/v1/*", corsPreflight());
  app.use(
    methodNotAllowed({ app, onMethodNotAllowed: (c, allowed) => errorResponse(c, new MethodNotAllowedError(c.req.method, allowed)) }),
  );
  app.use("/v1/*", failedAuthenticationLimit(), authenticate(), requestLimits(), allowedOrigins());
  app.notFound((c) => errorResponse(c, new NotFoundError(`Unrecognized request URL (${c.req.method}: ${c.req.path}).`, "route_not_found")));
  app.onError(async (error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    const bodyError = await fromBodyError(error, c);
    if (bodyError) return errorResponse(c, bodyError);
    const stripeError = fromStripeError(error);
    if (stripeError) {
      c.var.logger.warn("stripe error", { error: String(error) });
      return errorResponse(c, stripeError);
    }
    if (isDatabaseUnavailable(error)) {
      c.var.logger.warn("database unavailable", { error: String(error) });
      return errorResponse(c, new ServiceUnavailableError("The database is unavailable; retry shortly."));
    }
    c.var.logger.error("unhandled error", { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return errorResponse(c, new InternalError());
  });
  return app;
}
