// `npm run bench:cpu`: where a request's CPU goes on the local stack (Linux only: reads /proc), beside
// the floor (a bare Hono worker under the same `wrangler dev`, started here). Sends BENCH_REQUESTS
// requests per endpoint at a modest rate and prints one JSON line per endpoint.
import { cpuFigures } from "./cpu-figures";
import { startFloor } from "./floor";
import { seedEntitledCustomers } from "./seed";

const api = process.env.BENCH_API ?? `http://127.0.0.1:${process.env.BILLINGOS_API_PORT ?? 8787}`;
const stripeApi = process.env.BENCH_STRIPE ?? `http://127.0.0.1:${process.env.BILLINGOS_STRIPE_PORT ?? 12111}`;
const requests = Number(process.env.BENCH_REQUESTS ?? 800);

const floors = { bare: await startFloor(), sameAssets: await startFloor(true) };
try {
  const seeded = await seedEntitledCustomers(api, stripeApi, 1);
  for (const line of await cpuFigures(api, floors, seeded, requests)) console.log(JSON.stringify(line));
} finally {
  await Promise.all([floors.bare.stop(), floors.sameAssets.stop()]);
}
