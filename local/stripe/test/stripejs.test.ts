import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type Stripe from "stripe";
import { launchChromium } from "../../e2e/browser";
import { billingFixture, latestInvoice } from "./billing-helpers";
import { emulatorOnly, stripeClient, type Target } from "./client";
import { startMerchantPage } from "./merchant-page";

describe("stripe emulator: Stripe.js stand-in in a real browser", emulatorOnly, () => {
  let target: Target;
  let stripe: Stripe;
  let browser: Browser;
  let merchant: Awaited<ReturnType<typeof startMerchantPage>>;
  const cspViolations: string[] = [];
  before(async () => {
    target = await stripeClient();
    stripe = target.stripe;
    merchant = await startMerchantPage(String(target.url));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await merchant?.close();
    await target?.close();
  });

  async function open(config: Record<string, string>): Promise<Page> {
    merchant.configure({ publishableKey: "pk_test_emulator", ...config });
    const page = await browser.newPage();
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
    });
    await page.goto(merchant.url);
    await page.waitForSelector("body[data-ready=true]");
    return page;
  }

  /** Waits until the merchant page shows a result that satisfies `done` (fails after 10 s). */
  async function result(page: Page, done: (text: string) => boolean): Promise<string> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const text = (await page.textContent("#result")) ?? "";
      if (done(text)) return text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`merchant page result: ${await page.textContent("#result")}`);
  }

  async function typeCard(page: Page, number: string) {
    const frame = page.frameLocator("iframe[name^=__privateStripeFrame]");
    await frame.locator("#card-number").fill(number);
    await frame.locator("#card-expiry").fill("12 / 34");
    await frame.locator("#card-cvc").fill("123");
  }

  it("pays a subscription's first invoice with 3-D Secure through the Payment Element", async () => {
    const { customer, basic } = await billingFixture(stripe, { card: "none" });
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: basic.id }],
      payment_behavior: "default_incomplete",
      payment_settings: { save_default_payment_method: "on_subscription" },
      expand: ["latest_invoice.confirmation_secret"],
    });
    const secret = (subscription.latest_invoice as Stripe.Invoice).confirmation_secret?.client_secret ?? "";
    const page = await open({ clientSecret: secret });
    await typeCard(page, "4000 0027 6000 3184");
    await page.click("#pay");
    await page.frameLocator("iframe[name=stripe-challenge]").locator("button[data-outcome=complete]").click();
    await result(page, (text) => text === "succeeded");
    assert.equal(await page.locator("[data-stripe-challenge]").count(), 0);
    assert.equal((await stripe.subscriptions.retrieve(subscription.id)).status, "active");
    assert.equal((await latestInvoice(stripe, subscription.id)).status, "paid");
    assert.deepEqual(cspViolations, []);
    await page.close();
  });

  it("shows a failed 3-D Secure challenge and a declined card as errors", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1_500, currency: "usd" });
    const page = await open({ clientSecret: String(intent.client_secret) });
    await typeCard(page, "4000002760003184");
    await page.click("#pay");
    await page.frameLocator("iframe[name=stripe-challenge]").locator("button[data-outcome=fail]").click();
    assert.equal(await result(page, (text) => text.startsWith("error:")), "error:payment_intent_authentication_failure");
    await typeCard(page, "4000000000000002");
    await page.click("#pay");
    assert.equal(await result(page, (text) => text !== "error:payment_intent_authentication_failure"), "error:generic_decline");
    assert.equal((await stripe.paymentIntents.retrieve(intent.id)).status, "requires_payment_method");
    await page.close();
  });

  it("sets up a card for a trial with confirmSetup", async () => {
    const customer = await stripe.customers.create({ email: "trial@example.com" });
    const setup = await stripe.setupIntents.create({ customer: customer.id, usage: "off_session" });
    const page = await open({ clientSecret: String(setup.client_secret) });
    await typeCard(page, "4242424242424242");
    await page.click("#pay");
    await result(page, (text) => text === "succeeded");
    const methods = await stripe.paymentMethods.list({ customer: customer.id, type: "card" });
    assert.equal(methods.data[0]?.card?.last4, "4242");
    await page.close();
  });

  it("refuses to mount inside a shadow root or on a detached node with an IntegrationError", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1_000, currency: "usd" });
    const page = await open({ clientSecret: String(intent.client_secret) });
    await page.click("#shadow");
    assert.match(String(await page.textContent("#result")), /^IntegrationError:.*ShadowRoot/);
    await page.click("#detached");
    assert.match(String(await page.textContent("#result")), /^IntegrationError:.*not attached/);
    await page.close();
  });
});
