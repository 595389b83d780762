import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { accessToken, bootAdmin, joinAsInvited, openPage, screenshots, signedInAt, stopAdmin, titled } from "./admin-browser";
import type { BootedStack } from "./stack";

/**
 * Settings › Stripe, Failed payments and Audit log on the real stack, as the demo owner uses them
 * in a new organisation: connect Stripe through the emulator's hosted onboarding (leave it half
 * way, continue, complete) and see it enabled, open the Express dashboard, change the payout
 * schedule; save the failed-payment settings, see them kept, and a bad value refused under its
 * field; find all of it in the audit log. A viewer sees no Save and the API refuses a forced one.
 * Screenshots land in test-results/admin/.
 */
let stack: BootedStack;
let browser: Browser;
let auth: string;

before(async () => ({ stack, browser, auth } = await bootAdmin()));
after(() => stopAdmin({ stack, browser }));

/** Calls the API as a person (their access token, in `org`, test mode). */
async function asPerson(token: string, org: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${stack.api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "BillingOS-Organization": org, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe("admin: settings › Stripe, Failed payments, Audit log", () => {
  const errors: string[] = [];
  let context: BrowserContext;
  let page: Page;
  let org: string;
  const testAccount = () => page.locator('billing-admin-stripe-account[mode="test"]');
  const payouts = () => testAccount().locator("billing-admin-payout-schedule");

  it("signs in as the demo owner and creates an organisation with no Stripe account yet", async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await openPage(context, errors);
    await signedInAt(page, stack.api, auth, "demo@acme.test", "/admin/organizations/new");
    await page.getByLabel("Organization name").fill("Settings E2E");
    await page.getByRole("button", { name: "Create organization" }).click();
    await titled(page, "Home · Settings E2E · BillingOS");
    org = (await page.evaluate("localStorage.getItem('billingos.admin.org')")) as string;
    assert.match(org, /^org_/);
    await page.goto(`${stack.api}/admin/settings/stripe`);
    await titled(page, "Stripe · Settings E2E · BillingOS");
    await testAccount().getByText("Not connected").waitFor();
    // Live mode has its own account (the emulator serves both modes): not connected either.
    await page.locator('billing-admin-stripe-account[mode="live"]').getByText("Not connected").waitFor();
  });

  it("connects through the emulator's onboarding: left half way it shows what is due, continued and completed it is enabled", async () => {
    await testAccount().getByRole("button", { name: "Connect Stripe" }).click();
    await page.waitForURL(/\/_emulator\/connect\/onboarding\//);
    await page.getByText("Still required").waitFor();
    // Back without finishing: the page reads the account fresh from Stripe.
    await page.goto(`${stack.api}/admin/settings/stripe`);
    await testAccount().getByText("Onboarding incomplete").waitFor();
    await testAccount().getByText("Bank account for payouts").waitFor();
    await testAccount().getByRole("button", { name: "Continue onboarding" }).click();
    await page.waitForURL(/\/_emulator\/connect\/onboarding\//);
    await page.locator("#complete-onboarding").click();
    await page.waitForURL((url) => url.pathname === "/admin/settings/stripe" && !url.searchParams.has("onboarding"));
    await page.getByText("Back from Stripe.").waitFor();
    await testAccount().getByText("Charges and payouts enabled").waitFor();
    assert.equal(await testAccount().getByRole("button", { name: "Continue onboarding" }).count(), 0);
    const address = Object.fromEntries(new URL(page.url()).searchParams);
    assert.deepEqual(Object.keys(address).sort(), ["mode", "org"], "the return marker leaves the address; the scope stays");
    assert.equal(address.mode, "test");
  });

  it("opens the Express dashboard in a new tab", async () => {
    const [dashboard] = await Promise.all([
      context.waitForEvent("page"),
      testAccount().getByRole("button", { name: "Open Express dashboard" }).click(),
    ]);
    await dashboard.waitForURL(/\/_emulator\/connect\/dashboard\//);
    await dashboard.getByRole("heading", { name: "Express dashboard" }).waitFor();
    assert.match((await dashboard.locator("table").first().textContent()) ?? "", /Charges enabled\s*yes/);
    await dashboard.close();
  });

  it("changes the payout schedule, refuses a bad delay under its field, and keeps the saved one", async () => {
    await payouts().getByLabel("Pay out").selectOption("weekly");
    await payouts().getByLabel("On", { exact: true }).selectOption("friday");
    await payouts().getByLabel("Delay (days)").fill("5");
    await payouts().getByRole("button", { name: "Save payout schedule" }).click();
    await payouts().getByText("Payout schedule saved.").waitFor();
    await payouts().getByLabel("Delay (days)").fill("1");
    await payouts().getByRole("button", { name: "Save payout schedule" }).click();
    await payouts()
      .getByText(/Invalid delay_days/)
      .waitFor();
    assert.equal(await payouts().getByLabel("Delay (days)").getAttribute("aria-invalid"), "true");
    await page.reload();
    await testAccount().getByText("Charges and payouts enabled").waitFor();
    assert.equal(await payouts().getByLabel("Pay out").inputValue(), "weekly");
    assert.equal(await payouts().getByLabel("On", { exact: true }).inputValue(), "friday");
    assert.equal(await payouts().getByLabel("Delay (days)").inputValue(), "5");
    await screenshots(page, "settings-stripe");
  });

  it("saves the failed-payment settings, keeps them on reload, and shows a bad value's error under its field", async () => {
    await page.getByRole("link", { name: "Failed payments" }).click();
    await titled(page, "Failed payments · Settings E2E · BillingOS");
    const grace = page.getByLabel("Grace period (days)");
    assert.equal(await grace.inputValue(), "7", "the defaults until changed");
    await grace.fill("14");
    await page.getByLabel(/Mark it unpaid/).check();
    await page.getByLabel("Update-payment page").fill("https://settings-e2e.test/billing");
    await page.getByLabel("Paused subscriptions keep access").check();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved.").waitFor();
    await page.reload();
    await titled(page, "Failed payments · Settings E2E · BillingOS");
    assert.equal(await page.getByLabel("Grace period (days)").inputValue(), "14");
    assert.equal(await page.getByLabel(/Mark it unpaid/).isChecked(), true);
    assert.equal(await page.getByLabel("Update-payment page").inputValue(), "https://settings-e2e.test/billing");
    assert.equal(await page.getByLabel("Paused subscriptions keep access").isChecked(), true);
    await screenshots(page, "settings-failed-payments");

    await page.getByLabel("Grace period (days)").fill("90");
    await page.getByRole("button", { name: "Save" }).click();
    const error = page.locator("#field-grace_period_days-error");
    await error.waitFor();
    assert.match((await error.textContent()) ?? "", /grace_period_days/);
    assert.equal(await page.getByText("Saved.").count(), 0);
    const stored = (await (await asPerson(await accessToken(page), org, "GET", "/v1/billing_settings")).json()) as {
      grace_period_days: number;
    };
    assert.equal(stored.grace_period_days, 14, "the refused value was not written");
  });

  it("lists those changes in the audit log, by who made them, with the filter kept in the address", async () => {
    await page.goto(`${stack.api}/admin/settings/audit-log`);
    await titled(page, "Audit log · Settings E2E · BillingOS");
    const table = page.locator("billing-admin-table");
    await table.getByText("Billing settings updated").first().waitFor();
    await table.getByText("Stripe account payout schedule changed").first().waitFor();
    await table.getByText("Stripe account created").waitFor();
    // Who, by the member's name; what the change changed.
    assert.equal(await table.getByText("Demo Owner").count(), 4);
    await table
      .getByText(/grace_period_days\s*: 7 → 14/)
      .first()
      .waitFor();
    await screenshots(page, "settings-audit-log");
    await page.getByLabel("Action").fill("billing_settings.updated");
    await page.getByLabel("Action").press("Enter");
    await page.waitForURL(/action=billing_settings.updated/);
    await table.getByText("Stripe account created").waitFor({ state: "detached" });
    await page.reload();
    await table.getByText("Billing settings updated").first().waitFor();
    assert.equal(await page.getByLabel("Action").inputValue(), "billing_settings.updated");
    assert.equal(await table.getByText("Stripe account created").count(), 0);
    await table.getByRole("link", { name: org }).first().click();
    await titled(page, "Failed payments · Settings E2E · BillingOS");
  });

  it("shows a viewer the settings with no write action, and the API refuses a forced save", async () => {
    const invited = await asPerson(await accessToken(page), org, "POST", "/v1/invitations", {
      email: "viewer@settings.test",
      role: "viewer",
    });
    assert.equal(invited.status, 201, await invited.clone().text());
    const viewer = await joinAsInvited(browser, auth, "viewer@settings.test", errors);
    await viewer.goto(`${stack.api}/admin/settings/failed-payments`);
    await titled(viewer, "Failed payments · Settings E2E · BillingOS");
    assert.equal(await viewer.getByLabel("Grace period (days)").inputValue(), "14");
    assert.equal(await viewer.getByLabel("Grace period (days)").isDisabled(), true);
    assert.equal(await viewer.getByRole("button", { name: "Save" }).count(), 0);
    await viewer.goto(`${stack.api}/admin/settings/stripe`);
    const account: Locator = viewer.locator('billing-admin-stripe-account[mode="test"]');
    await account.getByText("Charges and payouts enabled").waitFor();
    assert.equal(await account.getByRole("button").count(), 0, "no Connect, dashboard or Save for a viewer");
    await viewer.getByRole("link", { name: "Audit log" }).click();
    await viewer.locator("billing-admin-table").getByText("Billing settings updated").first().waitFor();

    const forced = await asPerson(await accessToken(viewer), org, "POST", "/v1/billing_settings", { grace_period_days: 0 });
    assert.equal(forced.status, 403);
    assert.equal(((await forced.json()) as { error: { code: string } }).error.code, "insufficient_permissions");
    const stored = (await (await asPerson(await accessToken(page), org, "GET", "/v1/billing_settings")).json()) as {
      grace_period_days: number;
    };
    assert.equal(stored.grace_period_days, 14);
    await viewer.context().close();
  });

  it("logged no error but the ones provoked on purpose", async () => {
    await context?.close();
    const provoked = [
      /^404 GET .*\/v1\/connect\/account$/, // not connected yet
      /^400 POST .*\/v1\/connect\/payout_schedule$/, // the bad delay
      /^400 POST .*\/v1\/billing_settings$/, // the bad grace period
    ];
    assert.deepEqual(
      errors.filter((error) => !provoked.some((pattern) => pattern.test(error))),
      [],
    );
  });
});
