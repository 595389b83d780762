// `npm run bench:customers`: only the customer search and customers page figures (bench/customer-search.ts),
// with this run's bare-Hono floor, against a running stack.
import { benchCustomers } from "./customer-search";
import { startFloor } from "./floor";

const api = process.env.BENCH_API ?? `http://127.0.0.1:${process.env.BILLINGOS_API_PORT ?? 8787}`;
const health = await fetch(`${api}/health`).catch(() => undefined);
if (!health?.ok) {
  console.error(`bench: no healthy stack at ${api}; run \`npm start\` first`);
  process.exit(1);
}
const floor = await startFloor();
try {
  for (const line of await benchCustomers(api, { bare_url: floor.url })) console.log(JSON.stringify(line));
} finally {
  await floor.stop();
}
