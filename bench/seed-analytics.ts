// `npm run bench:seed-analytics`: 100,000 subscriptions with two years of history for analytics,
// written straight into the stack's Postgres (DATABASE_URL, else the embedded one on
// BILLINGOS_DB_PORT) for the organisation org_benchAnalytics in test mode. Prints one JSON line
// with its own time and row counts, and writes the organisation's new test secret key to
// <BILLINGOS_HOME>/bench-analytics-keys.json. BENCH_ANALYTICS_SUBSCRIPTIONS changes the count.
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import postgres from "postgres";
import { EMBEDDED_SUPERUSER } from "../local/postgres/embedded";
import { seedAnalytics } from "./seed-analytics/seed";

/** The stack's database as its superuser: DATABASE_URL when set, else the embedded cluster `npm start` runs. */
export function stackDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const { user, password } = EMBEDDED_SUPERUSER;
  return `postgres://${user}:${password}@127.0.0.1:${process.env.BILLINGOS_DB_PORT ?? 54322}/postgres`;
}

/** Seeds, saves the key next to the demo keys, and returns what it printed. */
export async function runAnalyticsSeed(count = Number(process.env.BENCH_ANALYTICS_SUBSCRIPTIONS ?? 100_000)) {
  const sql = postgres(stackDatabaseUrl(), { max: 1, onnotice: () => {} });
  try {
    const result = await seedAnalytics(sql, count);
    const home = process.env.BILLINGOS_HOME ?? join(process.cwd(), ".billingos");
    await writeFile(join(home, "bench-analytics-keys.json"), `${JSON.stringify({ org: result.org, secret: result.secret }, null, 2)}\n`, {
      mode: 0o600,
    });
    const { secret: _secret, ...printed } = result;
    return { ...printed, secret: result.secret, line: { bench: "seed_analytics", subscriptions: count, ...printed } };
  } finally {
    await sql.end();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const { line } = await runAnalyticsSeed();
  console.log(JSON.stringify(line));
}
