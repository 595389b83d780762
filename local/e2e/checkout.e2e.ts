import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import type { Browser, Page } from "playwright-core";
import { paths } from "../paths";
import { chooseYearlyPlan, pay, signIn, typeCard } from "./acme-notes";
import { launchChromium } from "./browser";
import { buildFrameworkExamples, frameworks, type ServedExamples, serveFrameworkExamples } from "./framework-examples";
import { type DemoKeys, makeDemoReadyToSell } from "./ready-to-sell";
import { type BootedStack, bootBeside } from "./stack";

// A visitor of the Acme Notes example buys a plan on the real `npm start` stack, as a person would;
// then the same in its React, Vue and Svelte versions, each built and served on the same stack.

let stack: BootedStack;
let browser: Browser;
let keys: DemoKeys;
let examples: ServedExamples;
const artifacts = join(paths.root, "test-results", "checkout");
const PLAN = "Enterprise"; // yearly, no trial: the first invoice is charged at once

before(async () => {
  [stack, browser] = await bootBeside(launchChromium());
  // The examples build while the demo merchant gets ready (mostly waiting for webhooks), not during the boot's CPU-bound start.
  [keys] = await Promise.all([makeDemoReadyToSell(stack), buildFrameworkExamples()]);
  examples = await serveFrameworkExamples(stack, keys);
  await mkdir(artifacts, { recursive: true });
});
after(async () => {
  await examples?.close();
  await browser?.close();
  await stack?.stop();
});

async function newPage(width = 1280, colorScheme: "light" | "dark" = "light"): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const problems: string[] = [];
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, problems };
}

/** The checkout dialog closes and the page thanks the customer (billing-checkout-complete reached it). */
async function paidInPage(page: Page): Promise<void> {
  await page.locator("#welcome").getByText("Thank you!").waitFor({ timeout: 15_000 });
  await page.locator("billing-checkout").waitFor({ state: "hidden" });
}

/** What the merchant's API says about this customer: subscriptions and the charges Stripe made. */
async function purchasesOf(email: string) {
  const headers = { Authorization: `Bearer ${keys.secret}` };
  const customers = (await (await fetch(`${stack.api}/v1/customers?email=${encodeURIComponent(email)}&limit=10`, { headers })).json()) as {
    data: Array<{ id: string; email: string }>;
  };
  const customer = customers.data.find((candidate) => candidate.email === email);
  assert.ok(customer, `a customer for ${email}`);
  const list = async <T>(path: string) => ((await (await fetch(`${stack.api}${path}`, { headers })).json()) as { data: T[] }).data;
  return {
    subscriptions: await list<{ status: string }>(`/v1/subscriptions?customer=${customer.id}`),
    invoices: await list<{ status: string; amount_paid: number }>(`/v1/invoices?customer=${customer.id}`),
  };
}

/** Webhooks settle the mirror a moment after the page shows success. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 100 && !done(value); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const paid = (purchases: Awaited<ReturnType<typeof purchasesOf>>) =>
  purchases.subscriptions.length === 1 &&
  purchases.subscriptions[0]?.status === "active" &&
  purchases.invoices.some((i) => i.status === "paid");

describe("Acme Notes: buying a plan in the page", () => {
  it("a visitor switches to yearly, picks a plan and pays with 4242 4242 4242 4242", async () => {
    const { page, problems } = await newPage();
    const email = "card-4242@acme-notes.test";
    await signIn(page, stack.example, email);
    await page.locator("billing-pricing-table").screenshot({ path: join(artifacts, "pricing-table-desktop-light.png") });
    await chooseYearlyPlan(page, PLAN);
    await typeCard(page, "4242 4242 4242 4242");
    await page.screenshot({ path: join(artifacts, "checkout-desktop-light.png") });
    await pay(page);
    await paidInPage(page);
    const purchases = await eventually(() => purchasesOf(email), paid);
    assert.deepEqual(
      purchases.subscriptions.map((s) => s.status),
      ["active"],
    );
    assert.deepEqual(
      purchases.invoices.filter((i) => i.status === "paid").map((i) => i.amount_paid),
      [199000],
      "one charge: the yearly Enterprise price",
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("pays with a 3-D Secure card, the challenge completed in Stripe's modal", async () => {
    const { page, problems } = await newPage();
    const email = "card-3ds@acme-notes.test";
    await signIn(page, stack.example, email);
    await chooseYearlyPlan(page, PLAN);
    await typeCard(page, "4000 0027 6000 3184");
    await pay(page);
    const challenge = page.frameLocator("iframe[name=stripe-challenge]");
    await challenge.getByRole("button", { name: "Complete authentication" }).click();
    await paidInPage(page);
    const purchases = await eventually(() => purchasesOf(email), paid);
    assert.deepEqual(
      purchases.subscriptions.map((s) => s.status),
      ["active"],
    );
    assert.equal(purchases.invoices.filter((i) => i.status === "paid").length, 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("explains a declined card; the customer retries with a good card and still has one subscription", async () => {
    const { page, problems } = await newPage();
    const email = "card-declined@acme-notes.test";
    await signIn(page, stack.example, email);
    await chooseYearlyPlan(page, PLAN);
    await typeCard(page, "4000 0000 0000 0002");
    await pay(page);
    await page
      .locator("billing-checkout")
      .getByRole("alert")
      .getByText(/declined/i)
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(artifacts, "checkout-declined-desktop-light.png") });
    await typeCard(page, "4242 4242 4242 4242");
    await pay(page);
    await paidInPage(page);
    const purchases = await eventually(() => purchasesOf(email), paid);
    assert.deepEqual(
      purchases.subscriptions.map((s) => s.status),
      ["active"],
    );
    assert.equal(purchases.invoices.filter((i) => i.status === "paid").length, 1);
    // The refused confirmation is a 402 from Stripe's API, which the browser logs like any failed request.
    assert.deepEqual(
      problems.filter((problem) => !problem.includes("status of 402")),
      [],
    );
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const [device, width] of [
      ["desktop", 1280],
      ["phone", 375],
    ] as const) {
      it(`looks right on a ${device} in ${colorScheme} mode (screenshots in test-results/checkout)`, async () => {
        const { page, problems } = await newPage(width, colorScheme);
        await signIn(page, stack.example, `look-${device}-${colorScheme}@acme-notes.test`);
        await page.screenshot({ path: join(artifacts, `pricing-table-${device}-${colorScheme}.png`), fullPage: true });
        await chooseYearlyPlan(page, PLAN);
        await typeCard(page, "4242 4242 4242 4242");
        await page.screenshot({ path: join(artifacts, `checkout-${device}-${colorScheme}.png`) });
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }
});

describe("Acme Notes in React, Vue and Svelte: the same flow through each framework's bindings", () => {
  for (const framework of frameworks) {
    it(`${framework}: a visitor's plan choice is cancelled by the page's listener, which asks them to sign in`, async () => {
      const { page, problems } = await newPage();
      await page.goto(examples.urls[framework]);
      const table = page.locator("billing-pricing-table");
      await table.getByRole("article", { name: PLAN }).getByRole("button").click();
      await page.locator("#sign-in-first").getByText("Sign in above to choose a plan.").waitFor();
      assert.equal(await page.locator("billing-checkout").count(), 0, "preventDefault() kept the checkout closed");
      assert.deepEqual(problems, []);
      await page.close();
    });

    it(`${framework}: a customer picks a plan, pays with 4242 4242 4242 4242 and the page's listener thanks them`, async (t: TestContext) => {
      const { page, problems } = await newPage();
      const email = `${framework}@acme-notes.test`;
      await signIn(page, examples.urls[framework], email); // fetchSession, set as a property, gives the checkout its customer
      const gate = page.locator("billing-feature-gate");
      const gated = (await page.evaluate('customElements.get("billing-feature-gate") !== undefined')) === true;
      const premium = gate.getByText("Roadmap: ship shared notebooks");
      if (gated) {
        await gate.locator("[slot=fallback]").waitFor();
        assert.equal(await premium.isVisible(), false, "no plan yet: the notes stay locked");
      }
      await chooseYearlyPlan(page, PLAN);
      await typeCard(page, "4242 4242 4242 4242");
      await pay(page);
      await paidInPage(page);
      await page.screenshot({ path: join(artifacts, `${framework}-paid-desktop-light.png`), fullPage: true });
      const purchases = await eventually(() => purchasesOf(email), paid);
      assert.deepEqual(
        purchases.subscriptions.map((s) => s.status),
        ["active"],
      );
      // <billing-feature-gate> is built in parallel (issue 15); until it is registered its children are plain markup.
      if (gated) {
        await premium.waitFor({ timeout: 15_000 });
        assert.equal(await gate.locator("[slot=fallback]").isVisible(), false, "the upgrade prompt is gone once the plan grants sso");
      } else t.diagnostic("billing-feature-gate is not registered on this branch: the gate's checks did not run");
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
