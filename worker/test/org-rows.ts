import type { Sql } from "postgres";
import { expect } from "vitest";

/**
 * Every row one organisation has, in every table that carries `org_id`, each as its text form
 * (every column, timestamps such as `updated` included). Comparing two of these proves a step wrote
 * nothing at all: an event applied again writes the same values but moves `updated`.
 */
export async function orgRows(sql: Sql, orgId: string): Promise<Record<string, string[]>> {
  const tables = await sql<{ name: string }[]>`
    select c.table_name as name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and c.column_name = 'org_id' and t.table_type = 'BASE TABLE'
    order by c.table_name`;
  const rows: Record<string, string[]> = {};
  for (const { name } of tables) {
    const found = await sql<{ row: string }[]>`select t::text as row from ${sql(name)} t where org_id = ${orgId} order by 1`;
    rows[name] = found.map(({ row }) => row);
  }
  return rows;
}

/**
 * Waits (up to 10 s) until the outbox dispatch that runs after each write's response has marked
 * the organisation's events dispatched, so that bookkeeping of earlier steps is not read as a write.
 */
async function settledOutbox(sql: Sql, orgId: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const [pending] = await sql<{ count: number }[]>`
      select count(*)::int as count from events where org_id = ${orgId} and dispatched_at is null`;
    if (!pending?.count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs `step` (duplicate deliveries) and fails if it changed any row of the organisation. */
export async function expectNoWrites(sql: Sql, orgId: string, step: () => Promise<unknown>): Promise<void> {
  await settledOutbox(sql, orgId);
  const before = await orgRows(sql, orgId);
  await step();
  expect(await orgRows(sql, orgId)).toEqual(before);
}
