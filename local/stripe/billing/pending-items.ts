import type Stripe from "stripe";
import { emit } from "../events/events";
import type { ScopeContext } from "../http/context";
import { save } from "../resources/lookup";
import { newId } from "../store/ids";
import { wireDecimal } from "../store/wire";
import { type LineDraft, money } from "./invoice-builder";

/** Pending invoice items: prorations and one-off charges waiting for a customer's next invoice. */
/** Saves proration lines as pending invoice items (they land on the next invoice, or one made now). */
export function saveAsInvoiceItems(
  ctx: ScopeContext,
  customer: string,
  lines: LineDraft[],
  at: number,
  testClock: string | null,
): LineDraft[] {
  return lines.map((line) => {
    const item: Stripe.InvoiceItem = {
      id: newId("ii", 24),
      object: "invoiceitem",
      amount: line.amount,
      currency: line.currency,
      customer,
      customer_account: null,
      date: at,
      description: line.description,
      discountable: line.discountable,
      discounts: [],
      invoice: null,
      livemode: ctx.livemode,
      metadata: line.metadata,
      parent: line.subscription
        ? {
            type: "subscription_details",
            subscription_details: {
              subscription: line.subscription,
              ...(line.subscriptionItem ? { subscription_item: line.subscriptionItem } : {}),
            },
          }
        : null,
      period: line.period,
      pricing: {
        type: "price_details",
        price_details: { price: line.price.id, product: String(line.price.product) },
        unit_amount_decimal: wireDecimal(line.price.unit_amount ?? 0),
      },
      proration: line.proration,
      quantity: line.quantity,
      quantity_decimal: wireDecimal(line.quantity),
      tax_rates: [],
      test_clock: testClock,
    };
    save(ctx, "invoiceitems", item);
    emit(ctx, "invoiceitem.created", item);
    return { ...line, invoiceItem: item.id };
  });
}

/** Pending invoice items of a customer (optionally only one subscription's) as invoice lines, oldest first. */
export function pendingLines(ctx: ScopeContext, customer: string, subscription: string | null): LineDraft[] {
  const pending = ctx.emulator.store
    .allBy<Stripe.InvoiceItem>(ctx.scope, "invoiceitems", "customer", customer)
    .filter((item) => item.invoice === null)
    .filter((item) => {
      const owner = item.parent?.subscription_details?.subscription ?? null;
      return subscription === null ? owner === null : owner === subscription || owner === null;
    })
    .reverse();
  return itemLines(ctx, pending);
}

export function itemLines(ctx: ScopeContext, items: Stripe.InvoiceItem[]): LineDraft[] {
  return items.map((item) => {
    const priceId = item.pricing?.price_details?.price;
    const price = ctx.emulator.store.get<Stripe.Price>(ctx.scope, "prices", String(priceId)) ?? adHocPrice(item);
    return {
      amount: item.amount,
      currency: item.currency,
      description: item.description ?? money(item.amount, item.currency),
      quantity: item.quantity,
      price,
      period: item.period,
      proration: item.proration,
      subscription: (item.parent?.subscription_details?.subscription as string | undefined) ?? null,
      subscriptionItem: item.parent?.subscription_details?.subscription_item ?? null,
      invoiceItem: item.id,
      discountable: item.discountable,
      metadata: item.metadata ?? {},
    };
  });
}

/** Invoice items created with a bare `amount` have no Price; lines still need one to point at. */
function adHocPrice(item: Stripe.InvoiceItem): Stripe.Price {
  return {
    id: `price_adhoc_${item.id}`,
    object: "price",
    active: false,
    billing_scheme: "per_unit",
    created: item.date,
    currency: item.currency,
    custom_unit_amount: null,
    livemode: item.livemode,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: "prod_adhoc",
    recurring: null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: "one_time",
    unit_amount: Math.round(item.amount / Math.max(item.quantity, 1)),
    unit_amount_decimal: wireDecimal(Math.round(item.amount / Math.max(item.quantity, 1))),
  };
}

/** Marks the invoice items behind `lines` as billed on `invoiceId`. */
export function claimInvoiceItems(ctx: ScopeContext, lines: LineDraft[], invoiceId: string) {
  for (const line of lines) {
    if (!line.invoiceItem) continue;
    const item = ctx.emulator.store.get<Stripe.InvoiceItem>(ctx.scope, "invoiceitems", line.invoiceItem);
    if (item) save(ctx, "invoiceitems", { ...item, invoice: invoiceId });
  }
}
