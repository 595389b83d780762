import { html, type TemplateResult } from "lit";
import type { components } from "../../../client/openapi";

export type BillingEvent = components["schemas"]["Event"];
export type Invoice = components["schemas"]["Invoice"];

/** "subscription.plan_changed" → "Subscription plan changed". */
export function eventLabel(type: string): string {
  const text = type.replace(/[._]/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const INVOICE_TONE: Record<string, string> = { paid: "success", open: "warning", uncollectible: "danger" };

export function invoiceBadge(invoice: Invoice): TemplateResult {
  return html`<span class=${`badge ${INVOICE_TONE[invoice.status] ?? ""}`}>${invoice.status.charAt(0).toUpperCase()}${invoice.status.slice(1)}</span>`;
}
