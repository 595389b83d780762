import type Stripe from "stripe";
import { grossAmount, type ResolvedPurchase } from "./checkout-purchase";
import type { CheckoutSummary } from "./checkout-sessions";

/**
 * A coupon's discount on a one-time purchase, in integer minor units: `percent_off` is applied in
 * hundredths of a percent and rounded half up (as Stripe rounds discounts), `amount_off` is capped
 * at the amount; the total never goes below zero.
 */
export function couponDiscount(gross: bigint, coupon: Stripe.Coupon | null): bigint {
  if (!coupon) return 0n;
  if (coupon.percent_off !== null) {
    const basisPoints = BigInt(Math.round(coupon.percent_off * 100));
    return (gross * basisPoints + 5_000n) / 10_000n;
  }
  const off = BigInt(coupon.amount_off ?? 0);
  return off > gross ? gross : off;
}

/** The recurring part shown to the customer: the list amount per period (before any discount). */
function recurringOf(resolved: ResolvedPurchase): CheckoutSummary["recurring"] {
  const { price, unitAmount, purchase } = resolved;
  if (price.type !== "recurring" || !price.recurring_interval || !price.recurring_interval_count) return null;
  return {
    amount: Number(grossAmount(unitAmount, purchase.quantity)),
    interval: price.recurring_interval,
    interval_count: price.recurring_interval_count,
  };
}

/** A subscription's summary, read off its first invoice, so it equals what Stripe charges. */
export function subscriptionSummary(
  resolved: ResolvedPurchase,
  subscription: Stripe.Subscription,
  invoice: Stripe.Invoice,
): CheckoutSummary {
  const discount = (invoice.total_discount_amounts ?? []).reduce((sum, line) => sum + line.amount, 0);
  return {
    line_items: invoice.lines.data.map((line) => ({
      description: line.description ?? resolved.productName,
      quantity: line.quantity ?? resolved.purchase.quantity,
      unit_amount: resolved.unitAmount,
      amount: line.amount,
    })),
    subtotal: invoice.subtotal,
    discount,
    total_due_now: invoice.amount_due,
    recurring: recurringOf(resolved),
    trial_end: subscription.trial_end,
  };
}

/** A one-time purchase's summary: the same integer arithmetic that set the PaymentIntent's amount. */
export function oneTimeSummary(resolved: ResolvedPurchase, gross: bigint, discount: bigint): CheckoutSummary {
  return {
    line_items: [
      { description: resolved.productName, quantity: resolved.purchase.quantity, unit_amount: resolved.unitAmount, amount: Number(gross) },
    ],
    subtotal: Number(gross),
    discount: Number(discount),
    total_due_now: Number(gross - discount),
    recurring: null,
    trial_end: null,
  };
}
