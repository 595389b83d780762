import { html, nothing } from "lit";
import type { Loadable } from "../../client/loadable";
import type { PaymentMethod } from "./portal-api";
import { actionButton, loadable, type PortalView, section } from "./portal-view";

export interface AddCardDialog {
  kind: "add-card";
  /** The Payment Element is ready for the card. */
  mounted: boolean;
  error?: string;
}

export interface RemoveCardDialog {
  kind: "remove-card";
  card: PaymentMethod;
  error?: string;
}

/** "Visa •••• 4242": brand and last four, the only card details the portal ever has. */
export const cardName = (view: PortalView, card: PaymentMethod) => view.text.cardLabel(brandName(card.brand), card.last4 ?? "····");

const BRANDS: Record<string, string> = { amex: "American Express", diners: "Diners Club", mastercard: "Mastercard", unionpay: "UnionPay" };
const brandName = (brand: string | null) => (brand ? (BRANDS[brand] ?? brand.charAt(0).toUpperCase() + brand.slice(1)) : "Card");

/** Whether the card's expiry month is over, as of `now` (Unix seconds). */
const expired = (card: PaymentMethod, now: number) => {
  if (!card.exp_year || !card.exp_month) return false;
  const date = new Date(now * 1000);
  return card.exp_year * 12 + card.exp_month < date.getUTCFullYear() * 12 + date.getUTCMonth() + 1;
};

export function cardsSection(
  view: PortalView,
  state: Loadable<PaymentMethod[]>,
  h: { retry: () => void; add: () => void; makeDefault: (card: PaymentMethod) => void; remove: (card: PaymentMethod) => void },
) {
  const { text } = view;
  const now = Date.now() / 1000;
  const body = loadable(
    view,
    state,
    h.retry,
    (cards) => (cards.length ? undefined : text.noCards),
    (cards) =>
      html`<ul class="list" role="list">${cards.map(
        (card) => html`<li part="card" class="item" data-card=${card.id}>
          <div class="item-main">
            <p><span class="card-brand">${cardName(view, card)}</span>
              ${card.default ? html`<span class="tag">${text.default}</span>` : nothing}</p>
            <p class="muted">${card.exp_month && card.exp_year ? text.expires(card.exp_month, card.exp_year) : nothing}
              ${expired(card, now) ? html` · <span class="error-text">${text.expired}</span>` : nothing}</p>
          </div>
          <div class="actions" role="group" aria-label=${cardName(view, card)}>
            ${card.default ? nothing : actionButton(view, `default:${card.id}`, text.makeDefault, () => h.makeDefault(card))}
            ${actionButton(view, `remove:${card.id}`, text.remove, () => h.remove(card), "button quiet")}
          </div>
        </li>`,
      )}</ul>`,
  );
  const add = actionButton(view, "add-card", text.addCard, h.add, "button");
  return section("payment-methods", text.paymentMethods, body, state.status === "ready" ? add : nothing);
}

/** The Payment Element (slotted from the light DOM: Stripe refuses shadow roots) and the save button. */
export function addCardDialog(view: PortalView, state: AddCardDialog, h: { save: () => void; close: () => void }) {
  const { text } = view;
  return html`<div class="dialog-form">
    ${state.mounted ? nothing : html`<div class="skeleton" aria-hidden="true"></div>`}
    <div class="frame"><slot name="payment"></slot></div>
    <p class="error" role="alert">${state.error ?? ""}</p>
    <div class="dialog-actions">
      <button type="button" class="button" @click=${h.close}>${text.close}</button>
      <button type="button" class="button primary" data-action="save-card" ?disabled=${!state.mounted || view.busy !== undefined}
        aria-busy=${view.busy === "save-card" ? "true" : "false"} @click=${h.save}>${view.busy === "save-card" ? text.working : text.saveCard}</button>
    </div>
  </div>`;
}

export function removeCardDialog(view: PortalView, state: RemoveCardDialog, h: { confirm: () => void; close: () => void }) {
  const { text } = view;
  return html`<div class="dialog-form">
    <p>${text.removeBody(cardName(view, state.card))}</p>
    ${state.card.default ? html`<p class="hint">${text.removeDefault}</p>` : nothing}
    <p class="error" role="alert">${state.error ?? ""}</p>
    <div class="dialog-actions">
      <button type="button" class="button" @click=${h.close}>${text.close}</button>
      <button type="button" class="button danger" data-action="confirm-remove" ?disabled=${view.busy !== undefined}
        aria-busy=${view.busy === "remove" ? "true" : "false"} @click=${h.confirm}>${view.busy === "remove" ? text.working : text.confirmRemove}</button>
    </div>
  </div>`;
}
