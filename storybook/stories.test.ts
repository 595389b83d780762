// After `storybook build`: opens every story of the static build in Chromium and checks it renders
// (its element or markup is drawn) without a page error. No network: the stories use fixture data.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

const built = fileURLToPath(new URL("../.billingos/storybook/", import.meta.url));
const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
  try {
    const body = await readFile(join(built, path === "/" ? "index.html" : path));
    response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
let browser: Browser;
let base = "";
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
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
});
after(async () => {
  await browser?.close();
  server.close();
});

const index = JSON.parse(await readFile(join(built, "index.json"), "utf8")) as {
  entries: Record<string, { type: string; title: string; name: string }>;
};
const stories = Object.entries(index.entries).filter(([, entry]) => entry.type === "story");

test("the build has the pricing table's stories: playground, every state, dark, another locale, headless", () => {
  const ids = stories.map(([id]) => id);
  for (const id of [
    "playground",
    "loading",
    "empty",
    "error-from-api",
    "offline",
    "dark",
    "french",
    "many-plans",
    "one-time-and-zero-decimal",
  ]) {
    assert.ok(ids.includes(`elements-billing-pricing-table--${id}`), id);
  }
  assert.ok(ids.some((id) => id.startsWith("headless-")));
});

test("the build has the usage meter's and the feature gate's stories: playground and every state", () => {
  const ids = stories.map(([id]) => id);
  for (const id of [
    "playground",
    "warning",
    "over",
    "limit-reached",
    "unlimited",
    "compact",
    "loading",
    "not-in-plan",
    "error-from-api",
    "dark",
  ]) {
    assert.ok(ids.includes(`elements-billing-usage-meter--${id}`), `usage meter: ${id}`);
  }
  for (const id of ["playground", "entitled", "quota-used-up", "custom-fallback", "loading", "signed-out", "error-from-api", "dark"]) {
    assert.ok(ids.includes(`elements-billing-feature-gate--${id}`), `feature gate: ${id}`);
  }
});

for (const [id, entry] of stories) {
  test(`story ${entry.title} / ${entry.name} renders without errors`, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
    await page.locator("#storybook-root > *").first().waitFor({ state: "attached", timeout: 15_000 });
    if (id.startsWith("elements-billing-dialog")) await page.locator("billing-dialog >> dialog[open]").waitFor({ timeout: 15_000 });
    if (id.startsWith("elements-billing-pricing-table") && !id.endsWith("--loading")) {
      await page.locator("billing-pricing-table >> .plan:not(.skeleton), .empty, .error").first().waitFor({ timeout: 15_000 });
    }
    if (id.startsWith("elements-billing-usage-meter") && !id.endsWith("--loading")) {
      await page.locator("billing-usage-meter >> [part=label], [part=empty], [part=error]").first().waitFor({ timeout: 15_000 });
    }
    if (id.startsWith("elements-billing-feature-gate") && !id.endsWith("--loading")) {
      await page.waitForFunction(() =>
        document.querySelector("billing-feature-gate")?.matches(":state(allowed), :state(denied), :state(error)"),
      );
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}
