import type Stripe from "stripe";
import type { ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { mustGet } from "../resources/lookup";
import { newId } from "../store/ids";
import { itemDescription, type LineDraft, productName } from "./invoice-builder";
import { type Interval, nextBoundary, prorate } from "./periods";

export const customerIdOf = (subscription: Stripe.Subscription) => String(subscription.customer);

/** A recurring, active price usable on a subscription, or Stripe's error for `param`. */
export function recurringPrice(ctx: ScopeContext, id: string, param: string): Stripe.Price {
  const price = mustGet<Stripe.Price>(ctx, "prices", id, "price", param);
  if (!price.recurring)
    throw errors.badRequest(
      `The price specified is set to \`type=one_time\` but this field only accepts prices with \`type=recurring\`.`,
      "parameter_invalid",
      param,
    );
  if (!price.active)
    throw errors.badRequest(`The price specified is inactive. This field only accepts active prices.`, "parameter_invalid", param);
  return price;
}

export function interval(price: Stripe.Price): { interval: Interval; count: number } {
  return { interval: (price.recurring?.interval ?? "month") as Interval, count: price.recurring?.interval_count ?? 1 };
}

/** The next period end from the subscription's billing cycle anchor. */
export function periodEndAfter(subscription: Stripe.Subscription, price: Stripe.Price, after: number): number {
  const { interval: unit, count } = interval(price);
  return nextBoundary(subscription.billing_cycle_anchor, unit, count, after);
}

export function newItem(
  subscriptionId: string,
  price: Stripe.Price,
  quantity: number,
  metadata: Record<string, string>,
  period: { start: number; end: number },
  created: number,
): Stripe.SubscriptionItem {
  return {
    id: newId("si", 14),
    object: "subscription_item",
    billing_thresholds: null,
    created,
    current_period_end: period.end,
    current_period_start: period.start,
    current_trial: null,
    discounts: [],
    metadata,
    plan: planOf(price),
    price,
    quantity,
    subscription: subscriptionId,
    tax_rates: [],
  };
}

/** Stripe still mirrors every recurring price as a legacy Plan on subscription items. */
function planOf(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? "month",
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: price.livemode,
    meter: null,
    metadata: price.metadata,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: price.recurring?.trial_period_days ?? null,
    usage_type: price.recurring?.usage_type ?? "licensed",
  };
}

/** The unit amount of a price in `currency`: its own, or the one from `currency_options`. */
export function unitAmount(price: Stripe.Price, currency: string): number {
  if (price.currency === currency) return price.unit_amount ?? 0;
  return price.currency_options?.[currency]?.unit_amount ?? 0;
}

export const itemAmount = (item: { price: Stripe.Price; quantity?: number }, currency: string) =>
  unitAmount(item.price, currency) * (item.quantity ?? 1);

/** Checks every price can be charged in `currency` (its own currency or one of its `currency_options`). */
export function checkCurrency(price: Stripe.Price, currency: string, param: string) {
  if (price.currency !== currency && !price.currency_options?.[currency])
    throw errors.badRequest(`The price ${price.id} has no currency_options for ${currency}.`, "parameter_invalid", param);
}

/** Lines charging each item for the period `[start, end)` (renewals, first invoices). */
export function periodLines(
  ctx: ScopeContext,
  subscription: Stripe.Subscription,
  items: Stripe.SubscriptionItem[],
  period: { start: number; end: number },
  trial: boolean,
): LineDraft[] {
  return items.map((item) => ({
    amount: trial ? 0 : itemAmount(item, subscription.currency),
    currency: subscription.currency,
    description: trial
      ? `Trial period for ${productName(ctx, item.price)}`
      : itemDescription(ctx, item.price, item.quantity ?? 1, subscription.currency),
    quantity: item.quantity ?? 1,
    price: item.price,
    period,
    proration: false,
    subscription: subscription.id,
    subscriptionItem: item.id,
    invoiceItem: null,
    discountable: true,
    metadata: {},
  }));
}

function dateLabel(at: number): string {
  return new Date(at * 1000).toLocaleDateString("en-US", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/**
 * Proration lines for replacing `before` items by `after` items at `at` within `period`: a credit for the
 * unused time of every changed or removed item, a charge for the remaining time of every changed or new one.
 */
export function prorationLines(
  ctx: ScopeContext,
  subscription: Stripe.Subscription,
  before: Array<{ id: string; price: Stripe.Price; quantity: number }>,
  after: Array<{ id: string; price: Stripe.Price; quantity: number }>,
  period: { start: number; end: number },
  at: number,
): LineDraft[] {
  const lines: LineDraft[] = [];
  const line = (item: { id: string; price: Stripe.Price; quantity: number }, sign: 1 | -1): LineDraft => ({
    amount: prorate(sign * itemAmount(item, subscription.currency), period.start, period.end, at),
    currency: subscription.currency,
    description: `${sign < 0 ? "Unused" : "Remaining"} time on ${item.quantity > 1 ? `${item.quantity} × ` : ""}${productName(ctx, item.price)} after ${dateLabel(at)}`,
    quantity: item.quantity,
    price: item.price,
    period: { start: at, end: period.end },
    proration: true,
    subscription: subscription.id,
    subscriptionItem: item.id,
    invoiceItem: null,
    discountable: true,
    metadata: {},
  });
  for (const old of before) {
    const next = after.find((candidate) => candidate.id === old.id);
    if (!next || next.price.id !== old.price.id || next.quantity !== old.quantity) lines.push(line(old, -1));
  }
  for (const next of after) {
    const old = before.find((candidate) => candidate.id === next.id);
    if (!old || next.price.id !== old.price.id || next.quantity !== old.quantity) lines.push(line(next, 1));
  }
  return lines.filter((entry) => entry.amount !== 0);
}
