import type Stripe from "stripe";

/**
 * What a subscription must be read with for its MRR: its discounts and their coupons (Stripe
 * returns discount ids otherwise), and its prices' amounts in other currencies (Stripe returns
 * `currency_options` only when asked). Every read that is mirrored asks for these.
 */
export const MRR_EXPAND = ["discounts.source.coupon", "items.data.price.currency_options"] as const;

const COUNTS_AS_REVENUE = new Set(["active", "past_due"]);
/**
 * Periods of each interval in one month, as a fraction (a year = 12 months = 365 days = 52 weeks),
 * so a price per period times this is per month; divided again by the interval count (quarterly =
 * every 3 months).
 */
const PERIODS_PER_MONTH: Record<Stripe.Price.Recurring.Interval, [bigint, bigint]> = {
  day: [365n, 12n],
  week: [52n, 12n],
  month: [1n, 1n],
  year: [1n, 12n],
};

/** A coupon that lowers every renewal: `forever`, or `repeating` until its discount ends. `once` coupons touch one invoice only. */
function recurringCoupon(discount: string | Stripe.Discount, at: number): Stripe.Coupon | null {
  if (typeof discount === "string") return null;
  const coupon = discount.source.coupon;
  if (!coupon || typeof coupon === "string" || coupon.duration === "once") return null;
  return discount.end === null || discount.end > at ? coupon : null;
}

/**
 * What Stripe bills for one unit of a price on a subscription: the subscription's currency decides,
 * so a price in another currency bills its `currency_options` amount for that currency (null when
 * the price has none or was read without `MRR_EXPAND`).
 */
function unitAmount(price: Stripe.Price, currency: string): number | null {
  if (price.currency === currency) return price.unit_amount;
  return price.currency_options?.[currency]?.unit_amount ?? null;
}

/**
 * The subscription's recurring amount per period (in its currency) after its recurring discounts: each percent
 * coupon takes its share of the list amount (rounded half up, as Stripe rounds discounts), each
 * amount coupon in the subscription's currency its amount; never below zero. Metered prices bill
 * usage, not a recurring amount, and are left out.
 */
function discountedPerPeriod(subscription: Stripe.Subscription, at: number) {
  let list = 0n;
  let interval: [bigint, bigint] | null = null;
  for (const item of subscription.items.data) {
    const recurring = item.price.recurring;
    const ratio = recurring ? PERIODS_PER_MONTH[recurring.interval] : undefined;
    const unit = unitAmount(item.price, subscription.currency);
    if (!recurring || !ratio || recurring.usage_type === "metered" || unit === null) continue;
    list += BigInt(unit) * BigInt(item.quantity ?? 1);
    const [periods, months] = ratio;
    // Stripe bills every item of a subscription on one interval.
    interval = [periods, months * BigInt(recurring.interval_count)];
  }
  let off = 0n;
  for (const discount of subscription.discounts ?? []) {
    const coupon = recurringCoupon(discount, at);
    if (coupon?.percent_off != null) off += (list * BigInt(Math.round(coupon.percent_off * 100)) + 5_000n) / 10_000n;
    else if (coupon?.amount_off != null && coupon.currency === subscription.currency) off += BigInt(coupon.amount_off);
  }
  return { amount: list > off ? list - off : 0n, interval };
}

/**
 * Monthly amount of a subscription in minor units, rounded half up once: its discounted recurring
 * amount per period × periods per month. `mrr` is that while it is paying (active or past_due)
 * and 0 otherwise; `plan` is that whatever the status (a trial's pipeline). Formulas and worked
 * examples: docs/analytics.md.
 */
export function monthlyAmounts(subscription: Stripe.Subscription, at = Math.floor(Date.now() / 1000)): { mrr: number; plan: number } {
  const { amount, interval } = discountedPerPeriod(subscription, at);
  if (!interval) return { mrr: 0, plan: 0 };
  const [periods, months] = interval;
  const plan = Number((amount * periods * 2n + months) / (2n * months));
  return { mrr: COUNTS_AS_REVENUE.has(subscription.status) ? plan : 0, plan };
}
