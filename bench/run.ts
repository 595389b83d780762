// `npm run bench`: figures against a running stack (start it with `npm start` first; BENCH_API overrides
// the address). Prints one JSON line per benchmark. Never part of `npm test`.
import { benchCheckout } from "./checkout";
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
console.log(JSON.stringify(await benchCheckout(api, stripeApi, seconds)));
console.log(JSON.stringify(await benchPricingTable(api, example)));
