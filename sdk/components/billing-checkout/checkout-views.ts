import { html, nothing, type TemplateResult } from "lit";
import type { CheckoutSession } from "../../client/client";
import type { CheckoutMessages } from "./billing-checkout.messages";
import type { Failure } from "./checkout-failure";
import { type Offer, renderOffer, trialEndOf } from "./checkout-offer";
import { renderSummary, type SummaryFormat } from "./checkout-summary";

// The element's states as templates; the element decides which one shows and wires the handlers.

export const loadingView = (text: CheckoutMessages) =>
  html`<div class="layout" aria-busy="true"><p class="visually-hidden" role="status">${text.loading}</p>
    <div class="skeleton tall"></div><div class="skeleton tall"></div></div>`;

export const failedView = (text: CheckoutMessages, failure: Failure, retry: () => void) =>
  html`<div class="notice" part="error" role="alert"><p class="error">${failure.message}</p>
    ${failure.retry ? html`<button part="button" type="button" @click=${retry}>${text.retry}</button>` : nothing}</div>`;

export const completeView = (text: CheckoutMessages) =>
  html`<div part="complete" class="complete" role="status"><span class="check" aria-hidden="true">✓</span>
    <h2>${text.complete}</h2><p>${text.completeDetail}</p></div>`;

/** Summary beside (wide) or above (narrow) payment. */
export const layoutView = (text: CheckoutMessages, summary: TemplateResult, payment: TemplateResult, paymentTitle = text.payment) =>
  html`<div class="layout">
    <section part="summary" class="summary" aria-labelledby="summary-title"><h2 id="summary-title">${text.summary}</h2>${summary}</section>
    <section part="payment" class="payment" aria-labelledby="payment-title"><h2 id="payment-title">${paymentTitle}</h2>${payment}</section>
  </div>`;

/** "Add promotion code", folded away as Stripe's Checkout does; open while the API refuses a code. */
export const promotionView = (text: CheckoutMessages, error: string | undefined, apply: (event: SubmitEvent) => void) =>
  html`<details class="promotion" ?open=${Boolean(error)}>
    <summary>${text.addPromotionCode}</summary>
    <form part="promotion" @submit=${apply} novalidate>
      <label for="code">${text.promotionCode}</label>
      <div class="inline">
        <input id="code" name="code" autocomplete="off" maxlength="100" aria-invalid=${error ? "true" : "false"} aria-describedby="code-error" />
        <button type="submit">${text.apply}</button>
      </div>
      <p id="code-error" class="error" part="error" aria-live="polite">${error ?? ""}</p>
    </form>
  </details>`;

export interface PaymentViewState {
  session: CheckoutSession;
  mounted: boolean;
  paying: boolean;
  error: string | undefined;
  total: string;
  pay: () => void;
}

/** The Payment Element (slotted from the light DOM), the error of the last attempt and the pay button. */
export function paymentView(text: CheckoutMessages, state: PaymentViewState): TemplateResult {
  const label = state.session.intent.kind === "setup_intent" ? text.saveCard : text.pay(state.total);
  return html`
    ${state.mounted ? nothing : html`<div class="skeleton tall" aria-hidden="true"></div>`}
    <div class="frame"><slot name="payment"></slot></div>
    <p part="error" class="error" role="alert">${state.error ?? ""}</p>
    <button part="button" class="pay" type="button" ?disabled=${state.paying || !state.mounted} aria-busy=${state.paying ? "true" : "false"}
      @click=${state.pay}>${state.paying ? text.processing : label}</button>
    <p class="secure">${text.secure}</p>`;
}

/** A plan that needs no card: what happens next, and the button that starts it. */
export const startView = (text: CheckoutMessages, trialEnd: string | null, start: () => void) =>
  html`<p class="no-card">${trialEnd ? text.noCardTrial(trialEnd) : text.noCardFree}</p>
    <button part="button" class="pay" type="button" @click=${start}>${trialEnd ? text.startTrial : text.subscribe}</button>`;

/** A no-card plan, summarised from the pricing document: what it costs, what happens next, and the button that starts it. */
export function confirmView(offer: Offer, quantity: number, format: SummaryFormat, start: () => void): TemplateResult {
  const { text } = format;
  const trialEnd = trialEndOf(offer);
  return layoutView(
    text,
    renderOffer(offer, quantity, format),
    startView(text, trialEnd ? format.date(trialEnd) : null, start),
    text.confirm,
  );
}

export interface ReadyViewState extends Omit<PaymentViewState, "total"> {
  /** The plan's name from the pricing document, when the price is public. */
  productName: string | undefined;
  promotionError: string | undefined;
  applyCode: (event: SubmitEvent) => void;
}

/** An open session: its summary (with the promotion form until a code is applied) beside the payment form. */
export function readyView(format: SummaryFormat, state: ReadyViewState): TemplateResult {
  const { text } = format;
  const { session } = state;
  const promotion = session.promotion_code ? nothing : promotionView(text, state.promotionError, state.applyCode);
  return layoutView(
    text,
    html`${renderSummary(session, format, state.productName)}${promotion}`,
    paymentView(text, { ...state, total: format.money(session.summary?.total_due_now ?? 0) }),
  );
}
