// `npm run bench`: figures against a running stack (start it with `npm start` first; BENCH_API overrides
// the address). Prints one JSON line per benchmark. Never part of `npm test`.
import { benchCheckout } from "./checkout";
import { benchFeatureGate } from "./feature-gate";
import { load } from "./load";
import { benchPricing } from "./pricing";
import { benchPricingTable } from "./pricing-table";

const api = process.env.BENCH_API ?? `http://127.0.0.1:${process.env.BILLINGOS_API_PORT ?? 8787}`;
const stripeApi = process.env.BENCH_STRIPE ?? `http://127.0.0.1:${process.env.BILLINGOS_STRIPE_PORT ?? 12111}`;
const example = process.env.BENCH_EXAMPLE ?? `http://127.0.0.1:${process.env.BILLINGOS_EXAMPLE_PORT ?? 3000}`;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const health = await fetch(`${api}/health`).catch(() => undefined);
if (!health?.ok) {
  console.error(`bench: no healthy stack at ${api}; run \`npm start\` first`);
  process.exit(1);
}

const benches: Array<[string, string]> = [
  ["openapi_document_no_db", `${api}/openapi.json`],
  ["health_one_db_query", `${api}/health`],
];
for (const [name, url] of benches) {
  console.log(JSON.stringify(await load(name, url, { seconds })));
}
console.log(JSON.stringify(await benchPricing(api, seconds)));
// The checkout bench grows the state (customers, subscriptions, invoices on the emulator and in
// Postgres) on every run; BENCH_CHECKOUT_ROUNDS=10 runs it that many times and compares the rate of
// the first run (a fresh state after `npm start -- --reset`) with the last (the grown state).
const rounds = Math.max(1, Number(process.env.BENCH_CHECKOUT_ROUNDS ?? 1));
const rates: number[] = [];
for (let round = 1; round <= rounds; round++) {
  const result = await benchCheckout(api, stripeApi, seconds);
  rates.push(result.achieved_per_s);
  console.log(JSON.stringify(rounds > 1 ? { ...result, round } : result));
}
if (rounds > 1) {
  const [fresh = 0, grown = 0] = [rates[0], rates[rates.length - 1]];
  console.log(
    JSON.stringify({
      bench: "checkout_growth",
      rounds,
      first_per_s: fresh,
      last_per_s: grown,
      last_vs_first: fresh > 0 ? Math.round((grown / fresh) * 1000) / 1000 : null,
    }),
  );
}
console.log(JSON.stringify(await benchPricingTable(api, example)));
// Needs only Chromium and the built SDK (its own fixture page), not the stack.
for (const line of await benchFeatureGate()) console.log(JSON.stringify(line));
