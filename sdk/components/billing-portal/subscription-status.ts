import type { Subscription } from "../../client/client";
import type { PortalMessages } from "./billing-portal.messages";

/** How a status line looks: `good` (active, trialing), `warn` (canceling, paused, pending), `bad` (past due). */
export type Tone = "good" | "warn" | "bad" | "muted";

export interface StatusLine {
  tone: Tone;
  /** The badge: a few words. */
  badge: string;
  /** Sentences under the plan name, most important first. */
  lines: string[];
}

export interface StatusFormat {
  text: PortalMessages;
  date: (seconds: number) => string;
  /** The name of one of our prices ("Pro"), or the text's fallback. */
  planOf: (price: string | null, quantity: number) => string;
}

/** A subscription's state in words, as Stripe's customer portal says it: what happens next, and when. */
export function describeStatus(sub: Subscription, { text, date, planOf }: StatusFormat): StatusLine {
  const end = sub.current_period_end;
  const lines: string[] = [];
  let tone: Tone = "good";
  let badge: string;
  switch (sub.status) {
    case "trialing":
      badge = sub.trial_end ? text.trialing(date(sub.trial_end)) : end ? text.renews(date(end)) : "";
      break;
    case "past_due":
      tone = "bad";
      badge = text.pastDue(date(sub.past_due_since ?? sub.created));
      if (sub.access_ends_at) lines.push(text.accessUntil(date(sub.access_ends_at)));
      break;
    case "canceled":
    case "incomplete_expired":
      tone = "muted";
      badge = text.canceled;
      break;
    case "incomplete":
      tone = "warn";
      badge = text.incomplete;
      break;
    case "unpaid":
      tone = "bad";
      badge = text.unpaid;
      break;
    default:
      badge = end ? text.renews(date(end)) : "";
  }
  if (sub.paused) {
    tone = "warn";
    badge = text.paused;
  } else if (sub.cancel_at_period_end && end && tone !== "muted") {
    tone = "warn";
    badge = text.cancels(date(end));
  }
  const scheduled = sub.scheduled_change;
  if (scheduled?.effective_at) lines.push(text.scheduled(planOf(scheduled.price, scheduled.quantity), date(scheduled.effective_at)));
  const pending = sub.pending_change;
  if (pending) {
    lines.push(
      `${text.pending(planOf(pending.price, pending.quantity), pending.expires_at ? date(pending.expires_at) : "")} ${text.payToApply}`,
    );
    if (tone === "good") tone = "warn";
  }
  return { tone, badge, lines };
}

/** Whether the subscription still bills (so it can be changed, canceled or paused). */
export const isLive = (sub: Subscription) => ["active", "trialing", "past_due"].includes(sub.status);
