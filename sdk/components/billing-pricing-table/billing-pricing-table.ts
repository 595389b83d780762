import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import type { BillingClient, Pricing } from "../../client/client";
import type { PlanSelectDetail } from "../../events/plan-select";
import { BillingElement } from "../../internal/billing-element";
import { formatNumber, messagesFor } from "../../internal/localize";
import { StoreController } from "../../internal/store-controller";
import { tokenStyles } from "../../internal/tokens";
import { contentStyles } from "./billing-pricing-table.content-styles";
import { en, type PricingTableMessages } from "./billing-pricing-table.messages";
import { styles } from "./billing-pricing-table.styles";
import { comparisonTable } from "./comparison";
import { type CardContext, type CardView, planCard } from "./plan-card";
import { controlsView } from "./pricing-controls";
import { type Interval, intervalsOf, optionFor, pickCurrency, yearlySaving } from "./pricing-model";

/** A subscription the customer still has (paused or behind on payments included): its plan is the current one, and others are a change. */
const LIVE = ["active", "trialing", "past_due", "paused"];

/**
 * The plans of the catalogue (`GET /v1/pricing`, publishable key) as cards, with a billing-period
 * switch, a currency choice, per-plan features and a comparison table. Choosing a plan emits
 * `billing-plan-select`; unless a listener cancels it, a signed-in customer (a session from the
 * provider's `fetchSession`) then pays in place in a `<billing-checkout>` dialog.
 *
 * @tagname billing-pricing-table
 * @summary Pricing table: pick a plan and buy it without leaving the page.
 *
 * @slot cta-{productId} - Replaces that plan's call-to-action button.
 * @slot features-{productId} - Extra feature rows (`<li>`) after that plan's features.
 * @slot footer-{productId} - Content at the foot of that plan's card.
 * @slot checkout - Where the checkout dialog is placed (managed by the element).
 *
 * @event {CustomEvent<PlanSelectDetail>} billing-plan-select - A plan was chosen (price, product, interval, currency, quantity). Cancelable: `preventDefault()` keeps the checkout dialog closed, e.g. to send an anonymous visitor to sign up.
 *
 * @csspart base - The whole table.
 * @csspart controls - The billing-period switch and currency choice.
 * @csspart interval-switch - The billing-period radio group.
 * @csspart saving - The "save up to" badge.
 * @csspart currency - The currency select.
 * @csspart plans - The list of plan cards.
 * @csspart plan - A plan card (also `plan-highlighted`, `plan-current`).
 * @csspart plan-name - A plan's name.
 * @csspart plan-description - A plan's description.
 * @csspart badge - "Most popular" / "Current plan".
 * @csspart price - Amount and interval.
 * @csspart amount - The amount.
 * @csspart interval - "/ month".
 * @csspart price-note - Per-seat and saving notes.
 * @csspart trial - Trial wording.
 * @csspart seats - Seat selector.
 * @csspart seats-total - Total for the chosen seats.
 * @csspart cta - Call-to-action button.
 * @csspart features - A plan's feature list.
 * @csspart feature - One feature.
 * @csspart plan-footer - The card footer slot.
 * @csspart comparison-toggle - The show/hide comparison button.
 * @csspart comparison - The comparison table's scroll container.
 * @csspart comparison-plan - A plan's column heading.
 * @csspart comparison-row - A feature row.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - Shown when no plan is on sale.
 * @csspart error - Shown when the plans cannot be loaded.
 *
 * @cssstate loading - The plans are being fetched.
 * @cssstate ready - Plans are shown.
 * @cssstate empty - No plan is on sale.
 * @cssstate error - The plans could not be loaded.
 *
 * @cssproperty --billing-color-accent - Highlighted plan, primary buttons, focus rings.
 * @cssproperty --billing-radius - Card corners.
 */
export class BillingPricingTable extends BillingElement {
  static override styles = [tokenStyles, styles, contentStyles];
  static override properties = {
    ...BillingElement.properties,
    interval: { reflect: true },
    perSeat: { attribute: "per-seat" },
    comparison: { type: Boolean, reflect: true },
    selectedCurrency: { state: true, attribute: false },
    seats: { state: true, attribute: false },
  };

  /** The billing period shown (`month`, `year`, …); defaults to the shortest offered. */
  declare interval: Interval | undefined;
  /** Products priced per seat (space-separated ids, or `all`): their cards get a seat selector. */
  declare perSeat: string | undefined;
  /** Whether the feature comparison table is shown. */
  declare comparison: boolean;
  declare selectedCurrency: string | undefined;
  declare seats: Record<string, number>;

  readonly #stores = new StoreController(this);
  #loadedFrom: BillingClient | undefined;
  /** Shown as a custom state (`:state(loading)` …) so pages can style around the table. */
  #status: "loading" | "ready" | "empty" | "error" = "loading";

  constructor() {
    super();
    this.comparison = false;
    this.seats = {};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.billingClient;
    // The current plan follows the page's shared customer state: polled, and refreshed at once after
    // a checkout or a portal change (any action the page takes as the customer).
    this.#stores.watch(client ? [client.$pricing, client.$customerState, client.$session] : []);
    if (client && client !== this.#loadedFrom) {
      this.#loadedFrom = client;
      client.loadPricing().catch(() => {});
    }
  }

  protected override render() {
    const t = messagesFor("pricingTable", en, this.resolvedLocale);
    const client = this.billingClient;
    const pricing = client?.$pricing.get() ?? { status: "idle" };
    let body: TemplateResult;
    this.#status = pricing.status === "ready" ? "ready" : pricing.status === "error" || !client ? "error" : "loading";
    if (!client) body = this.#error(t, "Set publishable-key on <billing-pricing-table> or place it inside <billing-provider>.", false);
    else if (pricing.status === "ready") body = this.#table(pricing.data, t, client);
    else if (pricing.status === "error")
      body = this.#error(t, pricing.error.name === "BillingNetworkError" ? t.networkError : `${t.error} ${pricing.error.message}`, true);
    else body = this.#skeleton(t);
    return html`<section part="base" aria-label=${t.region} aria-busy=${pricing.status === "loading" || pricing.status === "idle" ? "true" : "false"}>
        ${body}
      </section>
      <slot name="checkout"></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const status of ["loading", "ready", "empty", "error"] as const) {
      if (status === this.#status) this.internals.states.add(status);
      else this.internals.states.delete(status);
    }
  }

  #table(pricing: Pricing, t: PricingTableMessages, client: BillingClient): TemplateResult {
    const currency =
      this.selectedCurrency && pricing.currencies.includes(this.selectedCurrency)
        ? this.selectedCurrency
        : pickCurrency(pricing, this.preferredCurrency);
    const products = currency ? pricing.products.filter((product) => (product.prices[currency] ?? []).length > 0) : [];
    if (!currency || products.length === 0) {
      this.#status = "empty";
      return html`<p class="empty" part="empty" role="status">${t.empty}</p>`;
    }
    const intervals = intervalsOf(pricing, currency);
    const interval =
      this.interval && intervals.includes(this.interval) ? this.interval : intervals.includes("month") ? "month" : intervals[0];
    const state = client.$customerState.get();
    const current =
      state.status === "ready" && state.data ? state.data.subscriptions.find((s) => LIVE.includes(s.status) && s.product) : undefined;
    const cards: CardView[] = products.flatMap((product) => {
      const option = optionFor(product, currency, interval);
      if (!option) return [];
      return [
        {
          product,
          option,
          currency,
          saving: yearlySaving(product, currency),
          perSeat: this.#isPerSeat(product.id),
          seats: this.seats[product.id] ?? 1,
          current: current?.product === product.id,
          subscription: current && current.product !== product.id ? current.id : null,
        },
      ];
    });
    const locale = this.resolvedLocale;
    const context: CardContext = {
      t,
      // The API lists the exponent of every currency the document uses.
      money: (amount, code) => this.formatMoney(amount, code, pricing.currency_exponents[code] ?? 2, { whole: true }),
      number: (value) => formatNumber(value, locale),
      features: pricing.features,
      onSelect: (card) => this.#select(card),
      onSeats: (product, seats) => {
        this.seats = { ...this.seats, [product]: seats };
      },
    };
    const count = Math.min(cards.length, 4);
    return html`${controlsView(
      pricing,
      t,
      { currency, intervals, interval, locale },
      {
        interval: (option) => {
          this.interval = option;
        },
        currency: (code) => {
          this.selectedCurrency = code;
        },
      },
    )}
      <ul class="plans count-${count}${cards.length > 4 ? " many" : ""}" part="plans" role="list">
        ${cards.map((card) => planCard(card, context))}
      </ul>
      ${
        pricing.features.length
          ? html`<div class="compare">
              <button type="button" class="link" part="comparison-toggle" aria-expanded=${this.comparison ? "true" : "false"}
                @click=${() => {
                  this.comparison = !this.comparison;
                }}>${this.comparison ? t.hideComparison : t.compare}</button>
            </div>
            ${
              this.comparison
                ? comparisonTable(
                    cards.map((c) => c.product),
                    pricing.features,
                    { ...context, currency },
                  )
                : nothing
            }`
          : nothing
      }`;
  }

  #skeleton(t: PricingTableMessages): TemplateResult {
    const card = html`<li class="plan skeleton" part="skeleton" aria-hidden="true">
      <span class="bar w40"></span><span class="bar w70"></span><span class="bar tall w50"></span><span class="bar button"></span>
      <span class="bar w80"></span><span class="bar w60"></span><span class="bar w70"></span>
    </li>`;
    return html`<p class="visually-hidden" role="status">${t.loading}</p>
      <ul class="plans count-3" part="plans" role="list">${card}${card}${card}</ul>`;
  }

  #error(t: PricingTableMessages, message: string, retry: boolean): TemplateResult {
    return html`<div class="error" part="error" role="alert">
      <p>${message}</p>
      ${retry ? html`<button type="button" class="button" @click=${() => this.billingClient?.loadPricing({ force: true }).catch(() => {})}>${t.retry}</button>` : nothing}
    </div>`;
  }

  #isPerSeat(product: string): boolean {
    const list = (this.perSeat ?? "").split(/\s+/).filter(Boolean);
    return list.includes("all") || list.includes(product);
  }

  async #select(card: CardView): Promise<void> {
    const detail: PlanSelectDetail = {
      price: card.option.price,
      product: card.product.id,
      interval: card.option.interval,
      interval_count: card.option.interval_count,
      currency: card.currency,
      quantity: card.perSeat ? card.seats : 1,
      subscription: card.subscription,
    };
    if (!this.emit("billing-plan-select", detail, { cancelable: true })) return;
    // A customer already subscribed changes plan (the portal's job), never buys a second subscription.
    if (detail.subscription || !(await this.billingClient?.hasCustomer())) return;
    this.#openCheckout(detail, card.product.name);
  }

  /**
   * The checkout lives in this element's light DOM (slotted), not in its shadow root: Stripe's
   * Payment Element refuses to mount inside a shadow root.
   */
  #openCheckout(detail: PlanSelectDetail, productName: string): void {
    this.querySelector(":scope > billing-dialog[slot=checkout]")?.remove();
    const dialog = document.createElement("billing-dialog");
    dialog.slot = "checkout";
    dialog.label = productName;
    const checkout = document.createElement("billing-checkout");
    checkout.setAttribute("price", detail.price);
    checkout.setAttribute("quantity", String(detail.quantity));
    checkout.setAttribute("currency", detail.currency);
    dialog.append(checkout);
    dialog.addEventListener("billing-dialog-close", () => dialog.remove());
    checkout.addEventListener("billing-checkout-complete", () => {
      dialog.open = false;
      this.billingClient?.loadCustomer({ force: true }).catch(() => {});
    });
    this.append(dialog);
    dialog.open = true;
  }
}
