import type Stripe from "stripe";
import { emit, nowSeconds, saveWithEvent } from "../events/events";
import type { Route, ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";

const couponShape = {
  id: "string",
  name: "string",
  percent_off: "string",
  amount_off: "integer",
  currency: "string",
  duration: { enum: ["once", "repeating", "forever"] },
  duration_in_months: "integer",
  max_redemptions: "integer",
  redeem_by: "integer",
  metadata: "metadata",
} as const;

const promotionShape = {
  promotion: { object: { type: { enum: ["coupon"] }, coupon: "string" } },
  code: "string",
  active: "boolean",
  customer: "string",
  expires_at: "integer",
  max_redemptions: "integer",
  restrictions: { object: { first_time_transaction: "boolean", minimum_amount: "integer", minimum_amount_currency: "string" } },
  metadata: "metadata",
} as const;

/** A coupon can still be applied: not past `redeem_by`, not over `max_redemptions`. */
export function usableCoupon(ctx: ScopeContext, id: string, param: string, now: number): Stripe.Coupon {
  const coupon = mustGet<Stripe.Coupon>(ctx, "coupons", id, "coupon", param);
  if (
    !coupon.valid ||
    (coupon.redeem_by !== null && coupon.redeem_by < now) ||
    (coupon.max_redemptions !== null && coupon.times_redeemed >= coupon.max_redemptions)
  )
    throw errors.badRequest(`Coupon expired: ${coupon.id}`, "coupon_expired", param);
  return coupon;
}

export function usablePromotionCode(ctx: ScopeContext, id: string, param: string, now: number): Stripe.PromotionCode {
  const promo = mustGet<Stripe.PromotionCode>(ctx, "promotion_codes", id, "promotion code", param);
  if (
    !promo.active ||
    (promo.expires_at !== null && promo.expires_at < now) ||
    (promo.max_redemptions !== null && promo.times_redeemed >= promo.max_redemptions)
  )
    throw errors.badRequest(`This promotion code cannot be redeemed: ${promo.code}`, "coupon_expired", param);
  return promo;
}

/** Counts one more use of a coupon (and its promotion code), as Stripe does when a discount is applied. */
export function redeem(ctx: ScopeContext, couponId: string, promotionCodeId: string | null) {
  const coupon = ctx.emulator.store.get<Stripe.Coupon>(ctx.scope, "coupons", couponId);
  if (coupon) save(ctx, "coupons", { ...coupon, times_redeemed: coupon.times_redeemed + 1 });
  const promo = promotionCodeId ? ctx.emulator.store.get<Stripe.PromotionCode>(ctx.scope, "promotion_codes", promotionCodeId) : undefined;
  if (promo) save(ctx, "promotion_codes", { ...promo, times_redeemed: promo.times_redeemed + 1 });
}

export const couponRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/coupons",
    handler(ctx) {
      const params = parseParams(ctx.input, couponShape);
      const percent = params.percent_off === undefined || params.percent_off === null ? null : Number(params.percent_off);
      if (percent === null && (params.amount_off === undefined || params.amount_off === null)) throw errors.missingParam("percent_off");
      if (percent !== null && (!Number.isFinite(percent) || percent <= 0 || percent > 100))
        throw errors.invalidParam("percent_off", "percent_off must be greater than 0 and at most 100.", "parameter_invalid");
      if (params.amount_off !== undefined && params.amount_off !== null) {
        if (!params.currency) throw errors.missingParam("currency");
        if (params.amount_off <= 0) throw errors.invalidParam("amount_off", "amount_off must be positive.", "parameter_invalid_integer");
      }
      const duration = params.duration ?? "once";
      if (duration === "repeating" && !params.duration_in_months) throw errors.missingParam("duration_in_months");
      const id = params.id ?? newId("", 8).slice(1);
      if (ctx.emulator.store.get(ctx.scope, "coupons", id))
        throw errors.badRequest("Coupon already exists.", "resource_already_exists", "id");
      const coupon: Stripe.Coupon = {
        id,
        object: "coupon",
        amount_off: params.amount_off ?? null,
        created: nowSeconds(),
        currency: params.currency?.toLowerCase() ?? null,
        duration,
        duration_in_months: duration === "repeating" ? (params.duration_in_months ?? null) : null,
        livemode: ctx.livemode,
        max_redemptions: params.max_redemptions ?? null,
        metadata: mergeMetadata({}, params.metadata),
        name: params.name ?? null,
        percent_off: percent,
        redeem_by: params.redeem_by ?? null,
        times_redeemed: 0,
        valid: true,
      };
      save(ctx, "coupons", coupon);
      emit(ctx, "coupon.created", coupon);
      return coupon;
    },
  },
  { method: "GET", path: "/v1/coupons/:id", handler: (ctx) => mustGet<Stripe.Coupon>(ctx, "coupons", ctx.args[0] ?? "", "coupon") },
  {
    method: "POST",
    path: "/v1/coupons/:id",
    handler(ctx) {
      const before = mustGet<Stripe.Coupon>(ctx, "coupons", ctx.args[0] ?? "", "coupon");
      const params = parseParams(ctx.input, { name: "string", metadata: "metadata" });
      const after: Stripe.Coupon = {
        ...before,
        name: params.name === undefined ? before.name : params.name,
        metadata: mergeMetadata(before.metadata, params.metadata),
      };
      return saveWithEvent(ctx, "coupons", before, after, "coupon.updated");
    },
  },
  {
    method: "GET",
    path: "/v1/coupons",
    handler: (ctx) => paginate(ctx.emulator.store.all<Stripe.Coupon>(ctx.scope, "coupons"), ctx.input, "/v1/coupons", "coupon"),
  },
  {
    method: "DELETE",
    path: "/v1/coupons/:id",
    handler(ctx) {
      const coupon = mustGet<Stripe.Coupon>(ctx, "coupons", ctx.args[0] ?? "", "coupon");
      // Deleting a coupon stops new redemptions; discounts already applied keep working, as at Stripe.
      save(ctx, "coupons", { ...coupon, valid: false });
      emit(ctx, "coupon.deleted", coupon);
      const deleted: Stripe.DeletedCoupon = { id: coupon.id, object: "coupon", deleted: true };
      return deleted;
    },
  },
  {
    method: "POST",
    path: "/v1/promotion_codes",
    handler(ctx) {
      const params = parseParams(ctx.input, promotionShape, ["promotion"]);
      if (!params.promotion?.coupon) throw errors.missingParam("promotion[coupon]");
      const coupon = usableCoupon(ctx, params.promotion.coupon, "promotion[coupon]", nowSeconds());
      const code = (params.code ?? newId("", 8).slice(1)).toUpperCase();
      if (!/^[A-Z0-9_-]{1,500}$/i.test(code))
        throw errors.invalidParam("code", "Codes may contain letters, digits, '-' and '_' only.", "parameter_invalid");
      if (
        ctx.emulator.store
          .all<Stripe.PromotionCode>(ctx.scope, "promotion_codes")
          .some((promo) => promo.active && promo.code.toUpperCase() === code)
      )
        throw errors.badRequest("An active promotion code with this code already exists.", "resource_already_exists", "code");
      if (params.customer) mustGet(ctx, "customers", params.customer, "customer", "customer");
      const promo: Stripe.PromotionCode = {
        id: newId("promo", 24),
        object: "promotion_code",
        active: params.active ?? true,
        code,
        created: nowSeconds(),
        customer: params.customer ?? null,
        customer_account: null,
        expires_at: params.expires_at ?? null,
        livemode: ctx.livemode,
        max_redemptions: params.max_redemptions ?? null,
        metadata: mergeMetadata({}, params.metadata),
        promotion: { coupon: coupon.id, type: "coupon" },
        restrictions: {
          first_time_transaction: params.restrictions?.first_time_transaction ?? false,
          minimum_amount: params.restrictions?.minimum_amount ?? null,
          minimum_amount_currency: params.restrictions?.minimum_amount_currency ?? null,
        },
        times_redeemed: 0,
      };
      save(ctx, "promotion_codes", promo);
      emit(ctx, "promotion_code.created", promo);
      return promo;
    },
  },
  {
    method: "GET",
    path: "/v1/promotion_codes/:id",
    handler: (ctx) => mustGet<Stripe.PromotionCode>(ctx, "promotion_codes", ctx.args[0] ?? "", "promotion code"),
  },
  {
    method: "POST",
    path: "/v1/promotion_codes/:id",
    handler(ctx) {
      const before = mustGet<Stripe.PromotionCode>(ctx, "promotion_codes", ctx.args[0] ?? "", "promotion code");
      const params = parseParams(ctx.input, { active: "boolean", metadata: "metadata", restrictions: "any" });
      const after: Stripe.PromotionCode = {
        ...before,
        active: params.active ?? before.active,
        metadata: mergeMetadata(before.metadata, params.metadata),
      };
      return saveWithEvent(ctx, "promotion_codes", before, after, "promotion_code.updated");
    },
  },
  {
    method: "GET",
    path: "/v1/promotion_codes",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), {
        code: "string",
        active: "boolean",
        coupon: "string",
        customer: "string",
        created: "any",
      });
      const all = ctx.emulator.store
        .all<Stripe.PromotionCode>(ctx.scope, "promotion_codes")
        .filter((promo) => !params.code || promo.code.toUpperCase() === params.code.toUpperCase())
        .filter((promo) => params.active === undefined || params.active === null || promo.active === params.active)
        .filter((promo) => !params.coupon || promo.promotion.coupon === params.coupon)
        .filter((promo) => !params.customer || promo.customer === params.customer);
      return paginate(all, ctx.input, "/v1/promotion_codes", "promotion code");
    },
  },
];
