import type Stripe from "stripe";
import { emit } from "../events/events";
import type { ScopeContext } from "../http/context";
import { mustGet, save } from "../resources/lookup";
import { remainingDiscounts } from "./discounts";
import { buildInvoice, type LineDraft } from "./invoice-builder";
import { attemptInvoicePayment, finalizeInvoice } from "./invoice-lifecycle";
import { claimInvoiceItems } from "./pending-items";
import { customerIdOf } from "./subscription-model";

export interface SubscriptionInvoiceRequest {
  lines: LineDraft[];
  reason: Stripe.Invoice.BillingReason;
  at: number;
  /** Finalize at once (first invoices, immediate updates) instead of after Stripe's one-hour draft window. */
  finalizeNow: boolean;
  /** Attempt payment right after finalizing; `onSession` lets 3-D Secure ask the customer instead of failing. */
  pay: "no" | "off_session" | "on_session";
  preview?: boolean;
  prorationDate?: number;
}

/** The invoice a subscription would get (preview) or gets now (saved, with events and payment). */
export function invoiceSubscription(
  ctx: ScopeContext,
  subscription: Stripe.Subscription,
  request: SubscriptionInvoiceRequest,
): Stripe.Invoice {
  const customer = mustGet<Stripe.Customer>(ctx, "customers", customerIdOf(subscription), "customer");
  const draft = buildInvoice(ctx, {
    customer,
    subscription,
    currency: subscription.currency,
    lines: request.lines,
    billingReason: request.reason,
    discounts: subscription.discounts.map(String),
    at: request.at,
    collectionMethod: subscription.collection_method,
    autoAdvance: true,
    daysUntilDue: subscription.days_until_due,
    preview: request.preview,
    prorationDate: request.prorationDate,
  });
  if (request.preview) {
    // A preview shows what finalization would charge, including the customer's credit balance.
    const due = draft.total + customer.balance;
    return { ...draft, amount_due: Math.max(0, due), amount_remaining: Math.max(0, due), ending_balance: Math.min(due, 0) };
  }
  // As on Stripe, a subscription invoice has no default_payment_method of its own: each attempt
  // resolves the subscription's (then the customer's) current one, so a card updated during
  // dunning is the one the next retry charges.
  const invoice = draft;
  save(ctx, "invoices", invoice);
  claimInvoiceItems(ctx, request.lines, invoice.id);
  emit(ctx, "invoice.created", invoice);
  const latest = mustGet<Stripe.Subscription>(ctx, "subscriptions", subscription.id, "subscription");
  save(ctx, "subscriptions", {
    ...latest,
    latest_invoice: invoice.id,
    discounts: remainingDiscounts(ctx, latest.discounts.map(String), request.at),
  });
  if (!request.finalizeNow) return invoice;
  const finalized = finalizeInvoice(ctx, invoice, request.at);
  if (finalized.status !== "open" || request.pay === "no" || finalized.collection_method !== "charge_automatically") return finalized;
  return attemptInvoicePayment(ctx, finalized, request.at, { offSession: request.pay === "off_session" });
}
