import type { MiddlewareHandler } from "hono";
import type { Sql } from "postgres";
import { connect } from "../../db/client";
import type { AppEnv } from "../../shared/env";

/**
 * Gives each request a lazily opened database client (Hyperdrive pools the real connections,
 * so a client per request is the recommended pattern) and closes it after the response.
 */
export const database = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  let sql: Sql | undefined;
  c.set("db", () => {
    sql ??= connect(c.env.HYPERDRIVE.connectionString);
    return sql;
  });
  try {
    await next();
  } finally {
    if (sql) c.executionCtx.waitUntil(sql.end({ timeout: 5 }));
  }
};
