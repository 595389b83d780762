import { html, nothing } from "lit";
import type { Subscription } from "../../client/client";
import type { Loadable } from "../../client/loadable";
import { actionButton, loadable, type PortalView, section } from "./portal-view";
import { describeStatus, isLive } from "./subscription-status";

export interface SubscriptionActions {
  retry: () => void;
  change: (sub: Subscription) => void;
  cancel: (sub: Subscription) => void;
  undoCancel: (sub: Subscription) => void;
  pause: (sub: Subscription) => void;
  resume: (sub: Subscription) => void;
  /** Whether the merchant lets customers pause (the `allow-pause` attribute). */
  canPause: boolean;
  /** Whether there is any plan to change to. */
  canChange: (sub: Subscription) => boolean;
}

/** Each subscription: plan, price, status in words, and the actions its state allows. */
export function subscriptionsSection(view: PortalView, state: Loadable<Subscription[]>, actions: SubscriptionActions) {
  const { text } = view;
  const body = loadable(
    view,
    state,
    actions.retry,
    (subs) => (subs.length ? undefined : text.noSubscriptions),
    (subs) => html`<ul class="list" role="list">${subs.map((sub) => subscriptionItem(view, sub, actions))}</ul>`,
  );
  return section("subscriptions", text.subscriptions, body);
}

function subscriptionItem(view: PortalView, sub: Subscription, actions: SubscriptionActions) {
  const { text } = view;
  const status = describeStatus(sub, view);
  const live = isLive(sub);
  const buttons = [
    live && !sub.cancel_at_period_end && !sub.paused && !sub.pending_change && actions.canChange(sub)
      ? actionButton(view, `change:${sub.id}`, text.changePlan, () => actions.change(sub), "button primary")
      : nothing,
    live && sub.cancel_at_period_end
      ? actionButton(view, `undo:${sub.id}`, text.undoCancel, () => actions.undoCancel(sub), "button primary")
      : nothing,
    live && sub.paused ? actionButton(view, `resume:${sub.id}`, text.resume, () => actions.resume(sub), "button primary") : nothing,
    live && actions.canPause && !sub.paused && !sub.cancel_at_period_end && sub.status !== "past_due"
      ? actionButton(view, `pause:${sub.id}`, text.pause, () => actions.pause(sub))
      : nothing,
    live && !sub.cancel_at_period_end
      ? actionButton(view, `cancel:${sub.id}`, text.cancel, () => actions.cancel(sub), "button quiet")
      : nothing,
  ];
  return html`<li part="subscription" class="item subscription" data-subscription=${sub.id}>
    <div class="item-main">
      <h3 class="plan-name" id="plan-${sub.id}" tabindex="-1">${view.planOf(sub.price, sub.quantity)}</h3>
      <p class="price">${view.priceOf(sub.price, sub.quantity, sub.currency) ?? nothing}</p>
      <p class="badge ${status.tone}" part="status">${status.badge}</p>
      ${status.lines.map((line) => html`<p class="detail">${line}</p>`)}
    </div>
    <div class="actions" role="group" aria-labelledby="plan-${sub.id}">${buttons}</div>
  </li>`;
}
