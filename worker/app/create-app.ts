import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { methodNotAllowed } from "hono/method-not-allowed";
import { authenticate } from "../auth/authenticate";
import { isDatabaseUnavailable } from "../db/errors";
import { fromStripeError } from "../stripe/errors";
import type { AppEnv } from "./env";
import { ApiError, InternalError, MethodNotAllowedError, NotFoundError, PayloadTooLargeError, ServiceUnavailableError } from "./errors";
import { allowedOrigins, corsPreflight } from "./middleware/cors";
import { database } from "./middleware/database";
import { accessLog } from "./middleware/logger";
import { failedAuthenticationLimit, requestLimits } from "./middleware/rate-limits";
import { requestId } from "./middleware/request-id";
import { securityHeaders } from "./middleware/security-headers";
import { fromBodyError, validationHook } from "./validation";

export const MAX_BODY_BYTES = 1024 * 1024;

/** A resource router, typed loosely: we do not use Hono's RPC types and they grow too large to check. */
export type Router = OpenAPIHono<AppEnv>;

/** A router for one resource, sharing the app's validation hook. */
export function createRouter(): Router {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

export function errorResponse(c: Context<AppEnv>, error: ApiError): Response {
  // c.get, not c.var: Hono builds a fresh object of every variable on each c.var read.
  return c.json(error.body(c.get("requestId")), error.status, error.headers);
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
