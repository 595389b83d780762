import { html, nothing } from "lit";
import type { Subscription } from "../../client/client";
import type { CancelReason } from "./portal-api";
import type { PortalView } from "./portal-view";

export interface CancelDialog {
  kind: "cancel";
  sub: Subscription;
  reason?: CancelReason;
  comment: string;
  error?: string;
}

export interface PauseDialog {
  kind: "pause";
  sub: Subscription;
  error?: string;
}

/** Stripe's cancellation reasons (`cancellation_details.feedback`), in the order its portal lists them. */
const REASONS: CancelReason[] = [
  "too_expensive",
  "missing_features",
  "switched_service",
  "unused",
  "customer_service",
  "too_complex",
  "low_quality",
  "other",
];

/** Confirms a cancellation at the end of the period, with an optional reason and comment. */
export function cancelDialog(
  view: PortalView,
  state: CancelDialog,
  h: { update: (patch: Partial<CancelDialog>) => void; confirm: () => void; close: () => void },
) {
  const { text } = view;
  const end = state.sub.current_period_end ?? state.sub.trial_end;
  return html`<form class="dialog-form" @submit=${(event: Event) => {
    event.preventDefault();
    h.confirm();
  }}>
    <p>${end ? text.cancelBody(view.date(end)) : nothing}</p>
    <label class="field">${text.reason}
      <select name="reason" @change=${(event: Event) => h.update({ reason: ((event.target as HTMLSelectElement).value || undefined) as CancelReason | undefined })}>
        <option value="" ?selected=${!state.reason}>${text.reasonNone}</option>
        ${REASONS.map((reason) => html`<option value=${reason} ?selected=${state.reason === reason}>${text.reasons[reason]}</option>`)}
      </select>
    </label>
    <label class="field">${text.comment}
      <textarea name="comment" maxlength="500" rows="3" .value=${state.comment}
        @input=${(event: Event) => h.update({ comment: (event.target as HTMLTextAreaElement).value })}></textarea>
    </label>
    <p class="error" role="alert">${state.error ?? ""}</p>
    <div class="dialog-actions">
      <button type="button" class="button" @click=${h.close}>${text.keepPlan}</button>
      <button type="submit" class="button danger" data-action="confirm-cancel" ?disabled=${view.busy !== undefined}
        aria-busy=${view.busy === "cancel" ? "true" : "false"}>${view.busy === "cancel" ? text.working : text.confirmCancel}</button>
    </div>
  </form>`;
}

/** Confirms pausing payment collection (resumed by the customer with Resume). */
export function pauseDialog(view: PortalView, state: PauseDialog, h: { confirm: () => void; close: () => void }) {
  const { text } = view;
  return html`<div class="dialog-form">
    <p>${text.pauseBody}</p>
    <p class="error" role="alert">${state.error ?? ""}</p>
    <div class="dialog-actions">
      <button type="button" class="button" @click=${h.close}>${text.keepPlan}</button>
      <button type="button" class="button danger" data-action="confirm-pause" ?disabled=${view.busy !== undefined}
        aria-busy=${view.busy === "pause" ? "true" : "false"} @click=${h.confirm}>${view.busy === "pause" ? text.working : text.confirmPause}</button>
    </div>
  </div>`;
}
