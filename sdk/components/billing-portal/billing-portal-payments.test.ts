import { expect, oneEvent } from "@open-wc/testing";
import type { PortalActionDetail, PortalErrorDetail } from "../../events/portal-events";
import { emulatorIntent, loadStripeStandIn } from "../../fixtures/fake-checkout-api";
import { card, fakePortalApi, invoice, NOW, subscription } from "../../fixtures/fake-portal-api";
import { allInPortal, inPortal, mountPortal, press, tabTo, until, words } from "../../fixtures/portal-fixture";
import "./define";

before(loadStripeStandIn);

const buttonOf = (portal: HTMLElement, action: string) =>
  portal.shadowRoot?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`) ?? null;
const cardsShown = (portal: HTMLElement) =>
  until(() => inPortal(portal as never, "[part~=card], [part~=payment-methods] .empty"), "no cards", { timeout: 4000 });

/** Types a card into the Payment Element's frame (served same-origin through the test server). */
function typeCard(host: HTMLElement, number: string): void {
  const form = host.querySelector("iframe")?.contentDocument;
  if (!form) throw new Error("no Payment Element frame in the light DOM");
  for (const [id, value] of [
    ["card-number", number],
    ["card-expiry", "12 / 34"],
    ["card-cvc", "123"],
  ] as const) {
    const input = form.getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

describe("<billing-portal> payment methods", () => {
  it("lists brand, last four and expiry only, and is accessible", async () => {
    const api = fakePortalApi({
      cards: [card(), card({ id: "pm_mc", brand: "mastercard", last4: "4444", exp_month: 1, exp_year: 2020, default: false })],
    });
    const portal = await mountPortal(api, { sections: "payment-methods" });
    await cardsShown(portal);
    expect(words(inPortal(portal, "[data-card=pm_visa]")))
      .to.contain("Visa •••• 4242")
      .and.contain("Default")
      .and.contain("Expires 12/2034");
    expect(words(inPortal(portal, "[data-card=pm_mc]")))
      .to.contain("Mastercard •••• 4444")
      .and.contain("Expired");
    expect(buttonOf(portal, "default:pm_visa")).to.equal(null);
    await expect(portal).to.be.accessible();
  });

  it("adds a card through a SetupIntent and the Payment Element in a light-DOM slot", async () => {
    const intent = await emulatorIntent("setup_intent");
    const api = fakePortalApi({ setupIntent: { client_secret: intent.client_secret, account: intent.account } });
    const portal = await mountPortal(api, { sections: "payment-methods" });
    await cardsShown(portal);
    buttonOf(portal, "add-card")?.click();
    await until(() => buttonOf(portal, "save-card") && !buttonOf(portal, "save-card")?.disabled, "the Payment Element never became ready", {
      timeout: 5000,
    });
    const frame = portal.querySelector("iframe");
    expect(frame?.closest("[slot=payment]")?.parentElement).to.equal(portal, "Stripe's frame lives in the portal's light DOM");
    await expect(portal).to.be.accessible();
    typeCard(portal, "4000 0000 0000 0002");
    const failed = oneEvent(portal, "billing-portal-error");
    buttonOf(portal, "save-card")?.click();
    expect(((await failed) as CustomEvent<PortalErrorDetail>).detail.action).to.equal("payment_method_add");
    await until(() => words(inPortal(portal, ".dialog-form [role=alert]")));
    expect(words(inPortal(portal, ".dialog-form [role=alert]"))).to.match(/^Payment declined: .*declined/i);
    api.state.cards = [...api.state.cards, card({ id: "pm_new", brand: "mastercard", last4: "4444", default: false })];
    typeCard(portal, "5555 5555 5555 4444");
    const added = oneEvent(portal, "billing-portal-action");
    buttonOf(portal, "save-card")?.click();
    const { detail } = (await added) as CustomEvent<PortalActionDetail>;
    expect(detail.action).to.equal("payment_method_add");
    await until(() => inPortal(portal, "[data-card=pm_new]"));
    expect(words(inPortal(portal, "[part=notice]"))).to.equal("Your card was added.");
    expect(portal.querySelector("iframe")).to.equal(null, "the Payment Element is gone with the dialog");
    const requests = (await (await fetch("/__stripe/requests")).json()) as Array<{ path: string }>;
    expect(requests.some((request) => request.path.includes(`${intent.id}/confirm`))).to.equal(true);
  });

  it("makes the first card of a customer without any the default, as the API then answers", async () => {
    const intent = await emulatorIntent("setup_intent");
    const api = fakePortalApi({ cards: [], setupIntent: { client_secret: intent.client_secret, account: intent.account } });
    const portal = await mountPortal(api, { sections: "payment-methods" });
    await cardsShown(portal);
    buttonOf(portal, "add-card")?.click();
    await until(() => buttonOf(portal, "save-card") && !buttonOf(portal, "save-card")?.disabled, "the Payment Element never became ready", {
      timeout: 5000,
    });
    // Stripe attaches the card; nothing makes it the default by itself.
    api.state.cards = [card({ id: "pm_first", default: false })];
    typeCard(portal, "4242 4242 4242 4242");
    buttonOf(portal, "save-card")?.click();
    await until(() => words(inPortal(portal, "[data-card=pm_first]")).includes("Default"), "the first card is not the default");
    expect(api.calls.filter((call) => call.path.endsWith("/default")).map((call) => call.path)).to.deep.equal([
      "/v1/customers/cus_1/payment_methods/pm_first/default",
    ]);
    expect(words(inPortal(portal, "[part=notice]"))).to.equal("Your card was added.");
  });

  it("adds a second card without changing the default", async () => {
    const intent = await emulatorIntent("setup_intent");
    const api = fakePortalApi({ setupIntent: { client_secret: intent.client_secret, account: intent.account } });
    const portal = await mountPortal(api, { sections: "payment-methods" });
    await cardsShown(portal);
    buttonOf(portal, "add-card")?.click();
    await until(() => buttonOf(portal, "save-card") && !buttonOf(portal, "save-card")?.disabled, "the Payment Element never became ready", {
      timeout: 5000,
    });
    api.state.cards = [...api.state.cards, card({ id: "pm_second", brand: "mastercard", last4: "4444", default: false })];
    typeCard(portal, "5555 5555 5555 4444");
    buttonOf(portal, "save-card")?.click();
    await until(() => inPortal(portal, "[data-card=pm_second]"));
    expect(api.calls.some((call) => call.path.endsWith("/default"))).to.equal(false);
    expect(words(inPortal(portal, "[data-card=pm_second]"))).to.not.contain("Default");
  });

  it("makes a card the default with what the API answered", async () => {
    const api = fakePortalApi({ cards: [card(), card({ id: "pm_mc", brand: "mastercard", last4: "4444", default: false })] });
    const portal = await mountPortal(api, { sections: "payment-methods" });
    await cardsShown(portal);
    buttonOf(portal, "default:pm_mc")?.click();
    await until(() => words(inPortal(portal, "[data-card=pm_mc]")).includes("Default"));
    expect(words(inPortal(portal, "[part=notice]"))).to.equal("Mastercard •••• 4444 is now your default payment method.");
    expect(api.calls.find((call) => call.method === "POST")?.path).to.equal("/v1/customers/cus_1/payment_methods/pm_mc/default");
  });

  it("removes a card only after confirmation, with the keyboard", async () => {
    const api = fakePortalApi({ cards: [card(), card({ id: "pm_mc", brand: "mastercard", last4: "4444", default: false })] });
    const portal = await mountPortal(api, { sections: "payment-methods" });
    await cardsShown(portal);
    await tabTo(portal, '[data-action="remove:pm_mc"]');
    await press("Enter");
    await until(() => buttonOf(portal, "confirm-remove"));
    expect(words(inPortal(portal, ".dialog-form"))).to.contain("Remove Mastercard •••• 4444?");
    expect(api.calls.some((call) => call.method === "DELETE")).to.equal(false);
    await tabTo(portal, '[data-action="confirm-remove"]');
    await press("Enter");
    await until(() => !inPortal(portal, "[data-card=pm_mc]"));
    expect(api.calls.filter((call) => call.method === "DELETE").map((call) => call.path)).to.deep.equal([
      "/v1/customers/cus_1/payment_methods/pm_mc",
    ]);
    expect(words(inPortal(portal, "[part=notice]"))).to.equal("The card was removed.");
  });

  it("adds a card, makes it the default and retries a failed load, with the keyboard only", async () => {
    const intent = await emulatorIntent("setup_intent");
    const api = fakePortalApi({ setupIntent: { client_secret: intent.client_secret, account: intent.account } });
    const portal = await mountPortal(api, { sections: "payment-methods" });
    await cardsShown(portal);
    await tabTo(portal, '[data-action="add-card"]');
    await press("Enter");
    await until(() => buttonOf(portal, "save-card") && !buttonOf(portal, "save-card")?.disabled, "the Payment Element never became ready", {
      timeout: 5000,
    });
    api.state.cards = [...api.state.cards, card({ id: "pm_new", brand: "mastercard", last4: "4444", default: false })];
    // Typing happens inside Stripe's frame (its own keyboard support); the portal's buttons are reached with Tab.
    typeCard(portal, "5555 5555 5555 4444");
    await tabTo(portal, '[data-action="save-card"]');
    await press("Enter");
    await until(() => inPortal(portal, "[data-card=pm_new]"));
    await until(() => portal.shadowRoot?.activeElement?.matches('[data-action="add-card"]'), "focus is back on Add payment method");
    await tabTo(portal, '[data-action="default:pm_new"]');
    await press("Enter");
    await until(() => words(inPortal(portal, "[data-card=pm_new]")).includes("Default"));
    expect(api.calls.filter((call) => call.method === "POST").map((call) => call.path)).to.deep.equal([
      "/v1/customers/cus_1/setup_intents",
      "/v1/customers/cus_1/payment_methods/pm_new/default",
    ]);

    const broken = fakePortalApi({ fail: { "/payment_methods": [503, "service_unavailable", "down"] } });
    const failing = await mountPortal(broken, { sections: "payment-methods" });
    await until(() => inPortal(failing, "[part~=payment-methods] [role=alert]"));
    broken.state.fail = {};
    await tabTo(failing, "[part~=payment-methods] [role=alert] button");
    await press("Enter");
    await until(() => inPortal(failing, "[data-card=pm_visa]"), "the retry loaded the cards");
  });

  it("renders card brands, invoice statuses and decline messages from the API as text", async () => {
    const payload = `<img src=x onerror="window.__portalXss=1">`;
    const api = fakePortalApi({
      cards: [card(), card({ id: "pm_odd", brand: payload, last4: "0000", default: false })],
      invoices: [
        invoice({ id: "in_open", status: "open", amount_due: 4900, amount_paid: 0, created: NOW }),
        invoice({ id: "in_odd", status: payload as "paid" }),
      ],
      fail: { "/pay": [402, "card_declined", payload] },
    });
    const portal = await mountPortal(api, { sections: "payment-methods invoices" });
    await until(() => inPortal(portal, "[data-card=pm_odd]") && inPortal(portal, "[data-invoice=in_odd]"));
    expect(words(inPortal(portal, "[data-card=pm_odd]"))).to.contain(payload);
    expect(words(inPortal(portal, "[data-invoice=in_odd]"))).to.contain(payload);
    buttonOf(portal, "default:pm_odd")?.click();
    await until(() => words(inPortal(portal, "[part=notice]")).includes("default payment method"));
    expect(words(inPortal(portal, "[part=notice]"))).to.contain(payload);
    buttonOf(portal, "pay:in_open")?.click();
    await until(() => buttonOf(portal, "confirm-pay"));
    buttonOf(portal, "confirm-pay")?.click();
    await until(() => words(inPortal(portal, ".dialog-form [role=alert]")));
    expect(words(inPortal(portal, ".dialog-form [role=alert]"))).to.equal(`Payment declined: ${payload}`);
    expect(portal.shadowRoot?.querySelector("img")).to.equal(null);
    expect((window as { __portalXss?: number }).__portalXss).to.equal(undefined);
  });

  it("shows the empty and error states", async () => {
    const empty = await mountPortal(fakePortalApi({ cards: [] }), { sections: "payment-methods" });
    await cardsShown(empty);
    expect(words(inPortal(empty, "[part~=payment-methods] .empty"))).to.equal("No payment method on file.");
    const broken = await mountPortal(fakePortalApi({ fail: { "/payment_methods": [503, "service_unavailable", "down"] } }), {
      sections: "payment-methods",
    });
    await until(() => inPortal(broken, "[part~=payment-methods] [role=alert]"));
    expect(words(inPortal(broken, "[part~=payment-methods] [role=alert]"))).to.contain("Something went wrong (service_unavailable)");
  });
});

describe("<billing-portal> invoices", () => {
  const invoices = [
    invoice({ id: "in_open", status: "open", amount_due: 4900, amount_paid: 0, created: NOW }),
    invoice({ id: "in_paid", hosted_invoice_url: "javascript:alert(1)" }),
  ];

  it("lists invoices with hosted page and PDF links (https only), and is accessible", async () => {
    const portal = await mountPortal(fakePortalApi({ invoices }), { sections: "invoices" });
    await until(() => inPortal(portal, "[part~=invoice]"));
    const open = inPortal(portal, "[data-invoice=in_open]");
    expect(words(open)).to.contain("Jan 1, 2026").and.contain("$49.00").and.contain("Due");
    expect(open?.querySelector("a")?.getAttribute("href")).to.equal("https://invoice.stripe.test/i/in_1");
    expect(open?.querySelector("a")?.getAttribute("rel")).to.equal("noopener noreferrer");
    const paid = inPortal(portal, "[data-invoice=in_paid]");
    expect([...(paid?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"))).to.deep.equal([
      "https://invoice.stripe.test/i/in_1/pdf",
    ]);
    expect(buttonOf(portal, "pay:in_paid")).to.equal(null);
    await expect(portal).to.be.accessible();
  });

  it("pays an open invoice with another card; a decline is shown clearly and the invoice stays open", async () => {
    const api = fakePortalApi({
      invoices,
      cards: [card(), card({ id: "pm_mc", brand: "mastercard", last4: "4444", default: false })],
      subscriptions: [subscription({ status: "past_due", past_due_since: NOW - 86_400, access_ends_at: NOW + 6 * 86_400 })],
      fail: { "/pay": [402, "card_declined", "Your card was declined."] },
    });
    const portal = await mountPortal(api, { sections: "subscriptions invoices" });
    await until(() => buttonOf(portal, "pay:in_open"));
    buttonOf(portal, "pay:in_open")?.click();
    await until(() => buttonOf(portal, "confirm-pay"));
    expect((inPortal(portal, "input[name=method]:checked") as HTMLInputElement).value).to.equal(
      "pm_visa",
      "the default card is preselected",
    );
    const failed = oneEvent(portal, "billing-portal-error");
    buttonOf(portal, "confirm-pay")?.click();
    expect(((await failed) as CustomEvent<PortalErrorDetail>).detail).to.include({ action: "invoice_pay", code: "card_declined" });
    await until(() => words(inPortal(portal, ".dialog-form [role=alert]")));
    expect(words(inPortal(portal, ".dialog-form [role=alert]"))).to.equal("Payment declined: Your card was declined.");
    expect(words(inPortal(portal, "[data-invoice=in_open]"))).to.contain("Due");
    await expect(portal).to.be.accessible();
    api.state.fail = {};
    api.state.subscriptions = [subscription()];
    (allInPortal(portal, "input[name=method]")[1] as HTMLInputElement).click();
    await portal.updateComplete;
    const cardReads = () => api.calls.filter((call) => call.method === "GET" && call.path.endsWith("/payment_methods")).length;
    const readsBefore = cardReads();
    const paid = oneEvent(portal, "billing-portal-action");
    buttonOf(portal, "confirm-pay")?.click();
    expect(((await paid) as CustomEvent<PortalActionDetail>).detail.action).to.equal("invoice_pay");
    await until(() => cardReads() > readsBefore, "the cards are read again: the card that paid became the default");
    await until(() => words(inPortal(portal, "[data-invoice=in_open]")).includes("Paid"));
    expect(api.calls.filter((call) => call.path.endsWith("/pay")).map((call) => call.body)).to.deep.equal([
      { payment_method: "pm_visa" },
      { payment_method: "pm_mc" },
    ]);
    expect(words(inPortal(portal, "[part=notice]"))).to.equal("Paid $49.00. Thank you!");
    await until(() => words(inPortal(portal, "[data-subscription=sub_1]")).includes("Renews on"), "the subscription follows the API");
  });

  it("pays with the keyboard only", async () => {
    const api = fakePortalApi({ invoices });
    const portal = await mountPortal(api, { sections: "invoices" });
    await until(() => buttonOf(portal, "pay:in_open"));
    await tabTo(portal, '[data-action="pay:in_open"]');
    await press("Enter");
    await until(() => buttonOf(portal, "confirm-pay"));
    await tabTo(portal, '[data-action="confirm-pay"]');
    await press("Enter");
    await until(() => words(inPortal(portal, "[data-invoice=in_open]")).includes("Paid"));
  });

  it("shows the empty state", async () => {
    const portal = await mountPortal(fakePortalApi({ invoices: [] }), { sections: "invoices" });
    await until(() => inPortal(portal, "[part~=invoices] .empty"));
    expect(words(inPortal(portal, "[part~=invoices] .empty"))).to.equal("No invoices yet.");
  });
});
