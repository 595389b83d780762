import type { TransactionSql } from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSql, newOrganization } from "../test/fixtures";
import { API_ROLE } from "./tenant";

/**
 * Row-level security for every table, read from the catalogue rather than listed by hand, so a
 * table added next year is covered the day it lands. Each tenant table (one with `org_id`) gets a
 * row of organisation B, written directly (foreign keys and triggers off, in a transaction that is
 * rolled back); then, as the API role with organisation A's claims, that row must be invisible,
 * and updates, deletes and inserts aimed at B must be refused or touch nothing.
 */
const admin = adminSql();
let a: string;
let b: string;

/**
 * Values the generic builder cannot read off a column's own check constraint (an `= ANY (ARRAY[…])`
 * list gives its first value, a `~ '^prefix_…'` pattern an id with that prefix). Keyed by column,
 * or `table.column` (those are set even on nullable columns, for checks across columns). A new
 * table whose row cannot be built fails the test with Postgres's reason: add its columns here.
 */
const CHECKED_VALUES: Record<string, string> = {
  currency: "usd",
  last4: "abcd",
  lookup: "abcdefghijklmnop",
  secret_hash: "0".repeat(64),
  token_hash: "0".repeat(64),
  action: "rls.checked",
  key: "rls_feature",
  "prices.type": "one_time",
  "fee_ledger.gross": "2",
  "fee_ledger.invoice_id": "in_rls",
  "events.type": "rls.checked",
};

interface Column {
  name: string;
  type: string;
  required: boolean;
  enum_label: string | null;
  checks: string[];
}

/** A value for a column, as text cast to the column's type. */
function valueFor(table: string, column: Column, org: string): string {
  if (column.name === "org_id") return org;
  if (column.name === "livemode") return "false";
  const checked = CHECKED_VALUES[`${table}.${column.name}`] ?? CHECKED_VALUES[column.name];
  if (checked) return checked;
  if (column.enum_label) return column.enum_label;
  for (const check of column.checks) {
    const listed = /= ANY \(ARRAY\['([^']*)'/.exec(check)?.[1];
    if (listed !== undefined) return listed;
    const prefix = /~ '\^\(?([a-z]+)[|_]/.exec(check)?.[1];
    if (prefix) return `${prefix}_rls${crypto.randomUUID().replaceAll("-", "")}`;
  }
  const type = column.type;
  if (type.endsWith("[]")) return "{}";
  if (type === "uuid") return crypto.randomUUID();
  if (/^(smallint|integer|bigint|numeric|real|double precision)/.test(type)) return "1";
  if (type === "boolean") return "false";
  if (/^(timestamp|date)/.test(type)) return new Date().toISOString();
  if (type === "jsonb" || type === "json") return "{}";
  if (type === "bytea") return "\\x00";
  return `rls_${crypto.randomUUID().replaceAll("-", "")}`;
}

async function columnsOf(tx: TransactionSql, table: string): Promise<Column[]> {
  return tx<Column[]>`
    select a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
           (a.attnotnull and not a.atthasdef and a.attidentity = '' and a.attgenerated = '') as required,
           (select e.enumlabel from pg_enum e where e.enumtypid = a.atttypid order by e.enumsortorder limit 1) as enum_label,
           to_jsonb(array(select pg_get_constraintdef(k.oid) from pg_constraint k
                 where k.conrelid = a.attrelid and k.contype = 'c' and k.conkey = array[a.attnum])) as checks
    from pg_attribute a
    where a.attrelid = ${`public.${table}`}::regclass and a.attnum > 0 and not a.attisdropped
    order by a.attnum`;
}

/** Inserts a row of `org` into `table` with only the columns it needs; returns the statement to repeat it. */
async function insertRow(tx: TransactionSql, table: string, org: string) {
  const columns = (await columnsOf(tx, table)).filter(
    (column) => column.required || column.name === "org_id" || column.name === "livemode" || `${table}.${column.name}` in CHECKED_VALUES,
  );
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  const casts = columns.map((column, i) => `$${i + 1}::${column.type}`).join(", ");
  return tx.unsafe(
    `insert into public."${table}" (${names}) values (${casts})`,
    columns.map((column) => valueFor(table, column, org)),
  );
}

async function asOrg<T>(tx: TransactionSql, org: string, fn: () => Promise<T>): Promise<T> {
  const claims = JSON.stringify({ role: API_ROLE, org_id: org, livemode: false });
  await tx`select set_config('role', ${API_ROLE}, true), set_config('request.jwt.claims', ${claims}, true)`;
  try {
    return await fn();
  } finally {
    await tx`select set_config('role', 'none', true)`;
  }
}

/** The SQLSTATE of what `fn` threw inside a savepoint, or "none" if it succeeded. */
async function refusal(tx: TransactionSql, fn: (sp: TransactionSql) => Promise<unknown>): Promise<string> {
  try {
    await tx.savepoint(async (sp) => {
      await fn(sp);
      throw Object.assign(new Error("succeeded"), { code: "none" });
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return code === "none" ? "none" : `${code}: ${message}`;
  }
  return "none";
}

/** Tables with row-level security and deliberately no policy: the API role reaches them only through security-definer functions. */
const NO_POLICY = ["idempotency_keys", "stripe_events"];

/** How many of `org`'s rows the current role sees in `table` (a refused read sees none). */
async function visibleRows(tx: TransactionSql, table: string, org: string): Promise<number> {
  try {
    const rows = await tx.savepoint((sp) => sp.unsafe(`select count(*)::int as n from public."${table}" where org_id = $1`, [org]));
    return rows[0]?.n as number;
  } catch (error) {
    if ((error as { code?: string }).code === "42501") return 0;
    throw error;
  }
}

class Rollback extends Error {}

beforeAll(async () => {
  [a, b] = (await Promise.all([newOrganization("Every table RLS A"), newOrganization("Every table RLS B")])).map((org) => org.orgId) as [
    string,
    string,
  ];
});
afterAll(async () => {
  await admin.end();
});

describe("row-level security on every table, from the catalogue", () => {
  it("is enabled on every public table, with at least one policy", async () => {
    const tables = await admin<{ table: string; rls: boolean; policies: number }[]>`
      select c.relname as table, c.relrowsecurity as rls,
             (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`;
    expect(tables.length).toBeGreaterThan(20);
    expect(
      tables.filter((t) => !t.rls).map((t) => t.table),
      "tables without row-level security",
    ).toEqual([]);
    expect(
      tables.filter((t) => t.policies === 0).map((t) => t.table),
      "tables with no policy (deny-all must be listed in NO_POLICY)",
    ).toEqual(NO_POLICY);
  });

  it("hides every tenant table's rows of another organisation and refuses to write them", async () => {
    const problems: string[] = [];
    let checked: string[] = [];
    await admin
      .begin(async (tx) => {
        await tx`set local session_replication_role = replica`;
        const tenantTables = await tx<{ table: string }[]>`
          select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p')
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
          order by 1`;
        checked = tenantTables.map((t) => t.table);
        for (const { table } of tenantTables) {
          const built = await refusal(tx, (sp) => insertRow(sp, table, b));
          if (built !== "none") {
            problems.push(`${table}: cannot build a row (${built}); add its checked columns to CHECKED_VALUES`);
            continue;
          }
          await insertRow(tx, table, b);
          const own = await asOrg(tx, b, () => visibleRows(tx, table, b));
          if (own === 0 && !NO_POLICY.includes(table))
            problems.push(`${table}: organisation B cannot see its own row, so the rest proves nothing`);
          await asOrg(tx, a, async () => {
            const seen = await visibleRows(tx, table, b);
            if (seen !== 0) problems.push(`${table}: organisation A sees ${seen} of B's rows`);
            for (const statement of [
              `update public."${table}" set org_id = org_id where org_id = $1`,
              `delete from public."${table}" where org_id = $1`,
            ]) {
              const outcome = await refusal(tx, async (sp) => {
                const result = await sp.unsafe(statement, [b]);
                if (result.count > 0) throw Object.assign(new Error("wrote"), { code: "wrote" });
              });
              if (outcome.startsWith("wrote")) problems.push(`${table}: organisation A could run "${statement.split(" ")[0]}" on B's rows`);
            }
            const inserted = await refusal(tx, (sp) => insertRow(sp, table, b));
            // 42501: refused by a policy's WITH CHECK or by a missing privilege.
            if (!inserted.startsWith("42501"))
              problems.push(`${table}: inserting a row for B as A gave ${inserted}, not a refusal (42501)`);
          });
        }
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect(checked.length, "tenant tables found").toBeGreaterThan(15);
    expect(problems).toEqual([]);
  });
});
