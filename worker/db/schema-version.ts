import type { Sql } from "postgres";

/** The newest applied migration (one indexed query through a function any role may call). */
export async function schemaVersion(sql: Sql): Promise<string | null> {
  const [row] = await sql<{ version: string | null }[]>`select public.schema_version() as version`;
  return row?.version ?? null;
}
