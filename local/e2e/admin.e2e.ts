import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  ADMIN_SHOTS,
  bootAdmin,
  invitationLink,
  newestMail,
  openPage,
  requestJson,
  requestSignIn,
  screenshots,
  signInWithCode,
  stopAdmin,
  titled,
} from "./admin-browser";
import type { BootedStack } from "./stack";
import { subscribeWithCard } from "./subscribe";

/**
 * The merchant admin on the real stack, driven like a person: sign in through the mailbox (link,
 * code, OAuth consent), deep links kept across sign-in, organisations switched and created, the
 * test/live switch, back/forward, invitations accepted, sign out. Screenshots of every page land in
 * test-results/admin/ (desktop and 375 px, light and dark).
 */
let stack: BootedStack;
let browser: Browser;
let auth: string;

before(async () => ({ stack, browser, auth } = await bootAdmin()));
after(() => stopAdmin({ stack, browser }));

/**
 * A customer subscribes to a new $`amount / 100` monthly plan of the demo merchant, as the README's
 * "First five minutes" does it: checkout session, the PaymentIntent confirmed on the Stripe
 * emulator with a test card, then the subscription's webhook makes it active.
 */
async function subscribeOne(amount: number): Promise<void> {
  const { secret } = JSON.parse(await readFile(join(stack.home, "demo-keys.json"), "utf8")) as { secret: string };
  const post = <T>(path: string, body: unknown) => requestJson<T>(stack.api, path, { Authorization: `Bearer ${secret}` }, body);
  const product = await post<{ id: string }>("/v1/products", { name: "Admin E2E" });
  const price = await post<{ id: string }>("/v1/prices", {
    product: product.id,
    currency: "usd",
    unit_amount: amount,
    recurring: { interval: "month" },
  });
  const customer = await post<{ id: string }>("/v1/customers", { email: "admin-e2e-buyer@example.test" });
  await subscribeWithCard(stack, secret, customer.id, price.id);
}

const home = (page: Page) => page.getByRole("heading", { name: "Home", level: 1 });
const switcher = (page: Page) => page.getByLabel("Organization", { exact: true });
const modeSwitch = (page: Page) => page.getByRole("switch", { name: "Test mode" });

describe("the merchant admin", () => {
  let owner: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  it("keeps a deep link through signing in with the magic link from the mailbox", async () => {
    owner = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await openPage(owner, errors);
    await page.goto(`${stack.api}/admin/organizations/new`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await screenshots(page, "sign-in");
    await requestSignIn(page, "demo@acme.test");
    const mail = await newestMail(auth, "demo@acme.test");
    assert.equal(mail.subject, "Your Magic Link");
    const link = mail.links.find((candidate) => candidate.includes("/auth/v1/verify"));
    assert.ok(link);
    await page.goto(link);
    await page.getByRole("heading", { name: "New organization" }).waitFor({ timeout: 15_000 });
    assert.equal(new URL(page.url()).pathname, "/admin/organizations/new");
    const address = new URL(page.url()).searchParams;
    assert.equal(address.has("code"), false, "supabase-js removed the one-time ?code= from the address");
    assert.deepEqual(
      [address.get("org"), address.get("mode")],
      ["org_demoAcmeCloud", "test"],
      "the address names the organisation and mode",
    );
    await screenshots(page, "new-organization");
  });

  it("creates an organisation (its name shown as text), switches to it and back", async () => {
    const name = `<img src=x onerror="window.__xss=1"> Beta`;
    await page.getByLabel("Organization name").fill(name);
    await page.getByRole("button", { name: "Create organization" }).click();
    await home(page).waitFor();
    await titled(page, `Home · ${name} · BillingOS`);
    assert.equal(await switcher(page).locator("option:checked").textContent(), name);
    assert.equal(await page.evaluate("window.__xss"), undefined);
    // A new organisation has nothing set up: every step is to do.
    await page.getByText("0 of 4 done").waitFor();
    await switcher(page).selectOption({ label: "Acme Cloud" });
    await titled(page, "Home · Acme Cloud · BillingOS");
    // The demo merchant is onboarded in test mode and has products.
    await page.getByText("2 of 4 done").waitFor();
  });

  it("sees Home's cards change after a new subscription (paid through the Stripe emulator, made active by its webhook)", async () => {
    const card = (label: string) => page.locator("billing-admin-metric", { has: page.getByRole("heading", { name: label, exact: true }) });
    const before = {
      mrr: await card("MRR").locator(".value").textContent(),
      active: Number(await card("Active subscriptions").locator(".value").textContent()),
    };
    await subscribeOne(2900);
    await page.reload();
    await home(page).waitFor();
    await card("Active subscriptions")
      .locator(".value", { hasText: String(before.active + 1) })
      .waitFor();
    assert.notEqual(await card("MRR").locator(".value").textContent(), before.mrr);
    await page.getByRole("heading", { name: "MRR, last 12 months" }).waitFor();
    await screenshots(page, "home");
  });

  it("shows Analytics with real numbers, keeps the range and interval in the address, and downloads a section's CSV", async () => {
    const card = (label: string) => page.locator("billing-admin-metric", { has: page.getByRole("heading", { name: label, exact: true }) });
    const settled = () => page.locator("billing-admin-analytics-section [aria-busy=true]").first().waitFor({ state: "detached" });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analytics" }).click();
    await page.getByRole("heading", { name: "Analytics", level: 1 }).waitFor();
    await titled(page, "Analytics · Acme Cloud · BillingOS");
    // The subscription of the test above is in the last 12 months' figures.
    await card("Active subscriptions").locator(".value").waitFor();
    assert.ok(Number(await card("Active subscriptions").locator(".value").textContent()) >= 1);
    const mrr = (await card("MRR").locator(".value").textContent()) ?? "";
    assert.match(mrr, /^\$[\d,]+\.\d{2}$/);
    assert.notEqual(mrr, "$0.00");
    await page.getByRole("heading", { name: "MRR movements" }).waitFor();
    await settled();

    await page.getByLabel("Interval").selectOption("week");
    await page.waitForURL((url) => url.searchParams.get("interval") === "week");
    await page.getByLabel("Range").selectOption("90d");
    await page.waitForURL((url) => url.searchParams.get("range") === "90d");
    await settled();
    await page.reload();
    await page.getByRole("heading", { name: "Analytics", level: 1 }).waitFor();
    assert.equal(await page.getByLabel("Range").inputValue(), "90d", "the range survives a reload");
    assert.equal(await page.getByLabel("Interval").inputValue(), "week", "the interval survives a reload");
    await card("Active subscriptions").locator(".value").waitFor();
    await settled();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download MRR movements as CSV" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^mrr-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile((await download.path()) as string, "utf8")).trim().split(/\r?\n/);
    assert.equal(
      lines[0],
      "period_start,period_end,currency,currency_exponent,mrr_start,new,expansion,contraction,churned,reactivation,net_new_mrr,mrr,arr,trialing_subscriptions,trial_pipeline_mrr",
    );
    const thisWeek = lines.at(-1)?.split(",") ?? [];
    assert.match(thisWeek[0] ?? "", /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/, "periods are ISO dates");
    assert.equal(thisWeek[2], "usd");
    assert.ok(Number(thisWeek[11]) > 0, `this week's MRR in the CSV: ${lines.at(-1)}`);

    await screenshots(page, "analytics");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await home(page).waitFor();
  });

  it("switches test/live (always visible, remembered across reloads), with the test banner only in test mode", async () => {
    const banner = page.getByText("Test mode: you are viewing test data.");
    assert.equal(await modeSwitch(page).getAttribute("aria-checked"), "true");
    await banner.waitFor();
    await modeSwitch(page).click();
    assert.equal(await modeSwitch(page).getAttribute("aria-checked"), "false");
    await banner.waitFor({ state: "detached" });
    await page.reload();
    await home(page).waitFor();
    assert.equal(await modeSwitch(page).getAttribute("aria-checked"), "false");
    await page.setViewportSize({ width: 375, height: 812 });
    assert.ok(await modeSwitch(page).isVisible(), "the switch stays in view at 375 px");
    await modeSwitch(page).click();
    await banner.waitFor();
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it("collapses the navigation at 375 px into a drawer that opens, closes with Escape and never overflows", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.waitFor({ state: "hidden" });
    const toggle = page.getByRole("button", { name: "Menu" });
    await toggle.click();
    await nav.getByRole("link", { name: "Home" }).waitFor();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    await page.screenshot({ path: join(ADMIN_SHOTS, "navigation-phone-light.png") });
    await page.keyboard.press("Escape");
    await nav.waitFor({ state: "hidden" });
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    const width = (await page.evaluate("document.documentElement.scrollWidth")) as number;
    assert.ok(width <= 375, `the page is ${width}px wide at 375`);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it("goes back and forward between pages, and shows a not-found page for unknown paths", async () => {
    await switcher(page).selectOption({ label: "＋ New organization…" });
    await page.getByRole("heading", { name: "New organization" }).waitFor();
    await page.goBack();
    await home(page).waitFor();
    await page.goForward();
    await page.getByRole("heading", { name: "New organization" }).waitFor();
    await page.getByRole("link", { name: "Cancel" }).click();
    await home(page).waitFor();
    await page.goto(`${stack.api}/admin/no/such/page`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await screenshots(page, "not-found");
    await page.getByRole("link", { name: "Go to Home" }).click();
    await home(page).waitFor();
  });

  it("signs out from the user menu", async () => {
    await page.locator("summary[aria-label='Account: demo@acme.test']").click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
  });

  it("signs in through the OAuth provider's consent page", async () => {
    await page.getByRole("button", { name: "Continue with GitHub" }).click();
    await page.getByRole("heading", { name: "Sign in with github" }).waitFor();
    await page.getByLabel("E-mail").fill("demo@acme.test");
    await page.getByRole("button", { name: "Authorize" }).click();
    await home(page).waitFor({ timeout: 15_000 });
    assert.equal(await switcher(page).locator("option:checked").textContent(), "Acme Cloud");
  });

  it("signs a newcomer in with the 6-digit code and asks them to create their first organisation", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    // Their empty organisation name is refused by the API with a 400 on purpose.
    const newcomer = await openPage(context, errors, 400);
    await newcomer.goto(`${stack.api}/admin/`);
    await signInWithCode(newcomer, auth, "newcomer@e2e.test");
    await newcomer.getByRole("heading", { name: "Create your organization" }).waitFor({ timeout: 15_000 });
    await newcomer.getByRole("button", { name: "Create organization" }).click();
    // The API's error for the empty name is shown under the field (its `param`), which is marked invalid.
    await newcomer.locator("#field-name-error").waitFor();
    assert.equal(await newcomer.getByLabel("Organization name").getAttribute("aria-invalid"), "true");
    await newcomer.getByLabel("Organization name").fill("Newcomer Ltd");
    await newcomer.getByRole("button", { name: "Create organization" }).click();
    await home(newcomer).waitFor();
    await newcomer.getByText("0 of 4 done").waitFor();
    await context.close();
  });

  it("accepts an invitation in a second browser: sign in with the invited address, then the organisation opens for a viewer", async () => {
    // supabase-js keeps the session in localStorage under sb-<host>-auth-token.
    const stored = (await page.evaluate(
      "JSON.parse(Object.entries(localStorage).find(([key]) => key.endsWith('-auth-token'))?.[1] ?? '{}').access_token",
    )) as string | undefined;
    assert.ok(stored, "the owner's session is in the page");
    const invited = await fetch(`${stack.api}/v1/invitations`, {
      method: "POST",
      headers: { Authorization: `Bearer ${stored}`, "BillingOS-Organization": "org_demoAcmeCloud", "content-type": "application/json" },
      body: JSON.stringify({ email: "viewer@e2e.test", role: "viewer" }),
    });
    assert.equal(invited.status, 201, await invited.clone().text());
    const link = await invitationLink(auth, "viewer@e2e.test");
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const viewer = await openPage(context, errors);
    await viewer.goto(link);
    await viewer.getByText("Sign in with the address the invitation was sent to").waitFor();
    await signInWithCode(viewer, auth, "viewer@e2e.test");
    await viewer.getByRole("heading", { name: "Invitation accepted" }).waitFor({ timeout: 15_000 });
    await viewer.getByText("You joined as a viewer.").waitFor();
    await viewer.getByRole("link", { name: "Continue" }).click();
    await home(viewer).waitFor();
    assert.equal(await switcher(viewer).locator("option:checked").textContent(), "Acme Cloud");
    await viewer.getByText("2 of 4 done").waitFor();
    assert.equal(await viewer.getByRole("button", { name: "Start live onboarding" }).count(), 0, "a viewer gets no write action");
    await context.close();
  });

  it("logged no error in any page", () => {
    assert.deepEqual(errors, []);
  });
});
