import { gzipSync } from "node:zlib";
import { launchChromium } from "../local/e2e/browser";

/** The target: the pricing table is drawn within 200 ms of the script starting to load. */
export const PRICING_TABLE_TARGET_MS = 200;

// Page-side code as text: this file is type-checked for Node, without the DOM's types.
/** Marks, inside the page, the first frame after the pricing table shows its plan cards. */
const MARK_DRAWN = `(() => {
  const tick = () => {
    const table = document.querySelector("billing-pricing-table");
    if (table && table.shadowRoot && table.shadowRoot.querySelector("[part~=plan]")) requestAnimationFrame(() => (window.__drawn = performance.now()));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
/** Milliseconds from the start of the script's fetch: to the drawn frame, to the script downloaded, to the pricing answered. */
const PHASES = `(() => {
  const resources = performance.getEntriesByType("resource");
  const script = resources.find((resource) => resource.name.endsWith("/sdk/billingos.js"));
  const pricing = resources.find((resource) => resource.name.includes("/v1/pricing"));
  if (!script || !pricing) throw new Error("the page did not load /sdk/billingos.js and /v1/pricing");
  return {
    drawn: window.__drawn - script.startTime,
    script: script.responseEnd - script.startTime,
    pricing: pricing.responseEnd - script.startTime,
  };
})()`;

/**
 * Opens the Acme Notes example page (what `npm start` serves on port 3000) in Chromium with a cold
 * cache, `runs` times, and measures from the moment the browser starts fetching /sdk/billingos.js
 * to the first frame drawn with the plan cards: the script's download and start, the provider, the
 * pricing fetch and the render (the p50 of the first two phases too). Also prints the gzip size of
 * the script the worker serves.
 */
export async function benchPricingTable(api: string, example: string, runs = 20) {
  const script = Buffer.from(await (await fetch(`${api}/sdk/billingos.js`)).arrayBuffer());
  const browser = await launchChromium();
  const samples: Array<{ drawn: number; script: number; pricing: number }> = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: MARK_DRAWN });
      await page.goto(example);
      // A function, not a string: the page's CSP forbids eval, which a string predicate would need.
      await page.waitForFunction(() => (globalThis as { __drawn?: number }).__drawn !== undefined, undefined, { timeout: 10_000 });
      samples.push((await page.evaluate(PHASES)) as (typeof samples)[number]);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const percentile = (phase: keyof (typeof samples)[number], q: number) => {
    const sorted = samples.map((sample) => sample[phase]).sort((a, b) => a - b);
    return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN);
  };
  return {
    bench: "pricing_table_drawn",
    runs,
    p50_ms: percentile("drawn", 0.5),
    p99_ms: percentile("drawn", 0.99),
    p50_script_loaded_ms: percentile("script", 0.5),
    p50_pricing_answered_ms: percentile("pricing", 0.5),
    target_ms: PRICING_TABLE_TARGET_MS,
    bundle_bytes: script.length,
    bundle_gzip_bytes: gzipSync(script, { level: 9 }).length,
  };
}
