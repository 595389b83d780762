import { html, nothing, type TemplateResult } from "lit";
import type { CheckoutSession } from "../../client/client";
import type { CheckoutMessages } from "./billing-checkout.messages";

type Summary = NonNullable<CheckoutSession["summary"]>;

export interface SummaryFormat {
  money: (amount: number) => string;
  date: (seconds: number) => string;
  text: CheckoutMessages;
}

/**
 * When the first renewal charges the card: the trial's end, else one period after the session
 * started (Stripe anchors the billing cycle at the subscription's start). Calendar arithmetic in
 * UTC, the last day of a shorter month standing in for a missing day, as Stripe does.
 */
export function renewalDate(summary: Summary, created: number): number | null {
  if (!summary.recurring) return null;
  if (summary.trial_end) return summary.trial_end;
  const { interval, interval_count: count } = summary.recurring;
  const start = new Date(created * 1000);
  if (interval === "day" || interval === "week") return created + count * (interval === "day" ? 86_400 : 604_800);
  const months = interval === "year" ? 12 * count : count;
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  target.setUTCHours(start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds());
  return Math.floor(target.getTime() / 1000);
}

/**
 * The order summary: what the card is charged today, and what follows (trial end, renewals). With the
 * plan's name from the pricing document (`productName`), a single line reads "Pro · Billed per year"
 * rather than Stripe's invoice wording.
 */
export function renderSummary(session: CheckoutSession, format: SummaryFormat, productName?: string): TemplateResult {
  const summary = session.summary;
  if (!summary) return html``;
  const { money, date, text } = format;
  const renewal = renewalDate(summary, session.created);
  const every = summary.recurring ? text.interval(summary.recurring.interval, summary.recurring.interval_count) : "";
  const named = productName !== undefined && summary.line_items.length === 1;
  return html`
    <ul part="line-items" class="lines">
      ${summary.line_items.map(
        (line) => html`<li part="line-item" class="line">
          <span class="line-name">${named ? productName : line.description}${line.quantity > 1 ? html` <span class="muted">× ${line.quantity}</span>` : nothing}
            ${named ? html`<span class="line-note">${summary.recurring ? text.billedPer(every) : text.oneTime}</span>` : nothing}</span>
          <span class="amount">${money(line.amount)}</span>
        </li>`,
      )}
    </ul>
    <dl part="totals" class="totals">
      ${
        summary.discount > 0
          ? html`<div class="row"><dt>${text.subtotal}</dt><dd>${money(summary.subtotal)}</dd></div>
              <div class="row discount" part="discount"><dt>${text.discount(session.promotion_code ?? "")}</dt><dd>−${money(summary.discount)}</dd></div>`
          : nothing
      }
      <div class="row total" part="total"><dt>${text.dueToday}</dt><dd>${money(summary.total_due_now)}</dd></div>
    </dl>
    <p part="terms" class="terms">
      ${
        summary.trial_end && summary.recurring && renewal
          ? html`<strong>${text.trialUntil(date(summary.trial_end))}</strong><br />${text.thenEvery(money(summary.recurring.amount), every, date(renewal))}`
          : summary.recurring && renewal
            ? text.renewsEvery(money(summary.recurring.amount), every, date(renewal))
            : text.oneTime
      }
    </p>
  `;
}
