import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../shared/env";
import { createLogger } from "../../shared/logger";

/** Sets `c.var.logger` and writes one access-log line per request. */
export const accessLog = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const started = Date.now();
  const logger = createLogger({ request_id: c.var.requestId }, c.env.LOG_LEVEL);
  c.set("logger", logger);
  await next();
  logger.info("request", {
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    duration_ms: Date.now() - started,
  });
};
