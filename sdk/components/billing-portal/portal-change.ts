import { html, nothing } from "lit";
import type { Subscription } from "../../client/client";
import type { ChangePreview, Timing } from "./portal-api";
import type { PlanOption } from "./portal-plans";
import type { PortalView } from "./portal-view";

/** The change-plan dialog's state: what is chosen, and the API's preview of it once asked. */
export interface ChangeDialog {
  kind: "change";
  sub: Subscription;
  price: string;
  quantity: number;
  timing: Timing;
  step: "choose" | "review";
  preview?: ChangePreview;
  error?: string;
}

export interface ChangeHandlers {
  options: PlanOption[];
  /** Timings the merchant allows (`change-timing`); a choice is shown only when there are two. */
  timings: Timing[];
  /** Whether the quantity can be changed (per-seat products, or a subscription already above one). */
  seats: (option: PlanOption) => boolean;
  update: (patch: Partial<ChangeDialog>) => void;
  review: () => void;
  confirm: () => void;
  cancel: () => void;
}

/** Step 1: the plan, the quantity and (if allowed) when; step 2: the API's preview and the confirmation. */
export function changeDialog(view: PortalView, state: ChangeDialog, handlers: ChangeHandlers) {
  return state.step === "choose" ? chooseStep(view, state, handlers) : reviewStep(view, state, handlers);
}

function chooseStep(view: PortalView, state: ChangeDialog, h: ChangeHandlers) {
  const { text } = view;
  const chosen = h.options.find((option) => option.price === state.price);
  const unchanged = state.price === state.sub.price && state.quantity === state.sub.quantity;
  const periodEnd = state.sub.current_period_end ? view.date(state.sub.current_period_end) : "";
  return html`<form class="dialog-form" @submit=${(event: Event) => {
    event.preventDefault();
    h.review();
  }}>
    <fieldset class="choices">
      <legend>${text.choosePlan}</legend>
      ${h.options.map(
        (option) => html`<label class="choice">
          <input type="radio" name="price" .value=${option.price} .checked=${option.price === state.price}
            @change=${() => h.update({ price: option.price })} />
          <span class="choice-name">${option.product.name}${
            option.price === state.sub.price ? html` <span class="tag">${text.current}</span>` : nothing
          }</span>
          <span class="choice-price">${view.priceOf(option.price, 1, state.sub.currency)}</span>
        </label>`,
      )}
    </fieldset>
    ${
      chosen && h.seats(chosen)
        ? html`<label class="field">${text.quantity}
          <input type="number" name="quantity" min="1" max="100000" inputmode="numeric" .value=${String(state.quantity)}
            @input=${(event: Event) => h.update({ quantity: Math.max(1, Math.trunc(Number((event.target as HTMLInputElement).value)) || 1) })} /></label>`
        : nothing
    }
    ${
      h.timings.length > 1
        ? html`<fieldset class="choices"><legend>${text.when}</legend>
          ${h.timings.map(
            (timing) => html`<label class="choice"><input type="radio" name="timing" .value=${timing} .checked=${state.timing === timing}
              @change=${() => h.update({ timing })} /><span class="choice-name">${timing === "now" ? text.timingNow : text.timingPeriodEnd(periodEnd)}</span></label>`,
          )}</fieldset>`
        : nothing
    }
    ${unchanged ? html`<p class="hint">${text.sameAsCurrent}</p>` : nothing}
    <p class="error" role="alert">${state.error ?? ""}</p>
    <div class="dialog-actions">
      <button type="button" class="button" @click=${h.cancel}>${text.close}</button>
      <button type="submit" class="button primary" ?disabled=${unchanged || view.busy !== undefined}
        aria-busy=${view.busy === "preview" ? "true" : "false"}>${view.busy === "preview" ? text.previewing : text.review}</button>
    </div>
  </form>`;
}

function reviewStep(view: PortalView, state: ChangeDialog, h: ChangeHandlers) {
  const { text } = view;
  const { sub, preview } = state;
  const currency = preview?.currency ?? sub.currency;
  const exponent = preview?.currency_exponent ?? sub.currency_exponent;
  const periodEnd = sub.current_period_end ? view.date(sub.current_period_end) : "";
  const summary =
    state.timing === "period_end" || !preview
      ? html`<p class="hint">${text.noChargeNow(periodEnd)}</p>
        <dl class="totals"><div class="row"><dt>${text.nextInvoice(periodEnd)}</dt>
          <dd>${view.priceOf(state.price, state.quantity, currency) ?? ""}</dd></div></dl>`
      : html`<ul class="lines" role="list">
          ${preview.lines.map(
            (line) =>
              html`<li class="row"><span>${line.description}</span><span class="amount">${view.money(line.amount, currency, exponent)}</span></li>`,
          )}
        </ul>
        <dl class="totals" part="preview">
          <div class="row total"><dt>${text.dueNow}</dt><dd data-amount="now">${view.money(preview.amount_due_now, currency, exponent)}</dd></div>
          ${
            preview.next_invoice_amount === null
              ? nothing
              : html`<div class="row"><dt>${text.nextInvoice(periodEnd)}</dt><dd data-amount="next">${view.money(preview.next_invoice_amount, currency, exponent)}</dd></div>`
          }
        </dl>`;
  return html`<div class="dialog-form">
    <h3 class="review-plan" tabindex="-1">${view.planOf(state.price, state.quantity)}</h3>
    ${summary}
    <p class="error" role="alert">${state.error ?? ""}</p>
    <div class="dialog-actions">
      <button type="button" class="button" @click=${() => h.update({ step: "choose", error: undefined })}>${text.back}</button>
      <button type="button" class="button primary" data-action="confirm-change" ?disabled=${view.busy !== undefined}
        aria-busy=${view.busy === "change" ? "true" : "false"} @click=${h.confirm}>${view.busy === "change" ? text.working : text.confirmChange}</button>
    </div>
  </div>`;
}
