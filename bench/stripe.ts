// `npm run bench:stripe`: how fast the Stripe emulator answers a typical call (customer retrieve through
// the HTTP API, as the worker's SDK calls it). Starts its own emulator in a temporary directory.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { freePort } from "../local/ports";
import { startStripeEmulator } from "../local/stripe/server";
import { load } from "./load";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = await mkdtemp(join(tmpdir(), "stripe-bench-"));
const emulator = await startStripeEmulator({ port: await freePort(), dataDir });
try {
  const stripe = new Stripe("sk_test_bench", { host: "127.0.0.1", port: emulator.port, protocol: "http" });
  for (let i = 0; i < 200; i++) await stripe.customers.create({ email: `bench-${i}@example.com`, metadata: { i: String(i) } });
  const customer = await stripe.customers.create({ email: "bench@example.com", name: "Bench" });
  const result = await load("stripe_emulator_customer_retrieve", `${emulator.url}/v1/customers/${customer.id}`, {
    seconds,
    connections: 1,
    headers: { authorization: "Bearer sk_test_bench", "stripe-version": Stripe.API_VERSION },
  });
  console.log(JSON.stringify(result));
  if (result.errors > 0 || result.non_2xx > 0) process.exitCode = 1;
} finally {
  await emulator.stop();
  await rm(dataDir, { recursive: true, force: true });
}
