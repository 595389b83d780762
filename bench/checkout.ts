import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Stripe from "stripe";

/** The target: 100 checkouts per second, sustained, every webhook processed. */
export const CHECKOUT_TARGET_PER_SECOND = 100;
/** At most this many checkouts in flight: beyond what the stack absorbs, the offered rate is not met and the figure shows it. */
const MAX_IN_FLIGHT = Number(process.env.BENCH_CHECKOUT_IN_FLIGHT ?? 8);

interface Delivery {
  event: string;
  type: string;
  status: number | null;
}

export interface CheckoutBenchResult {
  bench: "checkout";
  offered_per_s: number;
  started: number;
  completed: number;
  failed: number;
  achieved_per_s: number;
  p50_ms: number;
  p99_ms: number;
  drain_s: number;
  webhooks_delivered: number;
  webhooks_unprocessed: number;
  subscriptions_active: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checkouts through the whole local stack at a fixed rate: each one creates a checkout session for
 * a fresh customer (customers are made before the clock starts), then confirms the first invoice's
 * PaymentIntent with `pm_card_visa` the way Stripe.js would. Afterwards it waits until the emulator
 * has delivered every webhook with a 2xx and every subscription is active in BillingOS.
 */
export async function benchCheckout(api: string, stripeApi: string, seconds: number): Promise<CheckoutBenchResult> {
  const home = process.env.BILLINGOS_HOME ?? join(process.cwd(), ".billingos");
  const keys = JSON.parse(await readFile(join(home, "demo-keys.json"), "utf8")) as { secret: string };
  const headers = { Authorization: `Bearer ${keys.secret}`, "content-type": "application/json" };
  const call = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${api}${path}`, {
      method: body ? "POST" : "GET",
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  const account = (await call<{ id: string }>("/v1/connect/account", { country: "US" })).id;
  const product = await call<{ id: string }>("/v1/products", { name: `Bench ${Date.now()}` });
  const price = await call<{ id: string }>("/v1/prices", {
    product: product.id,
    currency: "usd",
    unit_amount: 1900,
    recurring: { interval: "month" },
  });
  const url = new URL(stripeApi);
  const stripe = new Stripe("sk_test_bench", { host: url.hostname, port: Number(url.port), protocol: "http", maxNetworkRetries: 2 });
  const deliveriesBefore = ((await (await fetch(`${stripeApi}/_emulator/deliveries`)).json()) as { deliveries: Delivery[] }).deliveries
    .length;

  const total = Math.round(seconds * CHECKOUT_TARGET_PER_SECOND);
  const customers: string[] = [];
  for (let i = 0; i < total; i += 20) {
    const batch = Array.from({ length: Math.min(20, total - i) }, (_, j) =>
      call<{ id: string }>("/v1/customers", { email: `bench-${Date.now()}-${i + j}@example.test` }).then((c) => c.id),
    );
    customers.push(...(await Promise.all(batch)));
  }

  const latencies: number[] = [];
  const sessions: string[] = [];
  let failed = 0;
  const checkout = async (customer: string) => {
    const started = performance.now();
    try {
      const session = await call<{ id: string; intent: { client_secret: string } }>("/v1/checkout_sessions", { customer, price: price.id });
      const intent = session.intent.client_secret.split("_secret_")[0] as string;
      await stripe.paymentIntents.confirm(intent, { payment_method: "pm_card_visa" }, { stripeAccount: account });
      sessions.push(session.id);
      latencies.push(performance.now() - started);
    } catch (error) {
      failed++;
      if (failed <= 3) console.error(`bench: checkout failed: ${String(error)}`);
    }
  };
  const clock = performance.now();
  const running = new Set<Promise<void>>();
  for (let i = 0; i < total; i++) {
    const due = clock + (i * 1000) / CHECKOUT_TARGET_PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    while (running.size >= MAX_IN_FLIGHT) await Promise.race(running);
    const started = checkout(customers[i] as string).finally(() => running.delete(started));
    running.add(started);
  }
  await Promise.all(running);
  const elapsed = (performance.now() - clock) / 1000;

  // Drain: every webhook answered 2xx and every checkout's subscription active in BillingOS.
  const drainStart = performance.now();
  let unprocessed = Number.POSITIVE_INFINITY;
  let delivered = 0;
  let active = 0;
  while (performance.now() - drainStart < 120_000) {
    const log = ((await (await fetch(`${stripeApi}/_emulator/deliveries`)).json()) as { deliveries: Delivery[] }).deliveries.slice(
      deliveriesBefore,
    );
    const ok = new Set(log.filter((d) => d.status !== null && d.status < 300).map((d) => d.event));
    unprocessed = new Set(log.filter((d) => !ok.has(d.event)).map((d) => d.event)).size;
    delivered = ok.size;
    active = 0;
    for (const id of sessions) {
      const session = await call<{ status: string }>(`/v1/checkout_sessions/${id}`);
      if (session.status === "complete") active++;
    }
    if (unprocessed === 0 && active === sessions.length) break;
    await sleep(1000);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    bench: "checkout",
    offered_per_s: CHECKOUT_TARGET_PER_SECOND,
    started: total,
    completed: sessions.length,
    failed,
    achieved_per_s: Math.round((sessions.length / elapsed) * 10) / 10,
    p50_ms: Math.round(percentile(sorted, 0.5)),
    p99_ms: Math.round(percentile(sorted, 0.99)),
    drain_s: Math.round((performance.now() - drainStart) / 100) / 10,
    webhooks_delivered: delivered,
    webhooks_unprocessed: unprocessed,
    subscriptions_active: active,
  };
}
