import type { Sql } from "postgres";
import type Stripe from "stripe";
import { withTenant } from "../../db/tenant";
import { ApiError, InvalidRequestError, NotFoundError } from "../../shared/errors";
import { idOf } from "../../stripe/expandable";
import { getPrice, type Price } from "../catalogue/prices";
import { syncPrice } from "../catalogue-sync/price-sync";
import { openSyncTarget } from "../catalogue-sync/sync-target";
import { chargesBlockedReason, findAccount, notConnected } from "../connect";
import type { ActionContext } from "../context";
import { type CustomerRow, ensureStripeCustomer, getCustomer } from "../customers";
import type { CheckoutPurchase } from "./checkout-sessions";

export interface CheckoutInput {
  customer: string;
  price: string;
  quantity: number;
  currency?: string | undefined;
  promotion_code?: string | undefined;
}

/** Everything checked and looked up before a session row or any Stripe object exists. */
export interface ResolvedPurchase {
  purchase: CheckoutPurchase;
  price: Price & { stripe_id: string };
  productName: string;
  unitAmount: number;
  stripeCustomer: string;
  stripeAccount: string;
  coupon: Stripe.Coupon | null;
}

/** unit × quantity in integer minor units (quantity ≤ 10 000 and amounts < 2^53, so BigInt keeps it exact). */
export function grossAmount(unitAmount: number, quantity: number): bigint {
  return BigInt(unitAmount) * BigInt(quantity);
}

export interface CheckoutDeps {
  sql: Sql;
  stripe: Stripe;
  context: ActionContext;
}

const notFoundAs = (param: string) => (error: unknown) => {
  if (error instanceof NotFoundError) throw new NotFoundError(error.message, "resource_missing", param);
  throw error;
};

async function readPurchase({ sql, context }: CheckoutDeps, input: CheckoutInput) {
  return withTenant(sql, context.tenant, async (tx) => {
    const customer = await getCustomer(tx, input.customer).catch(notFoundAs("customer"));
    const price = await getPrice(tx, input.price, "price");
    const [product] = await tx<{ name: string }[]>`select name from products where id = ${price.product_id}`;
    return { customer, price, productName: product?.name ?? price.product_id, account: await findAccount(tx) };
  });
}

/** The Stripe price, pushing it now when the catalogue sync has not yet. */
async function stripePriceOf(deps: CheckoutDeps, price: Price): Promise<string> {
  if (price.stripe_id && price.sync_status === "synced") return price.stripe_id;
  const target = await openSyncTarget(deps.sql, deps.context.tenant, () => deps.stripe);
  const synced = target ? await syncPrice(target, price.id) : price;
  if (synced.stripe_id) return synced.stripe_id;
  throw new ApiError(
    409,
    "invalid_request_error",
    "price_not_synced",
    `This price is not on Stripe yet${synced.sync_error ? ` (${synced.sync_error})` : ""}; retry, or run POST /v1/catalogue/sync.`,
    "price",
  );
}

interface PromotionTarget {
  code: string;
  currency: string;
  /** unit amount × quantity, before any discount */
  gross: bigint;
  stripeCustomer: string;
  stripeAccount: string;
}

/**
 * The merchant's active promotion code with this customer-facing code, and its coupon, checked
 * against every restriction Stripe puts on a redemption (400 on `promotion_code` otherwise). One-time
 * purchases rely on this alone; subscriptions are checked again by Stripe when it applies the code.
 */
async function promotionOf(deps: CheckoutDeps, target: PromotionTarget) {
  const { code, currency } = target;
  const invalid = (why: string) => new InvalidRequestError("promotion_code_invalid", why, "promotion_code");
  const on = { stripeAccount: target.stripeAccount };
  const [promo] = (await deps.stripe.promotionCodes.list({ code, active: true, limit: 1 }, on)).data;
  if (!promo) throw invalid(`'${code}' is not a valid promotion code.`);
  const couponRef = promo.promotion.coupon;
  const coupon = typeof couponRef === "string" ? await deps.stripe.coupons.retrieve(couponRef, {}, on) : couponRef;
  const now = Math.floor(Date.now() / 1000);
  if (!coupon?.valid || (promo.expires_at !== null && promo.expires_at <= now)) throw invalid(`The promotion code '${code}' has expired.`);
  if (promo.max_redemptions !== null && promo.times_redeemed >= promo.max_redemptions)
    throw invalid(`The promotion code '${code}' has been used as often as it may be.`);
  if (coupon.amount_off !== null && coupon.currency !== currency)
    throw invalid(`The promotion code '${code}' does not apply to purchases in ${currency.toUpperCase()}.`);
  const customer = idOf(promo.customer);
  if (customer !== null && customer !== target.stripeCustomer)
    throw invalid(`The promotion code '${code}' is not available to this customer.`);
  const minimum = minimumAmount(promo.restrictions, currency);
  if (minimum !== null && target.gross < BigInt(minimum))
    throw invalid(`The promotion code '${code}' applies to orders of at least ${minimum} (minor units of ${currency.toUpperCase()}).`);
  if (promo.restrictions.first_time_transaction && (await hasPaidBefore(deps, target)))
    throw invalid(`The promotion code '${code}' is for a customer's first purchase only.`);
  return { promo, coupon };
}

/** The order minimum in the purchase's currency: the code's own, or its per-currency option. */
function minimumAmount(restrictions: Stripe.PromotionCode.Restrictions, currency: string): number | null {
  if (restrictions.minimum_amount !== null && restrictions.minimum_amount_currency === currency) return restrictions.minimum_amount;
  return restrictions.currency_options?.[currency]?.minimum_amount ?? null;
}

/** Stripe's "first-time order" means a customer without any successful payment. */
async function hasPaidBefore(deps: CheckoutDeps, target: PromotionTarget): Promise<boolean> {
  const charges = await deps.stripe.charges.list({ customer: target.stripeCustomer, limit: 100 }, { stripeAccount: target.stripeAccount });
  return charges.data.some((charge) => charge.status === "succeeded");
}

/**
 * Checks a checkout request completely before anything is written: the customer (this org and
 * mode), an active price sold in the currency, a connected account able to charge, and the
 * promotion code. Bad input is a 400/404 naming the param; a live account still onboarding is 409.
 */
export async function resolvePurchase(deps: CheckoutDeps, input: CheckoutInput): Promise<ResolvedPurchase> {
  const { customer, price, productName, account } = await readPurchase(deps, input);
  if (!price.active) throw new InvalidRequestError("price_inactive", `The price '${price.id}' is archived and cannot be bought.`, "price");
  const currency = input.currency ?? price.currency;
  const unitAmount = price.amounts[currency];
  if (unitAmount === undefined)
    throw new InvalidRequestError(
      "currency_not_available",
      `The price '${price.id}' is sold in ${Object.keys(price.amounts).join(", ")}, not '${currency}'.`,
      "currency",
    );
  if (BigInt(unitAmount) * BigInt(input.quantity) > BigInt(Number.MAX_SAFE_INTEGER))
    throw new InvalidRequestError("amount_too_large", "unit amount × quantity is too large to charge.", "quantity");
  const blocked = deps.context.tenant.livemode ? chargesBlockedReason(account) : undefined;
  if (blocked) throw new ApiError(409, "invalid_request_error", "account_not_ready", blocked);
  if (!account) throw notConnected();
  const stripeId = await stripePriceOf(deps, price);
  const stripeCustomer = await stripeCustomerOf(deps, customer);
  const promotion = input.promotion_code
    ? await promotionOf(deps, {
        code: input.promotion_code,
        currency,
        gross: grossAmount(unitAmount, input.quantity),
        stripeCustomer,
        stripeAccount: account.stripe_account_id,
      })
    : null;
  return {
    purchase: {
      customer: customer.id,
      price: price.id,
      quantity: input.quantity,
      currency,
      promotionCode: input.promotion_code ?? null,
      stripePromotionCode: promotion?.promo.id ?? null,
    },
    price: { ...price, stripe_id: stripeId },
    productName,
    unitAmount,
    stripeCustomer,
    stripeAccount: account.stripe_account_id,
    coupon: promotion?.coupon ?? null,
  };
}

async function stripeCustomerOf(deps: CheckoutDeps, customer: CustomerRow): Promise<string> {
  const mirrored = await ensureStripeCustomer(deps.sql, deps.stripe, deps.context, customer);
  if (mirrored.stripe_customer_id) return mirrored.stripe_customer_id;
  throw new ApiError(409, "invalid_request_error", "customer_not_synced", "This customer is not on Stripe yet; retry shortly.", "customer");
}
