import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import type { CheckoutSession, CreateCheckoutSession } from "../../client/client";
import type { CheckoutCompleteDetail, CheckoutErrorDetail } from "../../events/checkout-events";
import { stripeAppearance } from "../../internal/appearance";
import { BillingElement } from "../../internal/billing-element";
import { messagesFor } from "../../internal/localize";
import { type CheckoutMessages, en } from "./billing-checkout.messages";
import { styles } from "./billing-checkout.styles";
import { describeFailure, type Failure } from "./checkout-failure";
import { findOffer, needsNoCard, type Offer } from "./checkout-offer";
import { type Phase, PurchaseAttempt, showPhase } from "./checkout-phase";
import type { SummaryFormat } from "./checkout-summary";
import { completeView, confirmView, failedView, loadingView, readyView } from "./checkout-views";
import { StripePayment } from "./stripe-payment";

/**
 * Buys one price without leaving the page: an order summary from the checkout session (what the
 * card is charged today, trial end, renewals, discount), a promotion code, and Stripe's Payment
 * Element confirmed in place (3-D Secure in Stripe's modal; never a redirect). Inline where it is
 * placed, or in a dialog inside `<billing-dialog>` (as the pricing table opens it). It must sit in the
 * page's light DOM (Stripe refuses shadow roots); inside another element's shadow root it says so.
 *
 * @tagname billing-checkout
 * @summary Checkout in the page with Stripe's Payment Element.
 *
 * @slot payment - Filled by the element itself: the light-DOM node Stripe mounts its frame in (Stripe refuses shadow roots).
 *
 * @event billing-checkout-complete - Paid, card saved for a trial, or a no-card plan started. `detail`: `CheckoutCompleteDetail`.
 * @event billing-checkout-error - Checkout could not start, or a payment failed (the element shows why). `detail`: `CheckoutErrorDetail`.
 *
 * @csspart summary - The order summary column.
 * @csspart line-items - The purchased items.
 * @csspart line-item - One item.
 * @csspart totals - Subtotal, discount and amount due today.
 * @csspart total - The amount due today.
 * @csspart discount - The discount row.
 * @csspart terms - Trial and renewal terms.
 * @csspart promotion - The promotion code form.
 * @csspart payment - The payment column.
 * @csspart button - The pay (or start) button.
 * @csspart error - Error messages.
 * @csspart complete - The success message.
 *
 * @cssstate loading - Starting the checkout.
 * @cssstate ready - The summary and the payment form are shown.
 * @cssstate complete - Paid, or the plan started.
 * @cssstate failed - Checkout could not start (the element says why).
 *
 * @cssproperty --billing-color-accent - The pay button and focus rings.
 */
export class BillingCheckout extends BillingElement {
  static override styles = styles;
  static override properties = {
    ...BillingElement.properties,
    price: {},
    quantity: { type: Number },
    promotionCode: { attribute: "promotion-code" },
    phase: { state: true, attribute: false },
    paying: { state: true, attribute: false },
    paymentError: { state: true, attribute: false },
    promotionError: { state: true, attribute: false },
  };

  /** The price to buy (`price_…`). */
  declare price: string | undefined;
  declare quantity: number;
  /** A promotion code to apply from the start; the customer can also type one. */
  declare promotionCode: string | undefined;
  declare protected phase: Phase;
  declare protected paying: boolean;
  declare protected paymentError: string | undefined;
  declare protected promotionError: string | undefined;

  /** Stripe.js mounts here: a light-DOM child projected through the `payment` slot. */
  readonly #mountNode: HTMLDivElement = Object.assign(document.createElement("div"), { slot: "payment" });
  #payment: StripePayment | undefined;
  readonly #attempt = new PurchaseAttempt();
  #generation = 0;
  /** The price as the pricing document shows it (names the plan in the summary), when it is public. */
  #offer: Offer | undefined;

  constructor() {
    super();
    this.quantity = 1;
    this.phase = { name: "idle" };
    this.paying = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#mountNode.parentNode !== this) this.append(this.#mountNode);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#reset();
  }

  protected get text(): CheckoutMessages {
    return messagesFor("checkout", en, this.resolvedLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const purchase = ["price", "quantity", "promotionCode", "currency"] as const;
    if (purchase.some((key) => changed.has(key)) && this.phase.name !== "idle") this.#reset();
    showPhase(this.internals.states, this.phase);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Connected only: a checkout removed from the page (its dialog closed) must not start another purchase.
    if (this.phase.name === "idle" && this.isConnected && this.price && this.billingClient) void this.#begin();
  }

  /** Decides how this purchase starts; a no-card plan waits for the customer's click. */
  async #begin(): Promise<void> {
    const generation = ++this.#generation;
    if (this.getRootNode() instanceof ShadowRoot) {
      this.phase = { name: "misplaced" };
      console.error(`BillingOS: ${this.text.misplaced}`);
      return;
    }
    const client = this.billingClient;
    if (!client || !this.price) return;
    this.phase = { name: "loading" };
    const signedIn = await client.hasCustomer();
    const pricing = await client.loadPricing().catch(() => undefined);
    if (generation !== this.#generation) return;
    if (!signedIn) return this.#fail({ code: "no_customer", message: this.text.signIn, retry: false });
    const offer = pricing && findOffer(pricing, this.price, this.preferredCurrency);
    this.#offer = offer;
    if (offer && needsNoCard(offer)) this.phase = { name: "confirm", offer };
    else await this.#start();
  }

  /** Creates (or, on a retry or double submit, gets back) the checkout session. */
  async #start(promotionCode = this.promotionCode): Promise<void> {
    const client = this.billingClient;
    if (!client || !this.price) return;
    const generation = this.#generation;
    const keep = this.phase.name === "ready" ? this.phase : undefined;
    // The page's currency; else, after a no-card summary we drew ourselves, the one it showed; else the price's own.
    const currency = this.preferredCurrency ?? (this.phase.name === "confirm" ? this.phase.offer.currency : undefined);
    if (!keep) this.phase = { name: "loading" };
    const body: CreateCheckoutSession = {
      price: this.price,
      quantity: this.quantity,
      ...(currency ? { currency } : {}),
      ...(promotionCode ? { promotion_code: promotionCode } : {}),
    };
    try {
      const session = await client.createCheckoutSession(body, { idempotencyKey: this.#attempt.keyFor(body) });
      if (generation !== this.#generation) return;
      this.promotionError = undefined;
      await this.#show(session);
    } catch (error) {
      if (generation !== this.#generation) return;
      const failure = describeFailure(error, this.text, this.resolvedLocale);
      if (keep && failure.code === "promotion_code_invalid") this.promotionError = failure.message;
      else this.#fail(failure);
    }
  }

  async #show(session: CheckoutSession): Promise<void> {
    if (session.status === "complete" || session.intent.kind === "none") return this.#finish(session);
    if (session.status !== "open" || !session.intent.client_secret || !session.stripe.publishable_key) {
      this.#attempt.forget(); // an expired session: the next try starts a new one
      return this.#fail({ code: "session_expired", message: this.text.failed("session_expired"), retry: true });
    }
    this.#payment?.destroy();
    this.#payment = undefined;
    this.phase = { name: "ready", session };
    await this.updateComplete;
    const generation = this.#generation;
    try {
      const payment = await StripePayment.mount(
        this.#mountNode,
        {
          publishableKey: session.stripe.publishable_key,
          account: session.stripe.account,
          clientSecret: session.intent.client_secret,
          kind: session.intent.kind,
          appearance: stripeAppearance(this),
          locale: this.resolvedLocale,
        },
        () => this.requestUpdate(),
      );
      if (generation !== this.#generation) return payment.destroy();
      this.#payment = payment;
      this.requestUpdate();
    } catch {
      if (generation === this.#generation) this.#fail({ code: "stripe_unavailable", message: this.text.stripeUnavailable, retry: true });
    }
  }

  async #pay(): Promise<void> {
    if (this.paying || !this.#payment || this.phase.name !== "ready") return;
    const { session } = this.phase;
    this.paying = true;
    this.paymentError = undefined;
    const outcome = await this.#payment.confirm();
    if (outcome.status === "succeeded") await this.#finish(session);
    else {
      const message = outcome.status === "network" ? this.text.paymentNetwork : outcome.message || this.text.declined;
      this.paymentError = message;
      this.emit<CheckoutErrorDetail>("billing-checkout-error", {
        code: outcome.status === "network" ? "network_error" : (outcome.code ?? "card_declined"),
        message,
      });
    }
    this.paying = false;
  }

  async #finish(session: CheckoutSession): Promise<void> {
    const client = this.billingClient;
    const final = await client?.getCheckoutSession(session.id).catch(() => session);
    void client?.loadCustomer({ force: true }).catch(() => {});
    this.#payment?.destroy();
    this.#payment = undefined;
    this.#attempt.forget();
    this.phase = { name: "complete", session: final ?? session };
    this.emit<CheckoutCompleteDetail>("billing-checkout-complete", {
      checkoutSession: session.id,
      subscription: final?.subscription ?? session.subscription,
      paymentIntent: final?.payment_intent ?? session.payment_intent,
      price: session.price,
      quantity: session.quantity,
    });
  }

  #fail(failure: Failure): void {
    this.phase = { name: "failed", failure };
    this.emit<CheckoutErrorDetail>("billing-checkout-error", { code: failure.code, message: failure.message });
  }

  #reset(): void {
    this.#generation++;
    this.#payment?.destroy();
    this.#payment = undefined;
    this.paying = false;
    this.paymentError = undefined;
    this.promotionError = undefined;
    this.phase = { name: "idle" };
  }

  #applyCode(event: SubmitEvent): void {
    event.preventDefault();
    const code = new FormData(event.target as HTMLFormElement).get("code")?.toString().trim();
    if (!code || this.phase.name !== "ready") return;
    this.promotionError = undefined;
    void this.#start(code);
  }

  protected override render(): TemplateResult {
    const text = this.text;
    const phase = this.phase;
    switch (phase.name) {
      case "idle":
        return html`${this.price ? nothing : html`<p class="notice">${text.noPrice}</p>`}`;
      case "misplaced":
        return html`<p part="error" class="error" role="alert">${text.misplaced}</p>`;
      case "loading":
        return loadingView(text);
      case "failed":
        return failedView(text, phase.failure, () => this.#reset());
      case "complete":
        return completeView(text);
      case "confirm":
        return confirmView(phase.offer, this.quantity, this.#format(phase.offer.currency, phase.offer.exponent), () => void this.#start());
      case "ready":
        return readyView(this.#format(phase.session.currency, phase.session.currency_exponent), {
          session: phase.session,
          productName: this.#offer?.product.name,
          promotionError: this.promotionError,
          applyCode: (event) => this.#applyCode(event),
          mounted: Boolean(this.#payment),
          paying: this.paying,
          error: this.paymentError,
          pay: () => void this.#pay(),
        });
    }
  }

  #format(currency: string, exponent: number): SummaryFormat {
    return {
      money: (amount) => this.formatMoney(amount, currency, exponent),
      date: (seconds) => this.formatDate(seconds),
      text: this.text,
    };
  }
}
