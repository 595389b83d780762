// The all-in-one script under a strict Content-Security-Policy (no inline script or style, no eval):
// the table renders, styled, with no violation reported. Runs after `npm run build`.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { fakePortalApi } from "../fixtures/fake-portal-api";
import { standardPricing, XSS, xssPricing } from "../fixtures/pricing";
import type { BundleManifest } from "./bundle-report";
import { CHROMIUM_ARGS, type FixtureServer, STRICT_CSP, startFixtureServer, XSS_PAYLOAD } from "./fixture-server";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
let browser: Browser;
let fixture: FixtureServer;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
after(async () => {
  await browser.close();
  await fixture?.close();
});

async function load(pricing = standardPricing) {
  await fixture?.close();
  fixture = await startFixtureServer(pricing, "comparison");
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && problems.push(message.text()));
  const response = await page.goto(fixture.url);
  assert.equal(response?.headers()["content-security-policy"], STRICT_CSP);
  await page.locator("billing-pricing-table >> .plan:not(.skeleton)").first().waitFor();
  return { page, problems };
}

test("renders and styles the pricing table under a strict CSP without a violation", async () => {
  const { page, problems } = await load();
  assert.equal(await page.locator("billing-pricing-table >> [part~=plan]").count(), 3);
  // Styles arrive through constructable stylesheets: the highlighted card really has the accent border.
  const border = await page.locator("billing-pricing-table >> .plan.highlighted").evaluate((node) => getComputedStyle(node).borderTopColor);
  assert.equal(border, "rgb(79, 70, 229)");
  assert.deepEqual(problems, []);
});

test("loads French on demand under the strict CSP: its own script, once, checked against the SRI the script carries", async () => {
  await fixture?.close();
  fixture = await startFixtureServer(standardPricing, "comparison");
  const page = await browser.newPage();
  const problems: string[] = [];
  const scripts: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && problems.push(message.text()));
  page.on("request", (request) => request.resourceType() === "script" && scripts.push(new URL(request.url()).pathname));
  await page.goto(`${fixture.url}/?lang=fr`);
  await page.locator("billing-pricing-table >> .plan:not(.skeleton)").first().waitFor();
  assert.equal(await page.locator("billing-pricing-table >> [part=base]").getAttribute("aria-label"), "Offres tarifaires");
  assert.equal(await page.locator("billing-pricing-table >> legend").first().textContent(), "Période de facturation");
  const manifest = JSON.parse(await readFile(join(dist, "billingos.json"), "utf8")) as BundleManifest;
  assert.deepEqual(scripts, ["/billingos.js", `/${manifest.locales.fr?.file}`]);
  const tag = page.locator(`script[src$="${manifest.locales.fr?.file}"]`);
  assert.equal(await tag.getAttribute("integrity"), manifest.locales.fr?.integrity);
  assert.deepEqual(problems, []);
});

test("a French script that is slow to come leaves the table in English after 3 s, then turns it French", async () => {
  await fixture?.close();
  fixture = await startFixtureServer(standardPricing, "comparison");
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && problems.push(message.text()));
  const started = Date.now();
  // Not waiting for the load event: a script the page adds holds that event back too.
  await page.goto(`${fixture.url}/?lang=fr&localeDelay=6000`, { waitUntil: "commit" });
  const region = page.locator("billing-pricing-table >> [part=base]");
  await region.waitFor({ timeout: 5000 });
  assert.ok(Date.now() - started >= 2900, "the table rendered before its French had a chance");
  assert.equal(await region.getAttribute("aria-label"), "Pricing plans");
  await page.waitForFunction(
    () =>
      document.querySelector("billing-pricing-table")?.shadowRoot?.querySelector("[part=base]")?.getAttribute("aria-label") ===
      "Offres tarifaires",
    undefined,
    { timeout: 8000 },
  );
  assert.deepEqual(problems, []);
});

test("an English page never loads the French script", async () => {
  const { page, problems } = await load();
  const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname));
  assert.deepEqual(
    scripts.filter((path) => path.endsWith(".js")),
    ["/billingos.js"],
  );
  assert.deepEqual(problems, []);
});

test("shows markup in product and feature names as text, running nothing", async () => {
  const { page, problems } = await load(xssPricing);
  assert.equal(await page.locator("billing-pricing-table >> h3").first().textContent(), XSS);
  assert.equal(await page.locator("billing-pricing-table >> img").count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __billingXss?: number }).__billingXss), undefined);
  assert.deepEqual(problems, []);
});

test("renders the portal under a strict CSP, product names and card brands as text, running nothing", async () => {
  await fixture?.close();
  const api = fakePortalApi({ pricing: xssPricing });
  api.state.subscriptions = api.state.subscriptions.map((sub) => ({
    ...sub,
    price: xssPricing.products[0]?.prices.usd?.[0]?.price ?? null,
  }));
  api.state.cards = api.state.cards.map((card) => ({ ...card, brand: XSS }));
  fixture = await startFixtureServer(xssPricing, "", api);
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && problems.push(message.text()));
  const response = await page.goto(`${fixture.url}/portal`);
  assert.equal(response?.headers()["content-security-policy"], STRICT_CSP);
  await page.locator("billing-portal >> [part~=card]").first().waitFor();
  await page.locator("billing-portal >> [part~=subscription]").first().waitFor();
  assert.equal(await page.locator("billing-portal >> [part~=subscription] h3").first().textContent(), XSS);
  assert.match((await page.locator("billing-portal >> [part~=card] .card-brand").first().textContent()) ?? "", /<img src=x/);
  assert.equal(await page.locator("billing-portal >> img").count(), 0);
  // Styles arrive through constructable stylesheets: the primary button really has the accent colour.
  const background = await page
    .locator("billing-portal >> .button.primary")
    .first()
    .evaluate((node) => getComputedStyle(node).backgroundColor);
  assert.equal(background, "rgb(79, 70, 229)");
  assert.equal(await page.evaluate(() => (window as unknown as { __billingXss?: number }).__billingXss), undefined);
  assert.deepEqual(problems, []);
});

async function loadUsage(answer = "") {
  await fixture?.close();
  fixture = await startFixtureServer(standardPricing);
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && problems.push(message.text()));
  const response = await page.goto(`${fixture.url}/usage${answer ? `?answer=${answer}` : ""}`);
  assert.equal(response?.headers()["content-security-policy"], STRICT_CSP);
  await page.locator("billing-usage-meter >> [part=label]").first().waitFor();
  return { page, problems };
}

test("renders meters (bar widths through the CSSOM) and gates under a strict CSP without a violation", async () => {
  const { page, problems } = await loadUsage();
  const fill = page.locator('billing-usage-meter[feature="storage"][variant="full"] >> [part=fill]');
  const [width, track] = await Promise.all([
    fill.evaluate((node) => node.getBoundingClientRect().width),
    page
      .locator('billing-usage-meter[feature="storage"][variant="full"] >> [part=track]')
      .evaluate((node) => node.getBoundingClientRect().width),
  ]);
  assert.ok(Math.abs(width / track - 0.86) < 0.02, `the storage bar is ${width}px of ${track}px, not 86 %`);
  assert.equal(await fill.evaluate((node) => getComputedStyle(node).backgroundColor), "rgb(180, 83, 9)");
  assert.equal(await page.locator('billing-feature-gate[feature="sso"] .content').isVisible(), true);
  assert.equal(await page.locator('billing-feature-gate[feature="audit_log"] >> [part=upgrade]').textContent(), "See plans");
  assert.deepEqual(problems, []);
});

test("shows markup in usage feature names and units as text, running nothing", async () => {
  const { page, problems } = await loadUsage("xss");
  assert.equal(await page.locator('billing-usage-meter[feature="api_calls"][variant="full"] >> [part=label]').textContent(), XSS_PAYLOAD);
  assert.equal(await page.locator("billing-usage-meter >> img").count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __billingXss?: number }).__billingXss), undefined);
  assert.deepEqual(problems, []);
});
