import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type BenchResult, load } from "./load";

/** Offered load for the pricing endpoint: the target is p99 ≤ 20 ms at this rate. */
export const PRICING_TARGET_RPS = 500;

/**
 * `GET /v1/pricing` with the demo organisation's publishable key (written by `npm start` to
 * `<BILLINGOS_HOME>/demo-keys.json`) at a fixed 500 requests per second, as browsers drawing a
 * pricing table would call it (a fresh request each time, no If-None-Match, each from an address
 * of its own: publishable-key requests are rate limited per client address).
 */
export async function benchPricing(api: string, seconds: number): Promise<BenchResult> {
  const home = process.env.BILLINGOS_HOME ?? join(process.cwd(), ".billingos");
  const keys = JSON.parse(await readFile(join(home, "demo-keys.json"), "utf8")) as { publishable: string };
  const probe = await fetch(`${api}/v1/pricing`, { headers: { Authorization: `Bearer ${keys.publishable}` } });
  if (!probe.ok) throw new Error(`GET /v1/pricing answered ${probe.status}: ${await probe.text()}`);
  return load("pricing", `${api}/v1/pricing`, {
    seconds,
    connections: 50,
    overallRate: PRICING_TARGET_RPS,
    manyClients: true,
    headers: { Authorization: `Bearer ${keys.publishable}` },
  });
}
