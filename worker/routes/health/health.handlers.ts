import type { RouteHandler } from "@hono/zod-openapi";
import { schemaVersion } from "../../db/schema-version";
import type { AppEnv } from "../../shared/env";
import type { getHealth } from "./health.routes";

export const health: RouteHandler<typeof getHealth, AppEnv> = async (c) => {
  const started = Date.now();
  try {
    const version = await schemaVersion(c.var.db());
    return c.json(
      { status: "ok" as const, database: { status: "up" as const, migration_version: version, latency_ms: Date.now() - started } },
      200,
    );
  } catch (error) {
    c.var.logger.warn("health: database unreachable", { error: String(error) });
    c.header("Retry-After", "5");
    return c.json({ status: "degraded" as const, database: { status: "down" as const, migration_version: null, latency_ms: null } }, 503);
  }
};
