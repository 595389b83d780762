import { html, type TemplateResult } from "lit";
import type { components } from "../../../client/openapi";
import { badge, subscriptionTone } from "../../elements/page-states";

export type Subscription = components["schemas"]["Subscription"];
/** The statuses the list routes filter by (the subscription's own `status` is a plain string). */
export type SubscriptionStatus =
  | "incomplete"
  | "incomplete_expired"
  | "trialing"
  | "active"
  | "past_due"
  | "unpaid"
  | "canceled"
  | "paused";

export const SUBSCRIPTION_STATUSES: Array<{ value: SubscriptionStatus; label: string }> = [
  { value: "active", label: "Active" },
  { value: "trialing", label: "Trialing" },
  { value: "past_due", label: "Past due" },
  { value: "unpaid", label: "Unpaid" },
  { value: "paused", label: "Paused" },
  { value: "canceled", label: "Canceled" },
  { value: "incomplete", label: "Incomplete" },
  { value: "incomplete_expired", label: "Incomplete, expired" },
];

/** A subscription's status as a badge in words ("Past due"), with "Cancels" when it ends at the period's end. */
export function statusBadge(subscription: Pick<Subscription, "status" | "cancel_at_period_end" | "paused">): TemplateResult {
  const label = SUBSCRIPTION_STATUSES.find((s) => s.value === subscription.status)?.label ?? subscription.status;
  const paused = subscription.paused && subscription.status !== "paused";
  return html`<span class="badges">
    ${badge(label, subscriptionTone(subscription.status))}
    ${subscription.cancel_at_period_end ? html`<span class="badge warning">Cancels</span>` : null}
    ${paused ? html`<span class="badge">Paused</span>` : null}
  </span>`;
}
