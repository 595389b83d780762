import type Stripe from "stripe";
import type { ScopeContext } from "../http/context";
import { save } from "../resources/lookup";
import { newId } from "../store/ids";
import { redeem, usableCoupon, usablePromotionCode } from "./coupons";
import { boundary } from "./periods";

export interface DiscountRequest {
  coupon?: string | null;
  promotion_code?: string | null;
  discount?: string | null;
}

/** Creates Discount objects for a subscription from `discounts[]` (coupon or promotion code). */
export function createDiscounts(
  ctx: ScopeContext,
  requests: DiscountRequest[] | null | undefined,
  owner: { customer: string; subscription: string | null },
  now: number,
): string[] {
  const ids: string[] = [];
  for (const [index, request] of (requests ?? []).entries()) {
    if (request.discount) {
      ids.push(request.discount);
      continue;
    }
    const promo = request.promotion_code
      ? usablePromotionCode(ctx, request.promotion_code, `discounts[${index}][promotion_code]`, now)
      : null;
    const couponId = promo ? String(promo.promotion.coupon) : request.coupon;
    if (!couponId) continue;
    const coupon = usableCoupon(ctx, couponId, `discounts[${index}][coupon]`, now);
    const end = coupon.duration === "repeating" && coupon.duration_in_months ? boundary(now, "month", coupon.duration_in_months, 1) : null;
    const discount: Stripe.Discount = {
      id: newId("di", 24),
      object: "discount",
      checkout_session: null,
      customer: owner.customer,
      customer_account: null,
      end,
      invoice: null,
      invoice_item: null,
      promotion_code: promo?.id ?? null,
      source: { coupon: coupon.id, type: "coupon" },
      start: now,
      subscription: owner.subscription,
      subscription_item: null,
    };
    save(ctx, "discounts", discount);
    redeem(ctx, coupon.id, promo?.id ?? null);
    ids.push(discount.id);
  }
  return ids;
}

export interface PricedLine {
  amount: number;
  discountable: boolean;
}

/**
 * Discount amounts per line: percent coupons take their share of every discountable line (credits
 * included, so a discounted plan is credited at its discounted price); amount coupons are spread over the
 * positive lines in proportion, never more than those lines are worth, the rounding remainder on the last.
 */
export function discountLines(
  ctx: ScopeContext,
  discountIds: string[],
  lines: PricedLine[],
  currency: string,
  at: number,
): Array<Array<{ amount: number; discount: string }>> {
  const result = lines.map(() => [] as Array<{ amount: number; discount: string }>);
  for (const id of discountIds) {
    const discount = ctx.emulator.store.get<Stripe.Discount>(ctx.scope, "discounts", id);
    if (!discount || (discount.end !== null && discount.end <= at)) continue;
    const coupon = ctx.emulator.store.get<Stripe.Coupon>(ctx.scope, "coupons", String(discount.source.coupon));
    if (!coupon) continue;
    if (coupon.percent_off !== null) {
      lines.forEach((line, index) => {
        if (!line.discountable || line.amount === 0) return;
        const exact = (line.amount * (coupon.percent_off ?? 0)) / 100;
        result[index]?.push({ amount: Math.sign(exact) * Math.round(Math.abs(exact)), discount: id });
      });
    } else if (coupon.amount_off !== null && coupon.currency === currency) {
      const positive = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.discountable && line.amount > 0);
      const base = positive.reduce((sum, { line }) => sum + line.amount, 0);
      const total = Math.min(coupon.amount_off, base);
      let left = total;
      positive.forEach(({ line, index }, position) => {
        const share = position === positive.length - 1 ? left : Math.floor((total * line.amount) / base);
        left -= share;
        if (share > 0) result[index]?.push({ amount: share, discount: id });
      });
    }
  }
  return result;
}

/** Drops a `once` discount after its first invoice and expired `repeating` ones. */
export function remainingDiscounts(ctx: ScopeContext, discountIds: string[], at: number): string[] {
  return discountIds.filter((id) => {
    const discount = ctx.emulator.store.get<Stripe.Discount>(ctx.scope, "discounts", id);
    if (!discount) return false;
    const coupon = ctx.emulator.store.get<Stripe.Coupon>(ctx.scope, "coupons", String(discount.source.coupon));
    if (coupon?.duration === "once") return false;
    return discount.end === null || discount.end > at;
  });
}
