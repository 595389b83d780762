import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

/** The target: script start to a drawn pricing table. */
export const PRICING_TABLE_TARGET_MS = 200;

/** In the page: ms from the script's arrival to the frame after plan cards exist (a string: bench/ has no DOM typings). */
const UNTIL_DRAWN = `new Promise((resolve) => {
  const drawn = () => {
    const card = document.querySelector("billing-pricing-table")?.shadowRoot?.querySelector(".plan:not(.skeleton)");
    if (!card) return requestAnimationFrame(drawn);
    const start = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith("/sdk/billingos.js"));
    requestAnimationFrame(() => resolve(performance.now() - start.responseEnd));
  };
  drawn();
})`;

/**
 * Time from the moment /sdk/billingos.js has arrived (its execution starts) to the first frame
 * with plan cards drawn, in Chromium, against the running stack's demo catalogue. The page is
 * served on the API's own origin (Playwright answers it), so no allowed-origins setup is needed;
 * each run is a fresh browser context (cold HTTP cache). Also reports the script's gzip size.
 */
export async function benchPricingTable(api: string, runs = 20) {
  const home = process.env.BILLINGOS_HOME ?? join(process.cwd(), ".billingos");
  const keys = JSON.parse(await readFile(join(home, "demo-keys.json"), "utf8")) as { publishable: string };
  const script = Buffer.from(await (await fetch(`${api}/sdk/billingos.js`)).arrayBuffer());
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/sdk/billingos.js"></script></head>
<body><billing-provider publishable-key="${keys.publishable}" api-base="${api}"><billing-pricing-table></billing-pricing-table></billing-provider></body></html>`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.route(`${api}/__bench`, (route) => route.fulfill({ contentType: "text/html", body: page }));
      await tab.goto(`${api}/__bench`);
      samples.push(await tab.evaluate<number>(UNTIL_DRAWN));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => Math.round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0);
  return {
    bench: "pricing_table_script_to_drawn",
    runs,
    p50_ms: at(0.5),
    p99_ms: at(0.99),
    target_ms: PRICING_TABLE_TARGET_MS,
    script_gzip_bytes: gzipSync(script, { level: 9 }).length,
  };
}
