// `npm run screenshots`: renders <billing-pricing-table>, and the usage meters and feature gates, from the built browser script (under the
// strict CSP page of fixture-server.ts, fixture data, no network) at desktop and phone width, light
// and dark, into docs/screenshots/. Builds the SDK first when dist/ is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { standardPricing } from "../fixtures/pricing";
import { CHROMIUM_ARGS, startFixtureServer } from "./fixture-server";

const sdk = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(sdk, "..", "docs", "screenshots");
if (!existsSync(join(sdk, "dist", "billingos.js"))) execFileSync("npm", ["run", "build"], { cwd: sdk, stdio: "inherit" });

const fixture = await startFixtureServer(standardPricing, 'per-seat="prod_business"');
await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  const shots = [
    { name: "desktop", width: 1280, height: 900, query: "" },
    { name: "phone", width: 375, height: 812, query: "" },
    {
      name: "compare",
      width: 1280,
      height: 900,
      query: `?table=${encodeURIComponent('per-seat="prod_business" comparison interval="year"')}`,
    },
  ];
  for (const shot of shots) {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      await page.goto(`${fixture.url}/${shot.query}`);
      await page.locator("billing-pricing-table >> .plan:not(.skeleton)").first().waitFor();
      if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
      const file = join(out, `pricing-table-${shot.name}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
      await page.close();
    }
  }
  // Meters in every state (full and compact) and gates; then the loading and error states.
  for (const answer of ["", "loading", "error"]) {
    for (const viewport of [
      { name: "desktop", width: 1280, height: 900 },
      { name: "phone", width: 375, height: 812 },
    ]) {
      for (const colorScheme of ["light", "dark"] as const) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(`${fixture.url}/usage${answer ? `?answer=${answer}` : ""}`);
        const settled = answer === "loading" ? "[part=skeleton]" : answer === "error" ? "[part=error]" : "[part=label]";
        await page.locator(`billing-usage-meter >> ${settled}`).first().waitFor();
        // Let the bars finish their transition.
        await page.waitForTimeout(400);
        const file = join(out, `usage-${answer || "states"}-${viewport.name}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
        if (!answer) {
          // The gate's upgrade prompt opens the pricing table in a dialog.
          await page.locator('billing-feature-gate[feature="audit_log"] >> [part=upgrade]').click();
          await page.locator("billing-feature-gate billing-pricing-table >> .plan:not(.skeleton)").first().waitFor();
          const upgrade = join(out, `gate-upgrade-${viewport.name}-${colorScheme}.png`);
          await page.screenshot({ path: upgrade });
          console.log(`wrote ${upgrade}`);
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await fixture.close();
}
