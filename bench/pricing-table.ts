import { gzipSync } from "node:zlib";
import { launchChromium } from "../local/e2e/browser";

/** The target: script start to a drawn pricing table. */
export const PRICING_TABLE_TARGET_MS = 200;

// Page-side code as text: bench/ is type-checked for Node, without the DOM's types.
/** Marks, inside the page, the first frame after the pricing table shows its plan cards. */
const MARK_DRAWN = `(() => {
  const tick = () => {
    const table = document.querySelector("billing-pricing-table");
    if (table && table.shadowRoot && table.shadowRoot.querySelector(".plan:not(.skeleton)")) requestAnimationFrame(() => (window.__drawn = performance.now()));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
/** When, in the page's clock, the script arrived (it starts running), its fetch began, and the pricing answered. */
const PHASES = `(() => {
  const resources = performance.getEntriesByType("resource");
  const script = resources.find((resource) => resource.name.endsWith("/sdk/billingos.js"));
  const pricing = resources.find((resource) => resource.name.includes("/v1/pricing"));
  if (!script || !pricing) throw new Error("the page did not load /sdk/billingos.js and /v1/pricing");
  return {
    fromScript: window.__drawn - script.responseEnd,
    fromFetch: window.__drawn - script.startTime,
    pricing: pricing.responseEnd - script.responseEnd,
  };
})()`;

type Sample = { fromScript: number; fromFetch: number; pricing: number };

/**
 * Opens the Acme Notes example (what `npm start` serves on port 3000: a merchant's page on its own
 * origin, under its strict CSP) in Chromium, 20 fresh browser contexts (cold HTTP cache), and
 * measures to the first frame drawn with plan cards: from the arrival of /sdk/billingos.js (it
 * starts running; the target), from the start of its fetch, and when `GET /v1/pricing`
 * answered (a cross-origin request with `Authorization`, so it pays a CORS preflight). Also prints
 * the gzip size of the script the worker serves.
 */
export async function benchPricingTable(api: string, example: string, runs = 20) {
  const script = Buffer.from(await (await fetch(`${api}/sdk/billingos.js`)).arrayBuffer());
  const browser = await launchChromium();
  const samples: Sample[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: MARK_DRAWN });
      await page.goto(example);
      // A function, not a string: the page's CSP forbids eval, which a string predicate would need.
      await page.waitForFunction(() => (globalThis as { __drawn?: number }).__drawn !== undefined, undefined, { timeout: 10_000 });
      samples.push((await page.evaluate(PHASES)) as Sample);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const percentile = (phase: keyof Sample, q: number) => {
    const sorted = samples.map((sample) => sample[phase]).sort((a, b) => a - b);
    return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN);
  };
  return {
    bench: "pricing_table_script_to_drawn",
    runs,
    p50_ms: percentile("fromScript", 0.5),
    p99_ms: percentile("fromScript", 0.99),
    target_ms: PRICING_TABLE_TARGET_MS,
    p50_from_fetch_ms: percentile("fromFetch", 0.5),
    p50_pricing_answered_ms: percentile("pricing", 0.5),
    script_gzip_bytes: gzipSync(script, { level: 9 }).length,
  };
}
