import { html, type TemplateResult } from "lit";
import { BillingApiError } from "../../client/errors";
import { errorMessage } from "../session/admin-api";
import type { AdminSession } from "../session/admin-session";

/** A page (or section) loading: a polite status, so screen readers hear it once. */
export function pageLoading(what = "Loading…"): TemplateResult {
  return html`<p class="muted" role="status" aria-busy="true">${what}</p>`;
}

/**
 * A record page that could not load. A 404 may mean the record lives in the other mode (a link
 * written without `mode=`, or an id pasted in): say so and offer the switch. Other errors get a retry.
 */
export function recordError(session: AdminSession, error: unknown, retry: () => void, noun = "record"): TemplateResult {
  const other = session.mode === "test" ? "live" : "test";
  if (error instanceof BillingApiError && error.status === 404)
    return html`<div class="card record-error" role="alert">
      <p><strong>No such ${noun} in ${session.mode} mode.</strong></p>
      <p class="muted">Test and live data are separate; it may be in ${other} mode, or it was deleted.</p>
      <p><button class="button" type="button" @click=${() => session.setMode(other, { stay: true })}>Switch to ${other} mode</button></p>
    </div>`;
  return html`<div class="card record-error" role="alert">
    <p><strong>This ${noun} could not be loaded.</strong></p>
    <p class="muted">${errorMessage(error)}</p>
    <p><button class="button" type="button" @click=${retry}>Try again</button></p>
  </div>`;
}

export type Tone = "success" | "warning" | "danger" | "neutral";

/** A status pill ("active", "past due") in the tone of what it means. */
export function badge(text: string, tone: Tone = "neutral"): TemplateResult {
  return html`<span class=${`badge ${tone === "neutral" ? "" : tone}`}>${text}</span>`;
}

/** The tone of a subscription's status, as merchants read it. */
export function subscriptionTone(status: string): Tone {
  if (status === "active" || status === "trialing") return "success";
  if (status === "past_due" || status === "unpaid" || status === "incomplete" || status === "paused") return "warning";
  if (status === "canceled" || status === "incomplete_expired") return "danger";
  return "neutral";
}
