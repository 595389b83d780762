import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe } from "node:test";
import type { Browser, Page } from "playwright-core";
import { paths } from "../paths";
import { signIn } from "./acme-notes";
import { eventually, looks, merchantApi, step, until } from "./billing-page";
import { launchChromium } from "./browser";
import { makeDemoReadyToSell } from "./ready-to-sell";
import { type BootedStack, bootBeside } from "./stack";

// One customer's life on the Acme Notes billing page (examples/html, /billing) against the real
// `npm start` stack, one stack for the file and one browser page for the whole story. The customer
// lives on a Stripe test clock (the merchant's backend created it there before the first sign-in),
// so the trial can end and a renewal can fail without waiting a month: subscribe in the pricing table
// (Pro's trial, no card), the gate opens, the backend tracks usage and the meter warns at 80 % and
// blocks at Pro's hard limit, the first card becomes the default, the trial ends and is paid, upgrade
// from that paid plan in the portal (the invoice equals the preview), a second card made default,
// cancel and undo, pause and resume, a renewal declined and recovered in the portal. A second
// customer on the free Starter plan runs past its soft limit (overage). Each step is one `it`; later
// steps need earlier ones. Screenshots (desktop and phone, light and dark): test-results/billing-flow.

let stack: BootedStack;
let browser: Browser;
let api: ReturnType<typeof merchantApi>;
let page: Page;
let clock: string;
let customer: string;
const problems: string[] = [];
const artifacts = join(paths.root, "test-results", "billing-flow");
const email = "billing-flow@acme-notes.test";
const HOUR = 3600;
const DAY = 24 * HOUR;

before(async () => {
  [stack, browser] = await bootBeside(launchChromium());
  const keys = await makeDemoReadyToSell(stack);
  api = merchantApi(stack.api, keys.secret);
  await mkdir(artifacts, { recursive: true });
  clock = (await api.post<{ id: string }>("/v1/test_clocks", { name: "Billing flow" })).id;
  // The example's login upserts its user by this external_id: the customer keeps its clock.
  customer = (await api.post<{ id: string }>("/v1/customers", { external_id: `acme-notes:${email}`, email, test_clock: clock })).id;
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(page);
});
after(async () => {
  await browser?.close();
  await stack?.stop();
});

function watch(target: Page): void {
  target.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  target.on("pageerror", (error) => problems.push(error.message));
  // Chromium's console line for a failed load has no URL: this names it. A reload (the customer
  // coming back after the test clock moved) aborts the page's requests in flight: that is no failure.
  target.on("requestfailed", (request) => {
    const error = request.failure()?.errorText;
    if (error !== "net::ERR_ABORTED") problems.push(`${request.method()} ${request.url()}: ${error}`);
  });
}

const portal = () => page.locator("billing-portal");
const action = (name: string) => portal().locator(`[data-action="${name}"]`);
const meter = () => page.locator(".usage > billing-usage-meter");
const gate = () => page.locator("billing-feature-gate[feature=sso]");
const callsGate = () => page.locator("billing-feature-gate[feature=api_calls]");
const status = () => portal().locator("[part=subscription] [part=status]");
const matches = (selector: string, state: string) => `document.querySelector(${JSON.stringify(selector)}).matches(":state(${state})")`;
const subscription = async () => {
  const [sub, ...others] = await api.subscriptions(customer);
  assert.ok(sub && others.length === 0, "one subscription");
  return sub;
};
const money = (amount: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(amount / 100);
const day = (seconds: number) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium" }).format(new Date(seconds * 1000));

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

async function notice(text: string | RegExp): Promise<void> {
  await portal().locator("[part=notice]").getByText(text).waitFor({ timeout: 15_000 });
}

/** Sends API calls through the example's backend (which tracks them with sdk/server) and returns its answer. */
async function sendCalls(calls: number): Promise<string> {
  await page.getByLabel("Number of calls").fill(String(calls));
  await page.getByRole("button", { name: "Send API calls" }).click();
  const result = page.locator("#api-result");
  await result.filter({ hasText: /\S/ }).waitFor();
  const text = (await result.textContent()) ?? "";
  await page.evaluate(`document.getElementById("api-result").textContent = ""`);
  return text;
}

describe("Acme Notes billing page: a customer's life on the real stack", () => {
  step("subscribes to Pro in the pricing table: its trial needs no card", async () => {
    await signIn(page, stack.example, email);
    const table = page.locator("billing-pricing-table");
    await table.getByRole("article", { name: "Pro" }).getByRole("button").click();
    await page.locator("billing-checkout").getByRole("button", { name: "Start free trial" }).click();
    await page.locator("#welcome").getByText("Thank you!").waitFor({ timeout: 15_000 });
    await page.locator("billing-checkout").waitFor({ state: "hidden" });
    await eventually(
      () => api.subscriptions(customer),
      (subs) => subs.length === 1 && subs[0]?.status === "trialing",
      "Pro in trial",
    );
  });

  step("the billing page's gate opens for the plan's single sign-on", async () => {
    await page.getByRole("link", { name: "Billing" }).click();
    await gate().getByText("Roadmap: ship shared notebooks").waitFor({ timeout: 15_000 });
    assert.equal(await gate().locator("[slot=fallback]").isVisible(), false);
    const sub = await subscription();
    await status()
      .getByText(`Trial ends ${day(sub.trial_end ?? 0)}`)
      .waitFor({ timeout: 15_000 });
    await looks(page, artifacts, "billing-page-trial");
  });

  step("the backend tracks API calls and the meter moves, warning at 80 %", async () => {
    await meter().locator("[part=value]").waitFor({ timeout: 15_000 });
    assert.match((await meter().locator("[part=value]").textContent()) ?? "", /^0 of 250,000/);
    // Bad input is refused by the backend (with the page's session cookie) and nothing is recorded:
    // the meter reads exactly the 200,000 below.
    for (const calls of [-5, 0, 1.5, "many", 1_000_001]) {
      const refused = await page.request.post(`${stack.example}/api/calls`, { data: { calls } });
      assert.deepEqual([refused.status(), await refused.json()], [400, { error: "calls must be 1 to 1,000,000" }], String(calls));
    }
    assert.equal(await sendCalls(200_000), "200,000 calls recorded.");
    await meter()
      .locator("[part=value]")
      .getByText(/^200,000 of 250,000/)
      .waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate(matches(".usage > billing-usage-meter", "warning")), true);
    assert.equal(await meter().locator("[part=note]").textContent(), "Almost at your limit");
    await looks(page, artifacts, "meter-warning");
  });

  step("Pro's hard limit blocks: the meter says so, the calls gate closes and BillingOS refuses more", async () => {
    assert.equal(await sendCalls(50_000), "50,000 calls recorded.");
    await meter()
      .locator("[part=value]")
      .getByText(/^250,000 of 250,000/)
      .waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate(matches(".usage > billing-usage-meter", "limit-reached")), true);
    assert.equal(await meter().locator("[part=note]").textContent(), "Limit reached");
    // The page's gate decides from the same state: the form gives way to the upgrade prompt.
    await callsGate().locator("[part=message]").getByText("You have used all the API calls your plan includes this period.").waitFor();
    assert.equal(await page.getByRole("button", { name: "Send API calls" }).isVisible(), false);
    // The gate is only what the customer sees: the backend's usage event is refused by BillingOS.
    const refused = await page.request.post(`${stack.example}/api/calls`, { data: { calls: 1 } });
    assert.deepEqual(
      [refused.status(), await refused.json()],
      [409, { error: "Your plan's API calls are used up for this period: upgrade for more." }],
    );
    const state = await api.get<{ entitlements: Array<{ feature: string; used: number }> }>(`/v1/customer_state?customer=${customer}`);
    assert.equal(state.entitlements.find((e) => e.feature === "api_calls")?.used, 250_000, "nothing past the limit was counted");
    await looks(page, artifacts, "limit-reached");
  });

  step("adds 4242 4242 4242 4242 in the portal: the first card becomes the default at once", async () => {
    await addCard("4242 4242 4242 4242");
    await portal().locator("[part=card]", { hasText: "4242" }).getByText("Default", { exact: true }).waitFor({ timeout: 5_000 });
    const cards = await api.get<{ data: Array<{ last4: string; default: boolean }> }>(`/v1/customers/${customer}/payment_methods`);
    assert.deepEqual(
      cards.data.map((card) => [card.last4, card.default]),
      [["4242", true]],
    );
  });

  step("the trial ends on the test clock and the first invoice is paid with that card", async () => {
    const sub = await subscription();
    assert.ok(sub.trial_end);
    await api.advanceClock(clock, sub.trial_end + 2 * HOUR);
    const paid = await eventually(
      () => api.invoices(customer),
      (invoices) => invoices.some((invoice) => invoice.status === "paid" && invoice.amount_paid === 2900),
      "Pro's first month paid",
    );
    assert.ok(paid.length >= 1);
    const active = await eventually(subscription, (s) => s.status === "active", "Pro active after its trial");
    // The customer comes back to the page.
    await page.reload();
    await status()
      .getByText(`Renews on ${day(active.current_period_end ?? 0)}`)
      .waitFor({ timeout: 15_000 });
  });

  step(
    "upgrades the paid Pro plan to Enterprise in the portal: the invoice is what the preview showed, the gates follow at once",
    async () => {
      const sub = await subscription();
      const invoicesBefore = new Set((await api.invoices(customer)).map((invoice) => invoice.id));
      await action(`change:${sub.id}`).click();
      await portal().locator("label.choice", { hasText: "Enterprise" }).locator("input[name=price]").check();
      await portal().locator("form.dialog-form button[type=submit]").click();
      const dueNow = portal().locator("[part=preview] [data-amount=now]");
      await dueNow.waitFor({ timeout: 15_000 });
      const preview = (await dueNow.textContent())?.trim() ?? "";
      // A paid month is credited: less than Enterprise's $1,990.00, more than nothing.
      assert.match(preview, /^\$1,9\d\d\.\d\d$/);
      assert.notEqual(preview, "$1,990.00");
      await looks(page, artifacts, "upgrade-preview", { dialog: true });
      await action("confirm-change").click();
      await notice("Your plan was changed.");
      // The page's own state follows at once (the action refreshes it), before the page's 10 s poll:
      // Enterprise has unlimited calls, so the meter and the calls gate open again.
      await until(page, matches(".usage > billing-usage-meter", "unlimited"), 5_000);
      await callsGate().getByRole("button", { name: "Send API calls" }).waitFor({ timeout: 5_000 });
      assert.equal(await gate().locator("[slot=fallback]").isVisible(), false);
      await eventually(subscription, (s) => s.price === "price_demoEnterpriseYearly" && s.status === "active", "on Enterprise");
      const charged = (await api.invoices(customer)).filter((invoice) => !invoicesBefore.has(invoice.id));
      assert.deepEqual(
        charged.map((invoice) => [invoice.status, money(invoice.amount_paid)]),
        [["paid", preview]],
        "one invoice for the change, paid, of exactly the preview",
      );
    },
  );

  step("adds a second card, one that will decline, and makes it the default", async () => {
    await addCard("4000 0000 0000 0341");
    const second = portal().locator("[part=card]", { hasText: "0341" });
    const id = await second.getAttribute("data-card");
    await action(`default:${id}`).click();
    await second.getByText("Default", { exact: true }).waitFor({ timeout: 15_000 });
    assert.equal(await portal().locator("[part=card]", { hasText: "4242" }).getByText("Default", { exact: true }).count(), 0);
  });

  step("cancels at period end, then undoes it", async () => {
    const sub = await subscription();
    await action(`cancel:${sub.id}`).click();
    await action("confirm-cancel").click();
    await notice(/^Your plan will cancel on /);
    await eventually(subscription, (s) => s.cancel_at_period_end === true, "cancel_at_period_end");
    await action(`undo:${sub.id}`).click();
    await notice("Your plan will renew as usual.");
    await eventually(subscription, (s) => s.cancel_at_period_end === false, "renews again");
  });

  step("pauses, then resumes: while paused the meters say the plan is paused", async () => {
    const sub = await subscription();
    await action(`pause:${sub.id}`).click();
    await action("confirm-pause").click();
    await notice("Your plan is paused.");
    await portal().locator(`[data-subscription="${sub.id}"] [part=status]`).getByText("Paused").waitFor();
    // A paused plan grants nothing: the gate closes at once, and opens again on resume.
    await gate().locator("[slot=fallback]").waitFor({ timeout: 5_000 });
    const paused = "Your plan is paused: resume it to use API calls again.";
    await meter().locator("[part=empty]").getByText(paused).waitFor({ timeout: 5_000 });
    await portal().locator("billing-usage-meter").locator("[part=empty]").getByText(paused).waitFor({ timeout: 5_000 });
    await looks(page, artifacts, "paused");
    await action(`resume:${sub.id}`).click();
    await notice("Your plan is active again.");
    await gate().getByText("Roadmap: ship shared notebooks").waitFor({ timeout: 5_000 });
    await until(page, matches(".usage > billing-usage-meter", "unlimited"), 5_000);
  });

  step("a renewal declined on the test clock: past due, with access until the grace date", async () => {
    const sub = await subscription();
    assert.ok(sub.current_period_end);
    const renewal = sub.current_period_end;
    await api.advanceClock(clock, renewal + 2 * HOUR);
    const due = await eventually(subscription, (s) => s.status === "past_due" && s.access_ends_at !== null, "past due");
    // The renewal failed on the clock, weeks ahead of real time: past_due_since is the clock's time of
    // the declined attempt (the renewal's draft is charged an hour after the renewal), never the
    // wall-clock time BillingOS heard of it, and the grace period (7 days by default) counts from there.
    const since = due.past_due_since ?? 0;
    assert.ok(since >= renewal && since <= renewal + 2 * HOUR, `past due since ${since}, the renewal ${renewal}`);
    assert.ok(since > Date.now() / 1000 + 20 * DAY, "the clock's time, not the real time");
    assert.equal(due.access_ends_at, since + 7 * DAY);
    await page.reload();
    await status()
      .getByText(`Payment past due since ${day(since)}`)
      .waitFor({ timeout: 15_000 });
    await portal()
      .locator("[part=subscription]")
      .getByText(`Access continues until ${day(due.access_ends_at ?? 0)}; pay the open invoice to keep it.`)
      .waitFor();
    // Within the grace period the plan's features stay.
    assert.equal(await gate().locator("[slot=fallback]").isVisible(), false);
    await looks(page, artifacts, "past-due");
  });

  step("pays the open invoice in the portal: the declining card is refused clearly, another card recovers the plan", async () => {
    const open = (await api.invoices(customer)).filter((invoice) => invoice.status === "open");
    assert.equal(open.length, 1, "one open invoice");
    const invoice = open[0] as (typeof open)[number];
    await action(`pay:${invoice.id}`).click();
    // The default (declining) card is chosen first.
    await action("confirm-pay").click();
    const alert = portal().locator(".dialog-form [role=alert]");
    await alert.getByText(/^Payment declined: .*declined/).waitFor({ timeout: 15_000 });
    await looks(page, artifacts, "pay-declined", { dialog: true });
    await portal().locator("label.choice", { hasText: "4242" }).locator("input[name=method]").check();
    await action("confirm-pay").click();
    await notice(`Paid ${money(invoice.amount_due)}. Thank you!`);
    const recovered = await eventually(subscription, (s) => s.status === "active", "active again");
    await status()
      .getByText(`Renews on ${day(recovered.current_period_end ?? 0)}`)
      .waitFor({ timeout: 15_000 });
    await portal().locator(`[data-invoice="${invoice.id}"]`).getByText("Paid").waitFor({ timeout: 15_000 });
    // The card that paid is the default now, so the next renewal does not try the declining one.
    await portal().locator("[part=card]", { hasText: "4242" }).getByText("Default", { exact: true }).waitFor({ timeout: 15_000 });
    assert.equal((await api.invoices(customer)).filter((each) => each.status === "open").length, 0);
    await looks(page, artifacts, "recovered");
    // The refused payment is a 402 from the API, which the browser logs like any failed request.
    assert.deepEqual(
      problems.filter((problem) => !problem.includes("status of 402")),
      [],
    );
  });
});

describe("Acme Notes billing page: a soft limit bills overage", () => {
  step("a Starter customer past its 10,000 calls sees the overage and its price; the calls go on", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    watch(page);
    await signIn(page, stack.example, "overage@acme-notes.test");
    await page.locator("billing-pricing-table").getByRole("article", { name: "Starter" }).getByRole("button").click();
    await page.locator("billing-checkout").getByRole("button", { name: "Subscribe" }).click();
    await page.locator("#welcome").getByText("Thank you!").waitFor({ timeout: 15_000 });
    await page.goto(`${stack.example}/billing`);
    await meter()
      .locator("[part=value]")
      .getByText(/^0 of 10,000/)
      .waitFor({ timeout: 15_000 });
    assert.equal(await sendCalls(12_000), "12,000 calls recorded.");
    await meter()
      .locator("[part=value]")
      .getByText(/^12,000 of 10,000/)
      .waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate(matches(".usage > billing-usage-meter", "over")), true);
    assert.equal(
      await meter().locator("[part=note]").textContent(),
      "2,000 over your quota at $0.01 per call: about $20.00 on your next invoice",
    );
    // A soft limit never blocks: the form stays.
    assert.equal(await page.getByRole("button", { name: "Send API calls" }).isVisible(), true);
    assert.equal(await sendCalls(1), "1 call recorded.");
    await looks(page, artifacts, "overage");
    assert.deepEqual(
      problems.filter((problem) => !problem.includes("status of 402")),
      [],
    );
    await context.close();
  });
});
