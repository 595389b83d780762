import { html, nothing, type TemplateResult } from "lit";
import { BillingApiError, BillingSessionError } from "../../client/errors";
import type { Loadable } from "../../client/loadable";
import type { PortalMessages } from "./billing-portal.messages";

/** What every section template needs from the element: texts, formatting and the action handlers. */
export interface PortalView {
  text: PortalMessages;
  money: (amount: number, currency: string, exponent: number) => string;
  date: (seconds: number) => string;
  /** The plan's name for one of our prices ("Pro × 3"). */
  planOf: (price: string | null, quantity: number) => string;
  /** What one of our prices costs at a quantity, per interval ("$87.00 per month"); undefined when not public. */
  priceOf: (price: string | null, quantity: number, currency: string) => string | undefined;
  /** Why a load or an action failed, in words for the customer. */
  problem: (error: unknown) => string;
  /** The action in flight (its key), so its button shows progress and nothing is sent twice. */
  busy: string | undefined;
}

/** A titled section of the portal (`part` = its name, so a page can restyle or hide one). */
export const section = (
  name: string,
  title: string,
  body: TemplateResult | typeof nothing,
  action: TemplateResult | typeof nothing = nothing,
) =>
  html`<section part="section ${name}" class="section" aria-labelledby="${name}-title">
    <header class="section-head"><h2 id="${name}-title" tabindex="-1">${title}</h2>${action}</header>
    ${body}
  </section>`;

/** Skeleton while loading, the error with a retry, the empty text, or the content. */
export function loadable<T>(
  view: PortalView,
  state: Loadable<T>,
  retry: () => void,
  empty: (data: T) => string | undefined,
  content: (data: T) => TemplateResult,
): TemplateResult {
  if (state.status === "error")
    return html`<div class="problem" role="alert" part="error"><p>${view.problem(state.error)}</p>
      <button type="button" class="button" @click=${retry}>${view.text.retry}</button></div>`;
  if (state.status !== "ready")
    return html`<div class="skeleton" aria-hidden="true"></div><div class="skeleton short" aria-hidden="true"></div>`;
  const emptyText = empty(state.data);
  return emptyText ? html`<p class="empty">${emptyText}</p>` : content(state.data);
}

/** A button that shows "Working…" and refuses clicks while its action is in flight. */
export const actionButton = (view: PortalView, key: string, label: string, onClick: () => void, kind = "button") =>
  html`<button type="button" class=${kind} data-action=${key} ?disabled=${view.busy !== undefined} aria-busy=${view.busy === key ? "true" : "false"}
    @click=${onClick}>${view.busy === key ? view.text.working : label}</button>`;

/** Why a call failed, in words for the customer: the API's own message for its refusals (written for people, in English). */
export function describeProblem(error: unknown, text: PortalMessages, locale: string): string {
  if (error instanceof BillingSessionError) return text.signIn;
  if (!(error instanceof BillingApiError)) return text.network;
  if (error.status === 401) return text.signIn;
  if (error.status === 402) return text.declined(error.message);
  if (error.status < 500 && locale.toLowerCase().startsWith("en")) return error.message;
  return text.failed(error.code);
}
