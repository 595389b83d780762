import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { pay, typeCard } from "./acme-notes";
import { accessToken, bootAdmin, joinAsInvited, openPage, requestJson, screenshots, signedInAt, stopAdmin } from "./admin-browser";
import { type DemoKeys, makeDemoReadyToSell } from "./ready-to-sell";
import type { BootedStack } from "./stack";
import { payWithCard } from "./subscribe";

/**
 * Settings › Billing on the real stack: BillingOS bills the demo merchant with BillingOS. The
 * merchant pays the transaction fee on Standard, subscribes to Growth in the admin (BillingOS's own
 * pricing table and checkout, test card 4242 in the Stripe emulator's Payment Element), sees the tier
 * change when the platform's webhook lands, then pays no fee on its next sale; its portal shows the
 * platform's invoice. A viewer sees the tier only, and the API refuses them a session.
 */
let stack: BootedStack;
let browser: Browser;
let keys: DemoKeys;
let auth: string;
let price: string;
const ORG = "org_demoAcmeCloud";
const OWNER = "demo@acme.test";

/** The API as the demo merchant's secret key, or with `headers`. */
const api = <T>(path: string, body?: unknown, headers: Record<string, string> = { Authorization: `Bearer ${keys.secret}` }) =>
  requestJson<T>(stack.api, path, headers, body);

/** Polls `read` until `done` (webhooks settle the mirror a moment after the API answers). */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`never: ${what}`);
}

interface LedgerEntry {
  invoice: string | null;
  gross: number;
  fee: number;
}

/** A new customer of the demo merchant pays a $10.00 monthly subscription: resolves the fee ledger's entry for its invoice. */
async function sale(email: string): Promise<LedgerEntry> {
  const customer = (await api<{ id: string }>("/v1/customers", { email })).id;
  await payWithCard(stack, keys.secret, customer, price);
  const invoices = await eventually(
    () => api<{ data: Array<{ id: string; status: string }> }>(`/v1/invoices?customer=${customer}`),
    (list) => list.data.some((invoice) => invoice.status === "paid"),
    `a paid invoice for ${email}`,
  );
  const paid = invoices.data.find((invoice) => invoice.status === "paid")?.id;
  const ledger = await eventually(
    () => api<{ data: LedgerEntry[] }>("/v1/fees/ledger"),
    (list) => list.data.some((entry) => entry.invoice === paid),
    `the fee ledger has ${paid}`,
  );
  return ledger.data.find((entry) => entry.invoice === paid) as LedgerEntry;
}

before(async () => {
  ({ stack, browser, auth } = await bootAdmin());
  keys = await makeDemoReadyToSell(stack);
  const product = await api<{ id: string }>("/v1/products", { name: "Fee Check" });
  price = (
    await api<{ id: string }>("/v1/prices", { product: product.id, currency: "usd", unit_amount: 1000, recurring: { interval: "month" } })
  ).id;
  await api("/v1/catalogue/sync", {});
});
after(() => stopAdmin({ stack, browser }));

describe("Settings › Billing: the merchant's own BillingOS plan", () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const billing = () => page.locator("billing-admin-billing");
  const tier = () => billing().locator("#plan-heading");
  const ledgerFee = (amount: string) => page.locator("billing-admin-table").getByRole("cell", { name: amount, exact: true });

  it("on Fees, a paid invoice on Standard carries BillingOS's fee", async () => {
    const entry = await sale("before-plan@e2e.test");
    assert.equal(entry.fee, 35, "0.5 % of $10.00 + 30 ¢");
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await openPage(context, errors);
    await signedInAt(page, stack.api, auth, OWNER, "/admin/fees");
    await page.getByRole("heading", { name: "Fees", level: 1 }).waitFor({ timeout: 15_000 });
    await ledgerFee("$0.35").first().waitFor({ timeout: 15_000 });
  });

  it("subscribes to Growth with 4242 in Settings › Billing and sees the tier change", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Billing" }).click();
    await page.getByRole("heading", { name: "Billing", level: 1 }).waitFor({ timeout: 15_000 });
    assert.equal(await tier().textContent(), "Standard");
    await billing().getByText("BillingOS takes 0.5% + $0.30 of each payment in USD").waitFor();
    const growth = billing().locator("billing-pricing-table").getByRole("article", { name: "Growth" });
    await growth.waitFor({ timeout: 15_000 });
    await screenshots(page, "settings-billing");
    await growth.getByRole("button").click();
    await page.locator("billing-checkout").getByRole("button", { name: /^Pay / }).waitFor({ timeout: 15_000 });
    await typeCard(page, "4242 4242 4242 4242");
    await pay(page);
    await page.locator("billing-checkout").waitFor({ state: "detached", timeout: 15_000 });
    await tier().getByText("Growth", { exact: true }).waitFor({ timeout: 30_000 });
    await billing().locator("section.plan").getByText("No transaction fee", { exact: true }).waitFor();
    await billing().locator("billing-pricing-table").getByRole("article", { name: "Growth" }).getByText("Current plan").first().waitFor({
      timeout: 15_000,
    });
    const org = await api<{ billing_tier: string; transaction_fee: { basis_points: number } }>(`/v1/organizations/${ORG}`);
    assert.equal(org.billing_tier, "growth");
    assert.equal(org.transaction_fee.basis_points, 0);
    await screenshots(page, "settings-billing-subscribed");
  });

  it("opens the portal and sees BillingOS's invoice for the plan", async () => {
    const portal = billing().locator("billing-portal");
    await portal.locator("[part~=invoice]").filter({ hasText: "$99.00" }).first().waitFor({ timeout: 15_000 });
    await portal
      .locator("[part~=subscription]")
      .getByText(/^Renews on /)
      .waitFor({ timeout: 15_000 });
    assert.equal(
      await portal.getByText("Awaiting the first payment").count(),
      0,
      "the portal shows the subscription as the webhook left it",
    );
    await portal.getByText("Visa •••• 4242").waitFor();
  });

  it("a new customer payment then yields fee 0, on Fees and in GET /v1/fees/ledger", async () => {
    const entry = await sale("after-plan@e2e.test");
    assert.deepEqual([entry.gross, entry.fee], [1000, 0]);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Fees" }).click();
    await page.getByRole("heading", { name: "Fees", level: 1 }).waitFor({ timeout: 15_000 });
    await ledgerFee("$0.00").first().waitFor({ timeout: 15_000 });
  });

  it("shows a viewer the tier only, and the API refuses them a billing session", async () => {
    await api(
      "/v1/invitations",
      { email: "viewer@billing.test", role: "viewer" },
      { Authorization: `Bearer ${await accessToken(page)}`, "BillingOS-Organization": ORG },
    );
    const viewer = await joinAsInvited(browser, auth, "viewer@billing.test", errors);
    await viewer.goto(`${stack.api}/admin/settings/billing`);
    const shown = viewer.locator("billing-admin-billing");
    await shown.locator("#plan-heading").getByText("Growth", { exact: true }).waitFor({ timeout: 15_000 });
    await shown.getByText("Only owners and admins can change the BillingOS plan.").waitFor();
    assert.equal(await shown.locator("billing-pricing-table, billing-portal, billing-provider").count(), 0);
    assert.equal(await shown.getByRole("button").count(), 0);
    const forced = await fetch(`${stack.api}/v1/organization/billing_session`, {
      method: "POST",
      headers: { Authorization: `Bearer ${await accessToken(viewer)}`, "BillingOS-Organization": ORG, "content-type": "application/json" },
      body: "{}",
    });
    assert.equal(forced.status, 403);
    assert.equal(((await forced.json()) as { error: { code: string } }).error.code, "insufficient_permissions");
    await viewer.context().close();
  });

  it("logged no page error", async () => {
    await context?.close();
    assert.deepEqual(errors, []);
  });
});
