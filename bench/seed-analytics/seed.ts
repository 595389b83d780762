import { readFile } from "node:fs/promises";
import type { Sql } from "postgres";
import { BENCH_ORG_ID, createCatalogue, wipeOrganisation } from "./catalogue";
import { checkForeignKeys } from "./foreign-keys";
import { writeMirror } from "./mirror";
import { writeMoney } from "./money";
import { planSubscriptions } from "./plan";
import { writeUsage } from "./usage";

/** Tables the seed writes, counted for the organisation after a run. */
const COUNTED = [
  "customers",
  "subscriptions",
  "subscription_history",
  "invoices",
  "fee_ledger",
  "refunds",
  "entitlements",
  "usage_counters",
  "usage_events",
  "customer_mrr_moves",
  "subscription_daily",
  "revenue_daily",
] as const;
const WRITTEN = [...COUNTED, "entitlement_states"] as const;
const FACTS = ["customer_mrr_moves", "subscription_daily", "revenue_daily"] as const;

/**
 * CPU seconds a Postgres backend has used so far, from /proc (Linux, Postgres on this machine);
 * null elsewhere. On a shared machine the wall time says little alone: this says what the load cost.
 */
async function backendCpuSeconds(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  if (!stat) return null;
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks (100 a second).
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export interface SeedResult {
  org: string;
  /** The organisation's test secret key (a new one each run; only its hash is stored). */
  secret: string;
  seconds: number;
  steps: Record<string, number>;
  /** CPU seconds of the Postgres backend that ran the seed (null when it cannot be read). */
  postgres_cpu_s: number | null;
  foreign_keys_checked: number;
  rows: Record<(typeof COUNTED)[number], number>;
}

/**
 * Replaces the bench organisation's data with `subscriptions` subscriptions and two years of
 * history, in one transaction of set-based statements (see plan.ts for the story each one tells),
 * then analyses what it wrote as autovacuum would after such a load. `sql` must be a
 * superuser connection (the rows of one organisation are written directly, as the mirror would).
 */
export async function seedAnalytics(sql: Sql, subscriptions = 100_000): Promise<SeedResult> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  let mark = started;
  const step = (name: string) => {
    const at = performance.now();
    steps[name] = Math.round(at - mark) / 1000;
    mark = at;
  };
  // Whole seconds, so every timestamp the seed derives lies before the moment the bench reads it.
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  let foreignKeys = 0;
  let cpu: number | null = null;
  const secret = await sql.begin(async (tx) => {
    const [backend] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
    const cpuBefore = await backendCpuSeconds(backend?.pid ?? 0);
    await tx`set local synchronous_commit = off`;
    await tx`set local work_mem = '128MB'`;
    await wipeOrganisation(tx);
    step("wipe");
    const { secret } = await createCatalogue(tx);
    // Referential triggers off while loading; checkForeignKeys proves the same keys afterwards.
    await tx`set local session_replication_role = replica`;
    await planSubscriptions(tx, subscriptions, now);
    step("plan");
    await writeMirror(tx, now);
    step("customers_subscriptions_history");
    await writeMoney(tx, now);
    step("invoices_fees_refunds");
    await writeUsage(tx, now);
    step("entitlements_usage");
    await tx`set local session_replication_role = origin`;
    foreignKeys = await checkForeignKeys(tx, BENCH_ORG_ID, WRITTEN);
    step("foreign_keys");
    const cpuAfter = await backendCpuSeconds(backend?.pid ?? 0);
    if (cpuBefore !== null && cpuAfter !== null) cpu = Math.round((cpuAfter - cpuBefore) * 10) / 10;
    return secret;
  });
  // Statistics for the planner, as autovacuum would gather after such a load; the analytics facts
  // are vacuumed too, so the series' index-only scans skip the heap from the first request.
  for (const table of WRITTEN)
    await (FACTS.includes(table as (typeof FACTS)[number]) ? sql`vacuum analyze ${sql(table)}` : sql`analyze ${sql(table)}`);
  step("analyze");
  const rows = {} as SeedResult["rows"];
  for (const table of COUNTED) {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)} where org_id = ${BENCH_ORG_ID}`;
    rows[table] = row?.n ?? 0;
  }
  return {
    org: BENCH_ORG_ID,
    secret,
    seconds: Math.round(performance.now() - started) / 1000,
    steps,
    postgres_cpu_s: cpu,
    foreign_keys_checked: foreignKeys,
    rows,
  };
}
