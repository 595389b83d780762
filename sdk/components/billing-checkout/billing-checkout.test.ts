import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import type { CheckoutCompleteDetail, CheckoutErrorDetail } from "../../events/checkout-events";
import { mountCheckout, part, paymentReady, SESSION_TOKEN, typeCard } from "../../fixtures/checkout-fixture";
import {
  apiError,
  checkoutSession,
  emulatorIntent,
  fakeCheckoutApi,
  json,
  loadStripeStandIn,
  pricing,
} from "../../fixtures/fake-checkout-api";
import "./define";

before(loadStripeStandIn);

const sessionAnswer = async (overrides = {}) => json(201, checkoutSession(await emulatorIntent("payment_intent"), overrides));

describe("<billing-checkout>", () => {
  it("is accessible with the summary, promotion code and Payment Element shown", async () => {
    const checkout = await mountCheckout(fakeCheckoutApi(() => sessionAnswer()));
    await paymentReady(checkout);
    await expect(checkout).to.be.accessible();
  });

  it("summarises what the card is charged today and when it renews", async () => {
    const checkout = await mountCheckout(
      fakeCheckoutApi(() =>
        sessionAnswer({
          promotion_code: "SPRING25",
          summary: {
            line_items: [{ description: "Pro", quantity: 3, unit_amount: 2900, amount: 8700 }],
            subtotal: 8700,
            discount: 2175,
            total_due_now: 6525,
            recurring: { amount: 8700, interval: "month", interval_count: 1 },
            trial_end: null,
          },
        }),
      ),
    );
    await paymentReady(checkout);
    const summary = part(checkout, "[part=summary]")?.textContent?.replace(/\s+/g, " ") ?? "";
    expect(summary).to.contain("Pro × 3").and.contain("$87.00");
    expect(summary).to.contain("Discount (SPRING25)").and.contain("−$21.75");
    expect(part(checkout, "[part=total]")?.textContent).to.contain("$65.25");
    expect(part(checkout, "[part=terms]")?.textContent).to.contain("Renews at $87.00 per month on Feb 1, 2026");
    expect(part(checkout, "button.pay")?.textContent).to.contain("Pay $65.25");
  });

  it("shows the trial's end and the first charge after it for a trial with a card", async () => {
    const intent = await emulatorIntent("setup_intent");
    const checkout = await mountCheckout(
      fakeCheckoutApi(() =>
        json(
          201,
          checkoutSession(intent, {
            summary: {
              line_items: [{ description: "Pro", quantity: 1, unit_amount: 0, amount: 0 }],
              subtotal: 0,
              discount: 0,
              total_due_now: 0,
              recurring: { amount: 2900, interval: "year", interval_count: 1 },
              trial_end: 1_768_435_200, // 2026-01-15
            },
          }),
        ),
      ),
    );
    await paymentReady(checkout);
    const terms = part(checkout, "[part=terms]")?.textContent?.replace(/\s+/g, " ") ?? "";
    expect(terms).to.contain("Free trial until Jan 15, 2026").and.contain("Then $29.00 per year, from Jan 15, 2026");
    expect(part(checkout, "button.pay")?.textContent).to.contain("Save card and start trial");
  });

  it("pays with 4242 in the Payment Element and announces billing-checkout-complete", async () => {
    const checkout = await mountCheckout(fakeCheckoutApi(() => sessionAnswer()));
    const pay = await paymentReady(checkout);
    typeCard(checkout, "4242 4242 4242 4242");
    const completed = oneEvent(checkout, "billing-checkout-complete");
    pay.click();
    const { detail } = (await completed) as CustomEvent<CheckoutCompleteDetail>;
    expect(detail).to.include({ checkoutSession: "cs_test_1", subscription: "sub_1", price: "price_pro_monthly", quantity: 1 });
    expect(detail.paymentIntent).to.match(/^pi_/);
    await waitUntil(() => part(checkout, "[part=complete]"));
    expect(part(checkout, "[part=complete]")?.textContent).to.contain("You're all set");
    await expect(checkout).to.be.accessible();
  });

  it("explains a declined card, and the customer pays with another card on the same session", async () => {
    const api = fakeCheckoutApi(() => sessionAnswer());
    const checkout = await mountCheckout(api);
    const pay = await paymentReady(checkout);
    typeCard(checkout, "4000 0000 0000 0002");
    const failed = oneEvent(checkout, "billing-checkout-error");
    pay.click();
    const { detail } = (await failed) as CustomEvent<CheckoutErrorDetail>;
    expect(detail.code).to.equal("generic_decline");
    await waitUntil(() => part(checkout, "[role=alert]")?.textContent?.trim());
    expect(part(checkout, ".payment [role=alert]")?.textContent).to.match(/declined/i);
    expect(pay.disabled).to.equal(false);
    await expect(checkout).to.be.accessible();
    typeCard(checkout, "4242 4242 4242 4242");
    const completed = oneEvent(checkout, "billing-checkout-complete");
    pay.click();
    await completed;
    expect(api.creates).to.have.length(1, "the retry confirms the same session");
  });

  it("passes the page's theme to Stripe's Payment Element (appearance)", async () => {
    const checkout = await mountCheckout(fakeCheckoutApi(() => sessionAnswer()));
    checkout.parentElement?.style.setProperty("--billing-color-accent", "#e11d48");
    checkout.parentElement?.style.setProperty("--billing-radius-control", "3px");
    checkout.price = "price_pro_yearly"; // a new purchase mounts a new Payment Element, with the new theme
    await waitUntil(() => checkout.querySelector("iframe")?.src.includes("e11d48"), "the frame never got the accent");
    const appearance = JSON.parse(new URL(checkout.querySelector("iframe")?.src ?? "").searchParams.get("appearance") ?? "{}");
    expect(appearance).to.include({ colorPrimary: "#e11d48", borderRadius: "3px" });
  });

  it("starts another purchase, with another Idempotency-Key, when the quantity changes", async () => {
    const api = fakeCheckoutApi((body) => sessionAnswer({ quantity: body.quantity as number }));
    const checkout = await mountCheckout(api);
    await paymentReady(checkout);
    checkout.quantity = 3;
    await waitUntil(() => api.creates.length === 2);
    await paymentReady(checkout);
    expect(api.creates.map((create) => create.body.quantity)).to.deep.equal([1, 3]);
    expect(api.creates[0]?.key).to.not.equal(api.creates[1]?.key);
    expect(checkout.querySelectorAll("iframe")).to.have.length(1, "the old Payment Element is gone");
  });

  it("starts nothing once removed from the page (e.g. its dialog closed after paying)", async () => {
    const api = fakeCheckoutApi(() => sessionAnswer());
    const checkout = await mountCheckout(api);
    const pay = await paymentReady(checkout);
    typeCard(checkout, "4242 4242 4242 4242");
    const completed = oneEvent(checkout, "billing-checkout-complete");
    pay.click();
    await completed;
    checkout.remove();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(api.creates).to.have.length(1);
  });

  it("a double click makes one session and one confirmation", async () => {
    const api = fakeCheckoutApi(() => sessionAnswer());
    const checkout = await mountCheckout(api);
    const pay = await paymentReady(checkout);
    typeCard(checkout, "4242 4242 4242 4242");
    const before = (await (await fetch("/__stripe/requests")).json()) as Array<{ path: string }>;
    const completed = oneEvent(checkout, "billing-checkout-complete");
    pay.click();
    pay.click();
    await completed;
    const after = (await (await fetch("/__stripe/requests")).json()) as Array<{ path: string }>;
    const confirms = after.slice(before.length).filter((request) => request.path.endsWith("/confirm"));
    expect(confirms).to.have.length(1);
    expect(api.creates).to.have.length(1);
  });

  it("retries a lost connection with the same Idempotency-Key, so the API can never make two sessions", async () => {
    const api = fakeCheckoutApi((_, call) => {
      if (call === 1) throw new TypeError("Failed to fetch");
      return sessionAnswer();
    });
    const checkout = await mountCheckout(api);
    await waitUntil(() => part(checkout, "[part=error]"));
    expect(part(checkout, "[part=error]")?.textContent).to.contain("couldn't reach the billing service");
    await expect(checkout).to.be.accessible();
    (part(checkout, "[part=error] button") as HTMLButtonElement).click();
    await paymentReady(checkout);
    expect(api.creates.map((create) => create.key)).to.have.length(2);
    expect(api.creates[0]?.key).to.be.a("string").and.equal(api.creates[1]?.key);
  });

  it("shows the API's refusal of a promotion code by the field and keeps the session", async () => {
    const api = fakeCheckoutApi((body) =>
      body.promotion_code
        ? apiError(400, "promotion_code_invalid", "The promotion code 'OLD10' has expired.", "promotion_code")
        : sessionAnswer(),
    );
    const checkout = await mountCheckout(api);
    await paymentReady(checkout);
    const input = part(checkout, "input[name=code]") as HTMLInputElement;
    input.value = "OLD10";
    (part(checkout, "[part=promotion] button") as HTMLButtonElement).click();
    await waitUntil(() => part(checkout, "#code-error")?.textContent);
    expect(part(checkout, "#code-error")?.textContent).to.equal("The promotion code 'OLD10' has expired.");
    expect(input.getAttribute("aria-invalid")).to.equal("true");
    expect(part(checkout, "button.pay")?.hasAttribute("disabled")).to.equal(false);
    expect(api.creates.map((create) => create.body.promotion_code)).to.deep.equal([undefined, "OLD10"]);
    expect(api.creates[0]?.key).to.not.equal(api.creates[1]?.key, "another purchase, another Idempotency-Key");
  });

  it("applies the promotion-code attribute from the start", async () => {
    const api = fakeCheckoutApi(() => sessionAnswer({ promotion_code: "SPRING25" }));
    const checkout = await mountCheckout(api, { promotionCode: "SPRING25", quantity: 2 });
    await paymentReady(checkout);
    expect(api.creates.map((create) => create.body)).to.deep.equal([
      { price: "price_pro_monthly", quantity: 2, promotion_code: "SPRING25" },
    ]);
    expect(part(checkout, "[part=promotion]")).to.equal(null, "no second code once one applies");
  });

  it("says when the customer already has the plan, without a retry button", async () => {
    const checkout = await mountCheckout(
      fakeCheckoutApi(() => apiError(409, "already_subscribed", "This customer already has a subscription to this product.", "price")),
    );
    await waitUntil(() => part(checkout, "[part=error]"));
    expect(part(checkout, "[part=error]")?.textContent).to.contain("You already have this plan");
    expect(part(checkout, "[part=error] button")).to.equal(null);
  });

  it("asks a visitor to sign in and creates nothing", async () => {
    const api = fakeCheckoutApi(() => sessionAnswer());
    const checkout = await mountCheckout(api, { signedIn: false });
    await waitUntil(() => part(checkout, "[part=error]"));
    expect(part(checkout, "[part=error]")?.textContent).to.contain("Sign in");
    expect(api.creates).to.have.length(0);
  });

  it("starts a trial without a card only when the customer clicks, never on page view", async () => {
    const api = fakeCheckoutApi(() => json(201, checkoutSession(null, { price: "price_trial_no_card", payment_intent: null })));
    const checkout = await mountCheckout(api, { price: "price_trial_no_card" });
    await waitUntil(() => part(checkout, "button.pay"));
    expect(api.creates).to.have.length(0);
    expect(part(checkout, "[part=terms]")?.textContent).to.contain("Free trial until");
    expect(checkout.querySelector("iframe")).to.equal(null, "no card is asked for");
    await expect(checkout).to.be.accessible();
    const completed = oneEvent(checkout, "billing-checkout-complete");
    (part(checkout, "button.pay") as HTMLButtonElement).click();
    const { detail } = (await completed) as CustomEvent<CheckoutCompleteDetail>;
    expect(detail).to.include({ subscription: "sub_1", paymentIntent: null });
    expect(api.creates.map((create) => create.body)).to.deep.equal([{ price: "price_trial_no_card", quantity: 1, currency: "usd" }]);
  });

  it("renders product names and Stripe's line descriptions as text, never as markup", async () => {
    const payload = `<img src=x onerror="window.__xss=1">`;
    const base = checkoutSession(null).summary;
    if (!base) throw new Error("the fixture has a summary");
    const line = { description: payload, quantity: 1, unit_amount: 2900, amount: 2900 };
    const answer = () => sessionAnswer({ summary: { ...base, line_items: [line] } });
    const named = { ...pricing, products: pricing.products.map((product) => ({ ...product, name: payload })) };
    for (const checkout of [
      await mountCheckout(fakeCheckoutApi(answer, named)),
      await mountCheckout(fakeCheckoutApi(answer), { price: "price_unlisted" }),
    ]) {
      await paymentReady(checkout);
      expect(part(checkout, "[part=line-item]")?.textContent).to.contain(payload);
      expect(checkout.shadowRoot?.querySelector("img")).to.equal(null);
    }
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it("names the plan from the pricing document rather than Stripe's invoice wording", async () => {
    const base = checkoutSession(null).summary;
    if (!base) throw new Error("the fixture has a summary");
    const line = { description: "1 × Pro (at $29.00 / month)", quantity: 1, unit_amount: 2900, amount: 2900 };
    const checkout = await mountCheckout(fakeCheckoutApi(() => sessionAnswer({ summary: { ...base, line_items: [line] } })));
    await paymentReady(checkout);
    expect(part(checkout, "[part=line-item]")?.textContent?.replace(/\s+/g, " ").trim()).to.equal("Pro Billed per month $29.00");
  });

  it("keeps the customer session out of URLs, storage and the console", async () => {
    const logged: string[] = [];
    const originals = { log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug };
    for (const name of Object.keys(originals) as Array<keyof typeof originals>)
      console[name] = (...args: unknown[]) => logged.push(args.map(String).join(" "));
    try {
      const api = fakeCheckoutApi(() => sessionAnswer());
      const checkout = await mountCheckout(api);
      const pay = await paymentReady(checkout);
      typeCard(checkout, "4242 4242 4242 4242");
      const completed = oneEvent(checkout, "billing-checkout-complete");
      pay.click();
      await completed;
      const sent = api.requests.filter((request) => request.headers.get("authorization") === `Bearer ${SESSION_TOKEN}`);
      expect(sent.length).to.be.greaterThan(0, "the session is used, in the Authorization header");
      for (const request of api.requests) expect(request.url).to.not.contain(SESSION_TOKEN);
      expect(location.href).to.not.contain(SESSION_TOKEN);
      expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie).to.not.contain(SESSION_TOKEN);
      expect(checkout.outerHTML + checkout.shadowRoot?.innerHTML).to.not.contain(SESSION_TOKEN);
      for (const frame of document.querySelectorAll("iframe")) expect(frame.src).to.not.contain(SESSION_TOKEN);
    } finally {
      Object.assign(console, originals);
    }
    expect(logged.join("\n")).to.not.contain(SESSION_TOKEN);
  });

  it("refuses clearly when placed inside another element's shadow root", async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: "open" });
    const checkout = document.createElement("billing-checkout");
    checkout.setAttribute("publishable-key", "pk_test_page");
    checkout.price = "price_pro_monthly";
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      root.append(checkout);
      await waitUntil(() => part(checkout, "[role=alert]"));
    } finally {
      console.error = original;
    }
    expect(part(checkout, "[role=alert]")?.textContent).to.contain("shadow root");
    expect(errors.join()).to.contain("light DOM");
  });
});
