import type Stripe from "stripe";
import { emit } from "../events/events";
import type { ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { includables } from "../http/expand";
import { attemptPayment, paymentListeners } from "../payments/payment-flow";
import { createIntent } from "../payments/payment-intents";
import { resolvePaymentMethod } from "../payments/payment-methods";
import { customerNow, mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { applyBalance } from "./invoice-builder";
import { invoiceApplicationFee, subscriptionOfInvoice } from "./invoice-fees";

/**
 * Smart-retry stand-in, documented and deterministic: after a failed automatic payment the invoice is
 * retried 3, then 5, then 7 days after the previous attempt (four attempts over 15 days). After the last
 * failure the subscription follows the `subscription_after_failed_retries` setting (cancel by default).
 */
export const RETRY_DELAYS_DAYS = [3, 5, 7];

export const invoiceListeners: {
  paid: Array<(ctx: ScopeContext, invoice: Stripe.Invoice, intent: Stripe.PaymentIntent | null) => void>;
  failed: Array<(ctx: ScopeContext, invoice: Stripe.Invoice, exhausted: boolean) => void>;
  voided: Array<(ctx: ScopeContext, invoice: Stripe.Invoice) => void>;
} = { paid: [], failed: [], voided: [] };

export const subscriptionOf = subscriptionOfInvoice;
const customerOf = (invoice: Stripe.Invoice) => String(invoice.customer);

includables.invoice = {
  confirmation_secret(ctx, invoice) {
    const intentId = ctx.emulator.store.link(String(invoice.id), "payment_intent");
    const intent = intentId ? ctx.emulator.store.get<Stripe.PaymentIntent>(ctx.scope, "payment_intents", intentId) : undefined;
    return intent?.client_secret ? { client_secret: intent.client_secret, type: "payment_intent" } : null;
  },
  payments(ctx, invoice) {
    const data = ctx.emulator.store.allBy<Stripe.InvoicePayment>(ctx.scope, "invoice_payments", "invoice", String(invoice.id));
    return { object: "list", data, has_more: false, url: `/v1/invoice_payments?invoice=${String(invoice.id)}` };
  },
};

export function finalizeInvoice(ctx: ScopeContext, draft: Stripe.Invoice, at: number): Stripe.Invoice {
  if (draft.status !== "draft")
    throw errors.badRequest(`This invoice is already finalized, you can't re-finalize a non-draft invoice.`, "invoice_not_editable");
  const customer = mustGet<Stripe.Customer>(ctx, "customers", customerOf(draft), "customer");
  const { invoice: balanced, balance } = applyBalance(draft, customer.balance);
  const sequence = customer.next_invoice_sequence ?? 1;
  save(ctx, "customers", { ...customer, balance, next_invoice_sequence: sequence + 1 });
  const base = `${ctx.emulator.baseUrl}/_emulator/invoices/${draft.id}`;
  let invoice: Stripe.Invoice = {
    ...balanced,
    number: `${customer.invoice_prefix ?? "INV"}-${String(sequence).padStart(4, "0")}`,
    status: "open",
    automatically_finalizes_at: null,
    effective_at: at,
    hosted_invoice_url: base,
    invoice_pdf: `${base}/pdf`,
    status_transitions: { ...balanced.status_transitions, finalized_at: at },
    webhooks_delivered_at: at,
  };
  if (invoice.amount_due > 0 && invoice.collection_method === "charge_automatically") {
    const intent = createIntent(ctx, {
      amount: invoice.amount_due,
      currency: invoice.currency,
      customer: customer.id,
      description: `Invoice ${invoice.number}`,
      applicationFeeAmount: invoiceApplicationFee(ctx, invoice),
      setupFutureUsage: "off_session",
      captureMethod: "automatic",
    });
    ctx.emulator.store.setLink(intent.id, "invoice", invoice.id);
    ctx.emulator.store.setLink(invoice.id, "payment_intent", intent.id);
  }
  save(ctx, "invoices", invoice);
  emit(ctx, "invoice.finalized", invoice);
  if (invoice.amount_due === 0) invoice = markPaid(ctx, invoice, at, null);
  return invoice;
}

export function defaultPaymentMethod(ctx: ScopeContext, invoice: Stripe.Invoice): string | null {
  if (typeof invoice.default_payment_method === "string") return invoice.default_payment_method;
  const subscriptionId = subscriptionOf(invoice);
  const subscription = subscriptionId ? ctx.emulator.store.get<Stripe.Subscription>(ctx.scope, "subscriptions", subscriptionId) : undefined;
  if (typeof subscription?.default_payment_method === "string") return subscription.default_payment_method;
  const customer = ctx.emulator.store.get<Stripe.Customer>(ctx.scope, "customers", customerOf(invoice));
  const fallback = customer?.invoice_settings.default_payment_method;
  return typeof fallback === "string" ? fallback : null;
}

/** One automatic payment attempt; the PaymentIntent listeners below settle the invoice. */
export function attemptInvoicePayment(
  ctx: ScopeContext,
  invoice: Stripe.Invoice,
  at: number,
  options: { methodId?: string | null; offSession?: boolean } = {},
): Stripe.Invoice {
  const intentId = ctx.emulator.store.link(invoice.id, "payment_intent");
  const intent = intentId ? ctx.emulator.store.get<Stripe.PaymentIntent>(ctx.scope, "payment_intents", intentId) : undefined;
  if (!intent || invoice.status === "paid") return invoice;
  const method = options.methodId ?? defaultPaymentMethod(ctx, invoice);
  if (!method) return recordFailure(ctx, invoice, at);
  const offSession = options.offSession ?? true;
  attemptPayment(ctx, { ...intent, status: "requires_confirmation" }, resolvePaymentMethod(ctx, method, "payment_method"), {
    offSession,
    offSessionAuthWaits: true,
  });
  return mustGet<Stripe.Invoice>(ctx, "invoices", invoice.id, "invoice");
}

export function markPaid(ctx: ScopeContext, invoice: Stripe.Invoice, at: number, intent: Stripe.PaymentIntent | null): Stripe.Invoice {
  const paid: Stripe.Invoice = {
    ...invoice,
    status: "paid",
    amount_paid: invoice.amount_due,
    amount_remaining: 0,
    attempted: true,
    attempt_count: invoice.attempt_count + (intent ? 1 : 0),
    next_payment_attempt: null,
    auto_advance: false,
    status_transitions: { ...invoice.status_transitions, paid_at: at },
  };
  if (intent) {
    const payment: Stripe.InvoicePayment = {
      id: newId("inpay", 24),
      object: "invoice_payment",
      amount_paid: intent.amount,
      amount_requested: intent.amount,
      created: at,
      currency: intent.currency,
      invoice: invoice.id,
      is_default: true,
      livemode: ctx.livemode,
      payment: { type: "payment_intent", payment_intent: intent.id },
      status: "paid",
      status_transitions: { canceled_at: null, paid_at: at },
    };
    save(ctx, "invoice_payments", payment);
    emit(ctx, "invoice_payment.paid", payment);
  }
  save(ctx, "invoices", paid);
  emit(ctx, "invoice.paid", paid);
  emit(ctx, "invoice.payment_succeeded", paid);
  for (const listener of invoiceListeners.paid) listener(ctx, paid, intent);
  return paid;
}

function recordFailure(ctx: ScopeContext, invoice: Stripe.Invoice, at: number): Stripe.Invoice {
  const attempts = invoice.attempt_count + 1;
  const delay = RETRY_DELAYS_DAYS[attempts - 1];
  const exhausted = delay === undefined || !invoice.auto_advance;
  const failed: Stripe.Invoice = {
    ...invoice,
    attempted: true,
    attempt_count: attempts,
    next_payment_attempt: exhausted ? null : at + delay * 86_400,
  };
  save(ctx, "invoices", failed);
  emit(ctx, "invoice.payment_failed", failed);
  for (const listener of invoiceListeners.failed) listener(ctx, failed, exhausted);
  return failed;
}

function invoiceOfIntent(ctx: ScopeContext, intent: Stripe.PaymentIntent): Stripe.Invoice | undefined {
  const invoiceId = ctx.emulator.store.link(intent.id, "invoice");
  return invoiceId ? ctx.emulator.store.get<Stripe.Invoice>(ctx.scope, "invoices", invoiceId) : undefined;
}

paymentListeners.succeeded.push((ctx, intent) => {
  const invoice = invoiceOfIntent(ctx, intent);
  if (invoice && invoice.status !== "paid") markPaid(ctx, invoice, customerNow(ctx, customerOf(invoice)), intent);
});
paymentListeners.failed.push((ctx, intent) => {
  const invoice = invoiceOfIntent(ctx, intent);
  // A failed 3-D Secure challenge on the first invoice leaves it open for another try; it is not a dunning attempt.
  if (invoice && invoice.status === "open" && intent.last_payment_error?.code !== "payment_intent_authentication_failure")
    recordFailure(ctx, invoice, customerNow(ctx, customerOf(invoice)));
});
paymentListeners.actionRequired.push((ctx, intent) => {
  const invoice = invoiceOfIntent(ctx, intent);
  if (invoice && invoice.status === "open") emit(ctx, "invoice.payment_action_required", invoice);
});

export function voidInvoice(ctx: ScopeContext, invoice: Stripe.Invoice, at: number): Stripe.Invoice {
  if (invoice.status !== "open" && invoice.status !== "uncollectible")
    throw errors.badRequest(`You can only void an open or uncollectible invoice; this one is ${invoice.status}.`, "invoice_not_editable");
  const intentId = ctx.emulator.store.link(invoice.id, "payment_intent");
  const intent = intentId ? ctx.emulator.store.get<Stripe.PaymentIntent>(ctx.scope, "payment_intents", intentId) : undefined;
  if (intent && intent.status !== "succeeded" && intent.status !== "canceled") {
    const canceled: Stripe.PaymentIntent = {
      ...intent,
      status: "canceled",
      canceled_at: at,
      cancellation_reason: "void_invoice",
      next_action: null,
    };
    save(ctx, "payment_intents", canceled);
    emit(ctx, "payment_intent.canceled", canceled);
  }
  const voided: Stripe.Invoice = {
    ...invoice,
    status: "void",
    amount_remaining: 0,
    next_payment_attempt: null,
    auto_advance: false,
    status_transitions: { ...invoice.status_transitions, voided_at: at },
  };
  save(ctx, "invoices", voided);
  emit(ctx, "invoice.voided", voided);
  for (const listener of invoiceListeners.voided) listener(ctx, voided);
  return voided;
}

export function markUncollectible(ctx: ScopeContext, invoice: Stripe.Invoice, at: number): Stripe.Invoice {
  if (invoice.status !== "open")
    throw errors.badRequest(`You can only mark an open invoice uncollectible; this one is ${invoice.status}.`, "invoice_not_editable");
  const marked: Stripe.Invoice = {
    ...invoice,
    status: "uncollectible",
    next_payment_attempt: null,
    status_transitions: { ...invoice.status_transitions, marked_uncollectible_at: at },
  };
  save(ctx, "invoices", marked);
  emit(ctx, "invoice.marked_uncollectible", marked);
  return marked;
}
