import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { paths } from "../paths";
import { signIn } from "./acme-notes";
import { launchChromium } from "./browser";
import { type DemoKeys, makeDemoReadyToSell } from "./ready-to-sell";
import { type BootedStack, bootStack } from "./stack";

// One customer's life on the Acme Notes billing page (examples/html, /billing) against the real
// `npm start` stack, one stack for the file and one browser page for the whole story: subscribe in
// the pricing table (Pro's trial, no card), the gate opens, the merchant's backend tracks usage and the meter follows,
// upgrade in the portal with the proration preview, a second card made default, cancel and undo,
// pause and resume. Each step is one `it` so a failure names the step; later steps need earlier ones.

let stack: BootedStack;
let browser: Browser;
let keys: DemoKeys;
let page: Page;
const problems: string[] = [];
const artifacts = join(paths.root, "test-results", "billing-flow");
const email = "billing-flow@acme-notes.test";

before(async () => {
  [stack, browser] = await Promise.all([bootStack(), launchChromium()]);
  keys = await makeDemoReadyToSell(stack);
  await mkdir(artifacts, { recursive: true });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  // Chromium's console line for a failed load has no URL: this names it.
  page.on("requestfailed", (request) => problems.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
});
after(async () => {
  await browser?.close();
  await stack?.stop();
});

const portal = () => page.locator("billing-portal");
const action = (name: string) => portal().locator(`[data-action="${name}"]`);
const meter = () => page.locator(".usage billing-usage-meter");
const gate = () => page.locator("billing-feature-gate");
const shot = (name: string, target: Page | Locator = page) => target.screenshot({ path: join(artifacts, `${name}.png`) });

/** One step of the story: once a step fails the rest are skipped (they need it), instead of each timing out. */
let broken: string | undefined;
function step(name: string, run: () => Promise<void>): void {
  it(name, async (t: TestContext) => {
    if (broken) return t.skip(`"${broken}" failed`);
    try {
      await run();
    } catch (error) {
      broken = name;
      throw error;
    }
  });
}

async function secretGet<T>(path: string): Promise<T> {
  const response = await fetch(`${stack.api}${path}`, { headers: { Authorization: `Bearer ${keys.secret}` } });
  const body = (await response.json()) as T;
  assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

interface Subscription {
  id: string;
  status: string;
  price: string;
  cancel_at_period_end: boolean;
  paused?: boolean;
  pause_collection?: unknown;
}

async function customerId(): Promise<string> {
  const list = await secretGet<{ data: Array<{ id: string; email: string }> }>(`/v1/customers?email=${encodeURIComponent(email)}&limit=10`);
  const customer = list.data.find((candidate) => candidate.email === email);
  assert.ok(customer, `a customer for ${email}`);
  return customer.id;
}

/** Webhooks settle the mirror a moment after the page shows success. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 100 && !done(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
  }
  assert.ok(done(value), `${what}: ${JSON.stringify(value)}`);
  return value;
}

async function subscriptions(): Promise<Subscription[]> {
  return (await secretGet<{ data: Subscription[] }>(`/v1/subscriptions?customer=${await customerId()}`)).data;
}

/** Adds a card through the portal's Payment Element (a light-DOM slot of the portal). */
async function addCard(number: string): Promise<void> {
  await action("add-card").click();
  const frame = portal().frameLocator("iframe[name^=__privateStripeFrame]");
  await frame.locator("#card-number").fill(number);
  await frame.locator("#card-expiry").fill("12 / 34");
  await frame.locator("#card-cvc").fill("123");
  await action("save-card").click();
  await notice("Your card was added.");
}

/**
 * Polls an expression in the page (page.waitForFunction's polling evaluates strings with eval,
 * which the page's strict CSP refuses).
 */
async function until(expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await page.evaluate(expression)) !== true) {
    assert.ok(Date.now() < deadline, `not within ${timeoutMs} ms: ${expression}`);
    await page.waitForTimeout(100);
  }
}

async function notice(text: string | RegExp): Promise<void> {
  await portal().locator("[part=notice]").getByText(text).waitFor({ timeout: 15_000 });
}

describe("Acme Notes billing page: a customer's life on the real stack", () => {
  step("subscribes to Pro in the pricing table: its trial needs no card", async () => {
    await signIn(page, stack.example, email);
    const table = page.locator("billing-pricing-table");
    await table.getByRole("article", { name: "Pro" }).getByRole("button").click();
    await page.locator("billing-checkout").getByRole("button", { name: "Start free trial" }).click();
    await page.locator("#welcome").getByText("Thank you!").waitFor({ timeout: 15_000 });
    await page.locator("billing-checkout").waitFor({ state: "hidden" });
    await eventually(subscriptions, (subs) => subs.length === 1 && subs[0]?.status === "trialing", "one Pro subscription in trial");
  });

  step("the billing page's gate opens for the plan's single sign-on", async () => {
    await page.getByRole("link", { name: "Billing" }).click();
    await gate().getByText("Roadmap: ship shared notebooks").waitFor({ timeout: 15_000 });
    assert.equal(await gate().locator("[slot=fallback]").isVisible(), false);
    await portal().locator("[part=status]").first().waitFor({ timeout: 15_000 });
    await shot("billing-page-subscribed");
  });

  step("the backend tracks API calls and the meter moves, warning at 80 %", async () => {
    await meter().locator("[part=value]").waitFor({ timeout: 15_000 });
    const before = await meter().locator("[part=value]").textContent();
    assert.match(before ?? "", /^0 of 250,000/);
    // Bad input is refused by the backend and nothing is recorded.
    // Bad input is refused by the backend (with the page's session cookie) and nothing is recorded:
    // the meter reads exactly the 200,000 below.
    for (const calls of [-5, 0, 1.5, "many", 1_000_001]) {
      const refused = await page.request.post(`${stack.example}/api/calls`, { data: { calls } });
      assert.deepEqual([refused.status(), await refused.json()], [400, { error: "calls must be 1 to 1,000,000" }], String(calls));
    }
    await page.getByLabel("Number of calls").fill("200000");
    await page.getByRole("button", { name: "Send API calls" }).click();
    await page.locator("#api-result").getByText("200,000 calls recorded.").waitFor();
    await meter()
      .locator("[part=value]")
      .getByText(/^200,000 of 250,000/)
      .waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate(`document.querySelector(".usage billing-usage-meter").matches(":state(warning)")`), true);
    await shot("meter-warning", meter());
  });

  step("adds 4242 4242 4242 4242 in the portal to keep the plan after the trial", async () => {
    await addCard("4242 4242 4242 4242");
    await portal().locator("[part=card]", { hasText: "4242" }).waitFor();
  });

  step("upgrades to Enterprise from the portal; the invoice charges what the preview showed and the plan applies at once", async () => {
    const [sub] = await subscriptions();
    assert.ok(sub);
    await action(`change:${sub.id}`).click();
    await portal().locator("label.choice", { hasText: "Enterprise" }).locator("input[name=price]").check();
    await portal().locator("form.dialog-form button[type=submit]").click();
    const dueNow = portal().locator("[part=preview] [data-amount=now]");
    await dueNow.waitFor({ timeout: 15_000 });
    const preview = (await dueNow.textContent())?.trim() ?? "";
    await shot("upgrade-preview");
    await action("confirm-change").click();
    await notice("Your plan was changed.");
    // The page's own state follows at once (the action refreshes it): Enterprise has unlimited calls.
    // Within 5 s, before the page's 10 s poll could have brought it.
    await until(`document.querySelector(".usage billing-usage-meter").matches(":state(unlimited)")`, 5_000);
    assert.match((await meter().locator("[part=value]").textContent()) ?? "", /^200,000 used/);
    assert.equal(await gate().locator("[slot=fallback]").isVisible(), false);
    const changed = await eventually(
      subscriptions,
      (subs) => subs[0]?.price === "price_demoEnterpriseYearly",
      "the subscription is on Enterprise",
    );
    assert.equal(changed.length, 1);
    const invoices = await secretGet<{ data: Array<{ amount_due: number; total: number; currency: string; billing_reason?: string }> }>(
      `/v1/invoices?customer=${await customerId()}`,
    );
    const latest = invoices.data[0];
    assert.ok(latest, "an invoice for the change");
    const charged = new Intl.NumberFormat("en-US", { style: "currency", currency: latest.currency.toUpperCase() }).format(
      latest.amount_due / 100,
    );
    assert.equal(preview, charged, `preview ${preview}, invoice ${JSON.stringify(latest)}`);
  });

  step("adds a second card and makes it the default", async () => {
    await addCard("5555 5555 5555 4444");
    const cards = portal().locator("[part=card]");
    await eventually(
      () => cards.count(),
      (count) => count === 2,
      "two cards",
    );
    const second = portal().locator("[part=card]", { hasText: "4444" });
    const id = await second.getAttribute("data-card");
    await action(`default:${id}`).click();
    await second.getByText("Default", { exact: true }).waitFor({ timeout: 15_000 });
    assert.equal(await portal().locator("[part=card]", { hasText: "4242" }).getByText("Default", { exact: true }).count(), 0);
    await shot("cards", portal().locator("[part=card]").first().locator(".."));
  });

  step("cancels at period end, then undoes it", async () => {
    const [sub] = await subscriptions();
    assert.ok(sub);
    await action(`cancel:${sub.id}`).click();
    await action("confirm-cancel").click();
    await notice(/^Your plan will cancel on /);
    await eventually(subscriptions, (subs) => subs[0]?.cancel_at_period_end === true, "cancel_at_period_end");
    await action(`undo:${sub.id}`).click();
    await notice("Your plan will renew as usual.");
    await eventually(subscriptions, (subs) => subs[0]?.cancel_at_period_end === false, "renews again");
  });

  step("pauses, then resumes", async () => {
    const [sub] = await subscriptions();
    assert.ok(sub);
    await action(`pause:${sub.id}`).click();
    await action("confirm-pause").click();
    await notice("Your plan is paused.");
    await portal().locator(`[data-subscription="${sub.id}"] [part=status]`).getByText("Paused").waitFor();
    await shot("paused");
    // A paused plan grants nothing: the gate closes at once, and opens again on resume.
    await gate().locator("[slot=fallback]").waitFor({ timeout: 5_000 });
    await action(`resume:${sub.id}`).click();
    await notice("Your plan is active again.");
    await gate().getByText("Roadmap: ship shared notebooks").waitFor({ timeout: 5_000 });
    assert.deepEqual(problems, []);
  });
});
