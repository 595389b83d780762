import type { TransactionSql } from "postgres";

/**
 * Checks every foreign key of `tables` over the rows of organisation `org`, one anti-join per key.
 * The seed loads with the per-row referential triggers off (session_replication_role = replica:
 * two million single-row lookups were a third of its time); this proves afterwards, set-based,
 * that no row points at something missing, and throws naming the first key that fails.
 */
export async function checkForeignKeys(tx: TransactionSql, org: string, tables: readonly string[]): Promise<number> {
  const keys = await tx<{ name: string; child: string; parent: string; columns: string[]; referenced: string[] }[]>`
    select c.conname as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o) as columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o) as referenced
    from pg_constraint c where c.contype = 'f' and c.conrelid::regclass::text = any(${tables as string[]})`;
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  for (const key of keys) {
    const present = key.columns.map((column) => `c.${quote(column)} is not null`).join(" and ");
    const matches = key.columns.map((column, i) => `p.${quote(key.referenced[i] as string)} = c.${quote(column)}`).join(" and ");
    const [row] = await tx.unsafe<{ missing: number }[]>(
      `select count(*)::int as missing from ${quote(key.child)} c
       where c.org_id = $1 and ${present} and not exists (select 1 from ${quote(key.parent)} p where ${matches})`,
      [org],
    );
    if (row && row.missing > 0) throw new Error(`seed-analytics: ${row.missing} rows of ${key.child} break ${key.name}`);
  }
  return keys.length;
}
