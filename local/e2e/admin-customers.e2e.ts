import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  accessToken,
  bootAdmin,
  enterCode,
  invitationLink,
  requestJson,
  requestSignIn,
  screenshots,
  signInWithCode,
  stopAdmin,
} from "./admin-browser";
import { type DemoKeys, makeDemoReadyToSell } from "./ready-to-sell";
import type { BootedStack } from "./stack";
import { subscribeWithCard } from "./subscribe";

/**
 * The admin's Customers and Subscriptions pages on the real stack, as a merchant uses them: sign in
 * through the mailbox, find a customer by search, open their subscription, upgrade it with the
 * proration preview, cancel at period end and undo, export the customers to CSV; a viewer sees no
 * write action and the API refuses one forced. Screenshots land in test-results/admin/.
 */
let stack: BootedStack;
let browser: Browser;
let keys: DemoKeys;
let auth: string;
const ORG = "org_demoAcmeCloud";

interface Plans {
  starter: string;
  pro: string;
}
let plans: Plans;
let mary: string;

/** The API as the demo merchant's secret key, or with `headers`. */
const api = <T>(path: string, body?: unknown, headers: Record<string, string> = { Authorization: `Bearer ${keys.secret}` }) =>
  requestJson<T>(stack.api, path, headers, body);

before(async () => {
  ({ stack, browser, auth } = await bootAdmin());
  keys = await makeDemoReadyToSell(stack);
  const plan = async (name: string, unit_amount: number) => {
    const product = await api<{ id: string }>("/v1/products", { name });
    const price = await api<{ id: string }>("/v1/prices", {
      product: product.id,
      currency: "usd",
      unit_amount,
      recurring: { interval: "month" },
    });
    return { product: product.id, price: price.id };
  };
  const starter = await plan("Team Starter", 1000);
  plans = { starter: starter.price, pro: (await plan("Team Pro", 3000)).price };
  // A metered feature on Starter: the customer page shows its <billing-usage-meter> through a customer session.
  const feature = await api<{ id: string }>("/v1/features", { key: "exports", name: "Exports", type: "metered", unit_label: "export" });
  await api(`/v1/products/${starter.product}/grants`, { feature: feature.id, value: 100 });
  await api("/v1/catalogue/sync", {});
  mary = (await api<{ id: string }>("/v1/customers", { email: "mary@nasa.test", name: "Mary Jackson", external_id: "nasa_1" })).id;
  // A name a spreadsheet would run as a formula, and one with a comma and a quote: the CSV must keep them as text.
  await api("/v1/customers", { email: "formula@e2e.test", name: '=HYPERLINK("x")' });
  await api("/v1/customers", { email: "quote@e2e.test", name: 'Jo "JJ", Smith' });
  await subscribeWithCard(stack, keys.secret, mary, plans.starter);
});
after(() => stopAdmin({ stack, browser }));

/** Polls from here: the admin's CSP refuses the string evaluation page.waitForFunction uses. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(condition(), what);
}

const heading = (page: Page, name: string) => page.getByRole("heading", { name, level: 1 });

describe("the admin's customers and subscriptions", () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  let subscription: string;

  it("signs in through the mailbox and finds a customer by search", async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${stack.api}/admin/customers`);
    await signInWithCode(page, auth, "demo@acme.test");
    await heading(page, "Customers").waitFor({ timeout: 15_000 });
    await page.getByRole("link", { name: /Mary Jackson/ }).waitFor();
    await screenshots(page, "customers");
    await page.getByLabel("Search").fill("nasa_1");
    await until(() => new URL(page.url()).searchParams.get("search") === "nasa_1", "the search is kept in the address");
    const table = page.locator("billing-admin-table");
    await table.getByRole("link", { name: /Mary Jackson/ }).waitFor();
    assert.equal(await table.locator("tbody tr").count(), 1, "only Mary matches her external id");
    await page.getByLabel("Search").fill("nobody-like-this");
    await page.getByText("No customer matches these filters.").waitFor();
    await screenshots(page, "customers-no-match");
    await page.getByLabel("Search").fill("mary@");
    await table.getByRole("link", { name: /Mary Jackson/ }).click();
    await heading(page, "Mary Jackson").waitFor();
    assert.match(new URL(page.url()).pathname, new RegExp(`^/admin/customers/${mary}$`));
    await page.getByText(/Visa •••• 4242/).waitFor();
    // The meter reads the customer's own state through a session the member minted.
    await page.locator("billing-usage-meter[feature=exports]").getByText("0 of 100").waitFor({ timeout: 15_000 });
    await screenshots(page, "customer");
  });

  it("opens the subscription and upgrades it with the proration preview", async () => {
    await page.getByRole("link", { name: "Team Starter" }).click();
    await heading(page, "Team Starter").waitFor();
    subscription = new URL(page.url()).pathname.split("/").at(-1) as string;
    assert.match(subscription, /^sub_/);
    await screenshots(page, "subscription");
    await page.getByRole("button", { name: "Change plan" }).click();
    await page.getByLabel("Plan", { exact: true }).selectOption({ label: "Team Pro · $30.00 / month" });
    await page.getByRole("button", { name: "Review change" }).click();
    await page.getByText("Charged now").waitFor({ timeout: 15_000 });
    await screenshots(page, "subscription-change", { fullPage: false });
    await page.getByRole("button", { name: "Confirm change" }).click();
    await page.getByText("The plan was changed.").waitFor({ timeout: 15_000 });
    await heading(page, "Team Pro").waitFor();
    const after = await api<{ price: string }>(`/v1/subscriptions/${subscription}`);
    assert.equal(after.price, plans.pro);
  });

  it("cancels at the period's end once confirmed, then undoes it", async () => {
    await page.getByRole("button", { name: "Cancel at period end" }).click();
    // The dialog's content is slotted into <billing-dialog>: find it under the confirmation element.
    await page.locator("billing-admin-confirm").getByRole("button", { name: "Cancel at period end" }).click();
    await page.getByRole("button", { name: "Undo cancellation" }).waitFor({ timeout: 15_000 });
    assert.equal((await api<{ cancel_at_period_end: boolean }>(`/v1/subscriptions/${subscription}`)).cancel_at_period_end, true);
    await page.getByRole("button", { name: "Undo cancellation" }).click();
    await page.getByText("The cancellation was undone.").waitFor({ timeout: 15_000 });
    assert.equal((await api<{ cancel_at_period_end: boolean }>(`/v1/subscriptions/${subscription}`)).cancel_at_period_end, false);
  });

  it("lists subscriptions with filters", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Subscriptions" }).click();
    await heading(page, "Subscriptions").waitFor();
    await page
      .locator("billing-admin-table")
      .getByRole("link", { name: /Team Pro/ })
      .waitFor();
    await page.getByLabel("Status", { exact: true }).selectOption("canceled");
    await page.getByText("No subscription matches these filters.").waitFor();
    await screenshots(page, "subscriptions-no-match");
    await page.getByLabel("Status", { exact: true }).selectOption("active");
    await page
      .locator("billing-admin-table")
      .getByRole("link", { name: /Team Pro/ })
      .waitFor();
    await screenshots(page, "subscriptions");
  });

  it("exports every customer to CSV, formulas kept as text", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
    await heading(page, "Customers").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
    assert.match(download.suggestedFilename(), /^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) as string, "utf8");
    const total = (await api<{ data: unknown[] }>("/v1/customers?limit=100")).data.length;
    const lines = csv.trim().split(/\r?\n/);
    assert.match(lines[0] as string, /^id,/);
    assert.equal(lines.length, total + 1, "a header and every customer");
    assert.ok(csv.includes("mary@nasa.test"));
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`), "a formula is prefixed so spreadsheets show it as text");
    assert.ok(csv.includes(`"Jo ""JJ"", Smith"`), "commas and quotes are quoted");
  });

  it("shows a viewer no write action, and the API refuses one forced", async () => {
    const token = await accessToken(page);
    await api(
      "/v1/invitations",
      { email: "viewer@pages.test", role: "viewer" },
      { Authorization: `Bearer ${token}`, "BillingOS-Organization": ORG },
    );
    const link = await invitationLink(auth, "viewer@pages.test");
    const second = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const viewer = await second.newPage();
    viewer.on("pageerror", (error) => errors.push(error.message));
    await viewer.goto(link);
    await requestSignIn(viewer, "viewer@pages.test");
    await screenshots(viewer, "sign-in-code");
    await enterCode(viewer, auth, "viewer@pages.test");
    await viewer.getByRole("heading", { name: "Invitation accepted" }).waitFor({ timeout: 15_000 });
    await screenshots(viewer, "invitation");
    await viewer.getByRole("link", { name: "Continue" }).click();
    await viewer.goto(`${stack.api}/admin/subscriptions/${subscription}`);
    await heading(viewer, "Team Pro").waitFor({ timeout: 15_000 });
    await viewer.getByText("Summary").waitFor();
    assert.equal(await viewer.getByRole("button", { name: /Change plan|Cancel|Pause|Resume/ }).count(), 0);
    await viewer.goto(`${stack.api}/admin/customers/${mary}`);
    await heading(viewer, "Mary Jackson").waitFor();
    await viewer.getByText(/Visa •••• 4242/).waitFor();
    assert.equal(await viewer.getByRole("button", { name: /Edit|Refund|View as customer|Grant/ }).count(), 0);
    const viewerToken = (await viewer.evaluate(
      "JSON.parse(Object.entries(localStorage).find(([key]) => key.endsWith('-auth-token'))?.[1] ?? '{}').access_token",
    )) as string;
    const forced = await fetch(`${stack.api}/v1/subscriptions/${subscription}/cancel`, {
      method: "POST",
      headers: { Authorization: `Bearer ${viewerToken}`, "BillingOS-Organization": ORG, "content-type": "application/json" },
      body: JSON.stringify({ at_period_end: true }),
    });
    assert.equal(forced.status, 403);
    assert.equal(((await forced.json()) as { error: { code: string } }).error.code, "insufficient_permissions");
    assert.equal((await api<{ cancel_at_period_end: boolean }>(`/v1/subscriptions/${subscription}`)).cancel_at_period_end, false);
    await second.close();
  });

  it("shows the customer's own portal through a short-lived session (view as customer)", async () => {
    await page.goto(`${stack.api}/admin/customers/${mary}`);
    await heading(page, "Mary Jackson").waitFor();
    await page.getByRole("button", { name: "View as customer" }).click();
    await page.getByRole("dialog", { name: "Mary Jackson's portal" }).waitFor();
    await page.locator("billing-admin-customer-view billing-portal").getByText("Team Pro").first().waitFor({ timeout: 15_000 });
    await screenshots(page, "customer-view", { fullPage: false });
    await page.keyboard.press("Escape");
  });

  it("says a record is not in this mode, and offers the other", async () => {
    await page.goto(`${stack.api}/admin/customers/cus_notInThisMode`);
    await page.getByText("No such customer in test mode.").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Switch to live mode" }).waitFor();
    await screenshots(page, "customer-not-found");
  });

  it("logged no page error", () => {
    assert.deepEqual(errors, []);
  });
});
