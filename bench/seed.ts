import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Stripe from "stripe";

export interface DemoKeys {
  secret: string;
  publishable: string;
}

/** The demo organisation's keys, written by `npm start` to `<BILLINGOS_HOME>/demo-keys.json`. */
export async function demoKeys(): Promise<DemoKeys> {
  const home = process.env.BILLINGOS_HOME ?? join(process.cwd(), ".billingos");
  return JSON.parse(await readFile(join(home, "demo-keys.json"), "utf8")) as DemoKeys;
}

/** A JSON call to the API with the demo secret key; throws on anything but 2xx. */
export function apiCaller(api: string, secret: string) {
  return async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${api}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { Authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
}

export interface EntitledCustomers {
  /** Feature keys of this run: `calls` (quota 10⁹, for check and consume), `race` (quota 100), `events` (unlimited, for ingest). */
  features: { calls: string; race: string; events: string };
  customers: string[];
}

/**
 * What the entitlement benches need, made through the API as a merchant would: three features of a
 * run of their own (fresh keys, so a second run starts from zero), a product granting them with a
 * monthly price, and `count` customers subscribed through checkout (the first invoice's
 * PaymentIntent confirmed on the Stripe emulator as Stripe.js would), ready when a check says so.
 */
export async function seedEntitledCustomers(api: string, stripeApi: string, count: number): Promise<EntitledCustomers> {
  const keys = await demoKeys();
  const call = apiCaller(api, keys.secret);
  const run = Date.now().toString(36);
  const features = { calls: `bench_calls_${run}`, race: `bench_race_${run}`, events: `bench_events_${run}` };
  const account = (await call<{ id: string }>("/v1/connect/account", { country: "US" })).id;
  const product = await call<{ id: string }>("/v1/products", { name: `Bench entitlements ${run}` });
  const grants: Array<[string, number | "unlimited"]> = [
    [features.calls, 1_000_000_000],
    [features.race, 100],
    [features.events, "unlimited"],
  ];
  for (const [key, value] of grants) {
    const feature = await call<{ id: string }>("/v1/features", { key, name: key, type: "metered", unit_label: "unit" });
    await call(`/v1/products/${product.id}/grants`, { feature: feature.id, value });
  }
  const price = await call<{ id: string }>("/v1/prices", {
    product: product.id,
    currency: "usd",
    unit_amount: 900,
    recurring: { interval: "month" },
  });
  const url = new URL(stripeApi);
  const stripe = new Stripe("sk_test_bench", { host: url.hostname, port: Number(url.port), protocol: "http", maxNetworkRetries: 2 });
  const customers: string[] = [];
  // One checkout at a time, each waited for. Webhooks of one subscription handled concurrently can
  // leave its mirror `incomplete` after Stripe says `active` (two stale re-reads applied in the wrong
  // order; reported, see bench/README.md): a later change to the subscription (here, its metadata)
  // sends one more event, whose re-read repairs it.
  const entitled = async (customer: string, ms: number) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const result = await call<{ allowed: boolean }>("/v1/entitlements/check", { customer, feature: features.calls });
      if (result.allowed) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  for (let i = 0; i < count; i++) {
    const customer = await call<{ id: string }>("/v1/customers", { email: `bench-entitlements-${run}-${i}@example.test` });
    const session = await call<{ intent: { client_secret: string } }>("/v1/checkout_sessions", { customer: customer.id, price: price.id });
    const intent = session.intent.client_secret.split("_secret_")[0] as string;
    await stripe.paymentIntents.confirm(intent, { payment_method: "pm_card_visa" }, { stripeAccount: account });
    if (!(await entitled(customer.id, 15_000))) {
      const subscriptions = await call<{ data: Array<{ id: string }> }>(`/v1/subscriptions?customer=${customer.id}`);
      for (const { id } of subscriptions.data)
        await stripe.subscriptions.update(id, { metadata: { bench: "resync" } }, { stripeAccount: account });
      if (!(await entitled(customer.id, 45_000))) throw new Error(`bench: ${customer.id} not entitled a minute after checkout`);
      console.error(`bench: ${customer.id} was left incomplete after checkout; a metadata change repaired it`);
    }
    customers.push(customer.id);
  }
  return { features, customers };
}
