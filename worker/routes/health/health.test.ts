import { describe, expect, it } from "vitest";
import { createApp } from "../../app/create-app";
import { adminSql, call } from "../../test/fixtures";
import { healthRouter } from "./health.index";

describe("GET /health", () => {
  it("reports the database up with the newest applied migration", async () => {
    const response = await call("/health");
    expect(response.status).toBe(200);
    const sql = adminSql();
    const [row] = await sql<{ version: string }[]>`select max(version) as version from supabase_migrations.schema_migrations`;
    await sql.end();
    const body = await response.json<{ status: string; database: { status: string; migration_version: string } }>();
    expect(body.status).toBe("ok");
    expect(body.database.status).toBe("up");
    expect(body.database.migration_version).toBe(row?.version);
  });

  it("answers 503 with Retry-After when the database cannot be reached", async () => {
    const app = createApp().route("/", healthRouter);
    const env = { HYPERDRIVE: { connectionString: "postgres://nobody:x@127.0.0.1:1/none" } } as unknown as Env;
    const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;
    const response = await app.fetch(new Request("http://x/health"), env, ctx);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.json()).toMatchObject({ status: "degraded", database: { status: "down" } });
  });
});
