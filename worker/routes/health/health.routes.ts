import { createRoute, z } from "@hono/zod-openapi";

export const HealthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    database: z.object({
      status: z.enum(["up", "down"]),
      migration_version: z.string().nullable().describe("Newest applied migration, as recorded in supabase_migrations.schema_migrations."),
      latency_ms: z.number().int().nullable(),
    }),
  })
  .openapi("Health");

export const getHealth = createRoute({
  method: "get",
  path: "/health",
  tags: ["Health"],
  summary: "Liveness and database reachability",
  description: "Public. Answers 200 when the database answers, 503 (with Retry-After) when it does not.",
  responses: {
    200: { description: "Everything is up.", content: { "application/json": { schema: HealthSchema } } },
    503: { description: "The database cannot be reached.", content: { "application/json": { schema: HealthSchema } } },
  },
});
