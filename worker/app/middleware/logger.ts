import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";

export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** One JSON object per line, always carrying the request id; Workers Logs indexes the fields. */
export function createLogger(base: LogFields): Logger {
  const write = (level: string, message: string, fields?: LogFields) => {
    console.log(JSON.stringify({ level, message, time: new Date().toISOString(), ...base, ...fields }));
  };
  return {
    info: (message, fields) => write("info", message, fields),
    warn: (message, fields) => write("warn", message, fields),
    error: (message, fields) => write("error", message, fields),
  };
}

/** Sets `c.var.logger` and writes one access-log line per request. */
export const accessLog = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const started = Date.now();
  const logger = createLogger({ request_id: c.var.requestId });
  c.set("logger", logger);
  await next();
  logger.info("request", {
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    duration_ms: Date.now() - started,
  });
};
