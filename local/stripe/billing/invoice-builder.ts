import type Stripe from "stripe";
import type { ScopeContext } from "../http/context";
import { newId } from "../store/ids";
import { wireDecimal } from "../store/wire";
import { discountLines } from "./discounts";

/** One line before it becomes a Stripe line item: a subscription item's period or a (proration) invoice item. */
export interface LineDraft {
  amount: number;
  currency: string;
  description: string;
  quantity: number;
  price: Stripe.Price;
  period: { start: number; end: number };
  proration: boolean;
  subscription: string | null;
  subscriptionItem: string | null;
  invoiceItem: string | null;
  discountable: boolean;
  metadata: Record<string, string>;
}

export interface InvoiceDraft {
  customer: Stripe.Customer;
  subscription: Stripe.Subscription | null;
  currency: string;
  lines: LineDraft[];
  billingReason: Stripe.Invoice.BillingReason;
  discounts: string[];
  at: number;
  collectionMethod: Stripe.Invoice.CollectionMethod;
  autoAdvance: boolean;
  daysUntilDue?: number | null;
  description?: string | null;
  metadata?: Record<string, string>;
  /** Previews get a non-persistent id, as `invoices.createPreview` does. */
  preview?: boolean;
  prorationDate?: number;
}

export function money(amount: number, currency: string): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}${(Math.abs(amount) / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

export function productName(ctx: ScopeContext, price: Stripe.Price): string {
  const product = ctx.emulator.store.get<Stripe.Product>(ctx.scope, "products", String(price.product));
  return product?.name ?? String(price.product);
}

/** Stripe's wording: "1 × Pro (at $29.00 / month)". */
export function itemDescription(ctx: ScopeContext, price: Stripe.Price, quantity: number, currency = price.currency): string {
  const unit = price.currency === currency ? (price.unit_amount ?? 0) : (price.currency_options?.[currency]?.unit_amount ?? 0);
  const every = price.recurring
    ? ` / ${price.recurring.interval_count > 1 ? `${price.recurring.interval_count} ` : ""}${price.recurring.interval}${price.recurring.interval_count > 1 ? "s" : ""}`
    : "";
  return `${quantity} × ${productName(ctx, price)} (at ${money(unit, currency)}${every})`;
}

function lineItem(
  draft: LineDraft,
  invoiceId: string,
  livemode: boolean,
  discounts: Array<{ amount: number; discount: string }>,
): Stripe.InvoiceLineItem {
  const parent: Stripe.InvoiceLineItem.Parent = draft.invoiceItem
    ? {
        type: "invoice_item_details",
        invoice_item_details: {
          invoice_item: draft.invoiceItem,
          proration: draft.proration,
          proration_details: { credited_items: null },
          subscription: draft.subscription,
        },
        subscription_item_details: null,
      }
    : {
        type: "subscription_item_details",
        invoice_item_details: null,
        subscription_item_details: {
          invoice_item: null,
          proration: draft.proration,
          proration_details: { credited_items: null },
          subscription: draft.subscription,
          subscription_item: draft.subscriptionItem ?? "",
        },
      };
  return {
    id: newId("il", 24),
    object: "line_item",
    amount: draft.amount,
    currency: draft.currency,
    description: draft.description,
    discount_amounts: discounts,
    discountable: draft.discountable,
    discounts: discounts.map((entry) => entry.discount),
    invoice: invoiceId,
    livemode,
    metadata: draft.metadata,
    parent,
    period: draft.period,
    pretax_credit_amounts: [],
    pricing: {
      type: "price_details",
      price_details: { price: draft.price.id, product: String(draft.price.product) },
      unit_amount_decimal: wireDecimal(draft.price.unit_amount ?? 0),
    },
    quantity: draft.quantity,
    quantity_decimal: wireDecimal(draft.quantity),
    subscription: draft.subscription,
    subtotal: draft.amount,
    taxes: [],
  };
}

/** A draft invoice (or preview) with Stripe's totals: subtotal, discounts, total, amount due. */
export function buildInvoice(ctx: ScopeContext, draft: InvoiceDraft): Stripe.Invoice {
  const id = draft.preview ? `upcoming_${newId("in", 24)}` : newId("in", 24);
  const discountAmounts = discountLines(ctx, draft.discounts, draft.lines, draft.currency, draft.at);
  const lines = draft.lines.map((line, index) => lineItem(line, id, ctx.livemode, discountAmounts[index] ?? []));
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const totals = new Map<string, number>();
  for (const entries of discountAmounts)
    for (const entry of entries) totals.set(entry.discount, (totals.get(entry.discount) ?? 0) + entry.amount);
  const discountTotal = [...totals.values()].reduce((sum, amount) => sum + amount, 0);
  const total = subtotal - discountTotal;
  const periodStart = lines.length > 0 ? Math.min(...draft.lines.map((line) => line.period.start)) : draft.at;
  const periodEnd = lines.length > 0 ? Math.max(...draft.lines.map((line) => line.period.end)) : draft.at;
  const subscription = draft.subscription;
  return {
    id,
    object: "invoice",
    account_country: "US",
    account_name: "BillingOS emulator",
    account_tax_ids: null,
    amount_due: Math.max(0, total),
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: Math.max(0, total),
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: draft.autoAdvance,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: draft.autoAdvance && !draft.preview ? draft.at + 3600 : null,
    billing_reason: draft.billingReason,
    collection_method: draft.collectionMethod,
    created: draft.at,
    currency: draft.currency,
    custom_fields: null,
    customer: draft.customer.id,
    customer_account: null,
    customer_address: draft.customer.address ?? null,
    customer_email: draft.customer.email,
    customer_name: draft.customer.name ?? null,
    customer_phone: draft.customer.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: draft.description ?? null,
    discounts: [...totals.keys()],
    due_date: draft.collectionMethod === "send_invoice" ? draft.at + (draft.daysUntilDue ?? 30) * 86_400 : null,
    effective_at: null,
    ending_balance: null,
    footer: draft.customer.invoice_settings.footer,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: "list", data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: ctx.livemode,
    metadata: draft.metadata ?? {},
    next_payment_attempt: null,
    number: null,
    on_behalf_of: null,
    parent: subscription
      ? {
          type: "subscription_details",
          quote_details: null,
          subscription_details: {
            metadata: subscription.metadata,
            subscription: subscription.id,
            ...(draft.prorationDate ? { subscription_proration_date: draft.prorationDate } : {}),
          },
        }
      : null,
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: subscription ? periodEnd : draft.at,
    period_start: subscription ? periodStart : draft.at,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: draft.customer.balance,
    statement_descriptor: null,
    status: "draft",
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal,
    subtotal_excluding_tax: subtotal,
    test_clock: typeof draft.customer.test_clock === "string" ? draft.customer.test_clock : null,
    total,
    total_discount_amounts: [...totals.entries()].map(([discount, amount]) => ({ amount, discount })),
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  };
}

/** Applies the customer's credit balance (negative `balance`) the way finalization does. */
export function applyBalance(invoice: Stripe.Invoice, balance: number): { invoice: Stripe.Invoice; balance: number } {
  const due = invoice.total + balance;
  const amountDue = Math.max(0, due);
  const ending = Math.min(due, 0);
  return {
    invoice: { ...invoice, starting_balance: balance, ending_balance: ending, amount_due: amountDue, amount_remaining: amountDue },
    balance: ending,
  };
}

/** Adds lines to a draft invoice (an invoice item created with `invoice`), keeping its other lines and recomputing totals. */
export function appendLines(ctx: ScopeContext, invoice: Stripe.Invoice, customer: Stripe.Customer, drafts: LineDraft[]): Stripe.Invoice {
  const discounts = invoice.discounts.map((discount) => (typeof discount === "string" ? discount : discount.id));
  const addition = buildInvoice(ctx, {
    customer,
    subscription: null,
    currency: invoice.currency,
    lines: drafts,
    billingReason: invoice.billing_reason ?? "manual",
    discounts,
    at: invoice.created,
    collectionMethod: invoice.collection_method,
    autoAdvance: invoice.auto_advance ?? false,
  });
  const lines = [...invoice.lines.data, ...addition.lines.data.map((line) => ({ ...line, invoice: invoice.id }))];
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const totals = new Map<string, number>();
  for (const line of lines)
    for (const entry of line.discount_amounts ?? []) {
      const id = typeof entry.discount === "string" ? entry.discount : entry.discount.id;
      totals.set(id, (totals.get(id) ?? 0) + entry.amount);
    }
  const total = subtotal - [...totals.values()].reduce((sum, amount) => sum + amount, 0);
  return {
    ...invoice,
    lines: { ...invoice.lines, data: lines },
    subtotal,
    subtotal_excluding_tax: subtotal,
    total,
    total_excluding_tax: total,
    amount_due: Math.max(0, total),
    amount_remaining: Math.max(0, total),
    total_discount_amounts: [...totals.entries()].map(([discount, amount]) => ({ amount, discount })),
  };
}
