import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { monthlyAmounts } from "./mrr";

const NOW = 1_790_000_000;

interface Line {
  amount: number;
  interval: Stripe.Price.Recurring.Interval;
  count?: number;
  quantity?: number;
  metered?: boolean;
}

/** A subscription as Stripe returns it, reduced to what MRR reads. */
function subscription(lines: Line[], options: { status?: Stripe.Subscription.Status; discounts?: Stripe.Discount[] } = {}) {
  return {
    status: options.status ?? "active",
    currency: "usd",
    discounts: options.discounts ?? [],
    items: {
      data: lines.map((line) => ({
        quantity: line.quantity ?? 1,
        price: {
          currency: "usd",
          unit_amount: line.amount,
          recurring: { interval: line.interval, interval_count: line.count ?? 1, usage_type: line.metered ? "metered" : "licensed" },
        },
      })),
    },
  } as unknown as Stripe.Subscription;
}

function discount(coupon: Partial<Stripe.Coupon>, end: number | null = null): Stripe.Discount {
  const full = { id: "SAVE", object: "coupon", percent_off: null, amount_off: null, currency: null, duration: "forever", ...coupon };
  return { id: "di_1", object: "discount", end, source: { type: "coupon", coupon: full } } as unknown as Stripe.Discount;
}

describe("monthlyAmounts: every interval and interval count normalised to a month (docs/analytics.md, MRR)", () => {
  it.each([
    // amount, interval, count, MRR by hand
    [2_900, "month", 1, 2_900],
    [29_000, "year", 1, 2_417], // 29,000 / 12 = 2,416.67
    [12_000, "month", 3, 4_000], // quarterly: 12,000 / 3
    [10_000, "month", 6, 1_667], // 10,000 / 6 = 1,666.67
    [100, "day", 1, 3_042], // 100 × 365 / 12 = 3,041.67
    [700, "day", 7, 3_042], // 700 × 365 / (12 × 7) = 3,041.67
    [1_000, "week", 1, 4_333], // 1,000 × 52 / 12 = 4,333.33
    [3_000, "week", 2, 6_500], // 3,000 × 52 / (12 × 2)
  ] as const)("%i per %i %s(s) → %i", (amount, interval, count, mrr) => {
    expect(monthlyAmounts(subscription([{ amount, interval, count }]), NOW)).toEqual({ mrr, plan: mrr });
  });

  it("multiplies by quantity and adds the items; metered prices bill usage and add nothing", () => {
    const lines: Line[] = [
      { amount: 1_000, interval: "month", quantity: 3 },
      { amount: 500, interval: "month" },
      { amount: 2, interval: "month", metered: true },
    ];
    expect(monthlyAmounts(subscription(lines), NOW)).toEqual({ mrr: 3_500, plan: 3_500 });
  });

  it("counts only paying statuses as MRR; a trial keeps its plan amount (the pipeline)", () => {
    const line: Line[] = [{ amount: 2_900, interval: "month" }];
    expect(monthlyAmounts(subscription(line, { status: "past_due" }), NOW)).toEqual({ mrr: 2_900, plan: 2_900 });
    for (const status of ["trialing", "canceled", "unpaid", "paused", "incomplete"] as const)
      expect(monthlyAmounts(subscription(line, { status }), NOW)).toEqual({ mrr: 0, plan: 2_900 });
  });

  it("applies recurring discounts before normalising: percent rounded half up, amount in the currency, never below zero", () => {
    const yearly: Line[] = [{ amount: 29_000, interval: "year" }];
    // 29,000 − 25 % (7,250) = 21,750 per year → 1,812.5 → 1,813
    expect(monthlyAmounts(subscription(yearly, { discounts: [discount({ percent_off: 25 })] }), NOW).mrr).toBe(1_813);
    // 12.5 % of 2,900 = 362.5 → 363 off → 2,537
    const monthly: Line[] = [{ amount: 2_900, interval: "month" }];
    expect(monthlyAmounts(subscription(monthly, { discounts: [discount({ percent_off: 12.5 })] }), NOW).mrr).toBe(2_537);
    const amountOff = discount({ amount_off: 500, currency: "usd", duration: "repeating" }, NOW + 86_400);
    expect(monthlyAmounts(subscription(monthly, { discounts: [amountOff] }), NOW).mrr).toBe(2_400);
    const otherCurrency = discount({ amount_off: 500, currency: "eur" });
    expect(monthlyAmounts(subscription(monthly, { discounts: [otherCurrency] }), NOW).mrr).toBe(2_900);
    const tooMuch = discount({ amount_off: 5_000, currency: "usd" });
    expect(monthlyAmounts(subscription(monthly, { discounts: [tooMuch] }), NOW)).toEqual({ mrr: 0, plan: 0 });
  });

  it("leaves out discounts that do not recur: `once` coupons and discounts that have ended", () => {
    const monthly: Line[] = [{ amount: 2_900, interval: "month" }];
    expect(monthlyAmounts(subscription(monthly, { discounts: [discount({ percent_off: 50, duration: "once" })] }), NOW).mrr).toBe(2_900);
    const ended = discount({ percent_off: 50, duration: "repeating" }, NOW);
    expect(monthlyAmounts(subscription(monthly, { discounts: [ended] }), NOW).mrr).toBe(2_900);
  });
});
