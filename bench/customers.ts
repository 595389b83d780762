// `npm run bench:customers`: only the customer search and customers page figures (bench/customer-search.ts),
// with this run's bare-Hono floor, against a running stack.
import postgres from "postgres";
import { benchCustomers, stackDatabaseUrl } from "./customer-search";
import { benchCustomersPage } from "./customers-page";
import { startFloor } from "./floor";

const api = process.env.BENCH_API ?? `http://127.0.0.1:${process.env.BILLINGOS_API_PORT ?? 8787}`;
const auth = process.env.BENCH_AUTH ?? `http://127.0.0.1:${process.env.BILLINGOS_AUTH_PORT ?? 9999}`;
const health = await fetch(`${api}/health`).catch(() => undefined);
if (!health?.ok) {
  console.error(`bench: no healthy stack at ${api}; run \`npm start\` first`);
  process.exit(1);
}
const floor = await startFloor();
try {
  const lines = process.env.BENCH_ONLY === "page" ? [] : await benchCustomers(api, { bare_url: floor.url });
  for (const line of lines) console.log(JSON.stringify(line));
  // The page in Chromium, beside the floors the lines above measured (or none when only the page runs).
  const floors = Object.fromEntries(Object.entries(lines[0] ?? {}).filter(([key]) => key.startsWith("floor_")));
  const sql = postgres(stackDatabaseUrl(), { max: 1, onnotice: () => {} });
  try {
    console.log(JSON.stringify({ ...(await benchCustomersPage(api, auth, sql, "org_benchCustomers10k")), ...floors }));
  } finally {
    await sql.end();
  }
} finally {
  await floor.stop();
}
