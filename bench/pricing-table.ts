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
/** Milliseconds from the start of the script's fetch to that frame. */
const SCRIPT_TO_DRAWN = `(() => {
  const entry = performance.getEntriesByType("resource").find((resource) => resource.name.endsWith("/sdk/billingos.js"));
  if (!entry) throw new Error("the page did not load /sdk/billingos.js");
  return window.__drawn - entry.startTime;
})()`;

/**
 * Opens the Acme Notes example page (what `npm start` serves on port 3000) in Chromium with a cold
 * cache, `runs` times, and measures from the moment the browser starts fetching /sdk/billingos.js
 * to the first frame drawn with the plan cards: the script's download and start, the provider, the
 * pricing fetch and the render. Also prints the gzip size of the script the worker serves.
 */
export async function benchPricingTable(api: string, example: string, runs = 20) {
  const script = Buffer.from(await (await fetch(`${api}/sdk/billingos.js`)).arrayBuffer());
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: MARK_DRAWN });
      await page.goto(example);
      await page.waitForFunction("window.__drawn !== undefined", undefined, { timeout: 10_000 });
      samples.push((await page.evaluate(SCRIPT_TO_DRAWN)) as number);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => Math.round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? Number.NaN);
  return {
    bench: "pricing_table_drawn",
    runs,
    p50_ms: at(0.5),
    p99_ms: at(0.99),
    target_ms: PRICING_TABLE_TARGET_MS,
    bundle_bytes: script.length,
    bundle_gzip_bytes: gzipSync(script, { level: 9 }).length,
  };
}
