import type Stripe from "stripe";
import { withTenant } from "../../db/tenant";
import { percentCovering } from "../fees/fee-collection";
import { orgFee } from "../fees/org-fee";
import { type CheckoutDeps, grossAmount, type ResolvedPurchase } from "./checkout-purchase";
import type { CheckoutSessionRow, SessionPatch } from "./checkout-sessions";
import { SUBSCRIPTION_EXPAND, subscriptionView } from "./checkout-state";
import { couponDiscount, oneTimeSummary, subscriptionSummary } from "./checkout-summary";

export interface Provisioned {
  patch: SessionPatch;
  clientSecret: string | null;
}

/** Every Stripe write of a session carries a key derived from its id: a retry never makes a second object. */
const idempotencyKey = (session: string, what: string) => `billingos-checkout-${session}-${what}`;

const fee = (deps: CheckoutDeps, gross: number, currency: string) =>
  withTenant(deps.sql, deps.context.tenant, async (tx) => (await orgFee(tx, gross, currency)).fee);

/**
 * A subscription in `default_incomplete`: its first invoice is finalized at once, so the customer
 * confirms that invoice's PaymentIntent in the page (exactly one charge). A finalized invoice's fee
 * cannot be edited, so BillingOS's fee on it is the subscription's application_fee_percent at
 * creation, rounded up from the fee on what the first invoice charges (unit × quantity less the
 * promotion's discount), and cleared at once so renewals take the fee set on their drafts; the
 * excess goes back when the invoice is paid (fee-collection.ts). Trials start at once: with a
 * SetupIntent to collect the card when the price requires one, without any intent otherwise.
 */
async function provisionSubscription(deps: CheckoutDeps, resolved: ResolvedPurchase, session: CheckoutSessionRow): Promise<Provisioned> {
  const { price, purchase } = resolved;
  const on = { stripeAccount: resolved.stripeAccount };
  const trial = price.trial_days;
  const percent = trial ? null : await firstInvoicePercent(deps, resolved);
  const subscription = await deps.stripe.subscriptions.create(
    {
      customer: resolved.stripeCustomer,
      items: [{ price: price.stripe_id, quantity: purchase.quantity }],
      currency: purchase.currency,
      // A trial without a card has nothing to collect; every other start waits for the customer's confirmation.
      payment_behavior: trial && !price.trial_requires_payment_method ? "allow_incomplete" : "default_incomplete",
      payment_settings: { save_default_payment_method: "on_subscription" },
      ...(trial ? { trial_period_days: trial, trial_settings: { end_behavior: { missing_payment_method: "cancel" as const } } } : {}),
      ...(purchase.stripePromotionCode ? { discounts: [{ promotion_code: purchase.stripePromotionCode }] } : {}),
      ...(percent ? { application_fee_percent: percent } : {}),
      metadata: { billingos_checkout_session: session.id, billingos_price: price.id },
      expand: SUBSCRIPTION_EXPAND,
    },
    { ...on, idempotencyKey: idempotencyKey(session.id, "subscription") },
  );
  if (percent)
    await deps.stripe.subscriptions.update(
      subscription.id,
      { application_fee_percent: "" },
      { ...on, idempotencyKey: idempotencyKey(session.id, "clear-fee-percent") },
    );
  const invoice = subscription.latest_invoice as Stripe.Invoice;
  const view = subscriptionView(subscription);
  return {
    clientSecret: view.clientSecret,
    patch: {
      intent_kind: view.kind,
      stripe_subscription_id: subscription.id,
      stripe_payment_intent_id: view.paymentIntentId,
      stripe_setup_intent_id: view.setupIntentId,
      summary: subscriptionSummary(resolved, subscription, invoice),
      // A new subscription is never past due or ended: complete here means active, or trialing with nothing to collect.
      ...(view.status === "complete" ? { status: "complete" as const } : {}),
    },
  };
}

/** The percentage that takes at least BillingOS's fee on the first invoice; null when there is no fee. */
async function firstInvoicePercent(deps: CheckoutDeps, resolved: ResolvedPurchase): Promise<number | null> {
  const gross = grossAmount(resolved.unitAmount, resolved.purchase.quantity);
  const due = Number(gross - couponDiscount(gross, resolved.coupon));
  if (due <= 0) return null;
  const amount = await fee(deps, due, resolved.purchase.currency);
  return amount > 0 ? percentCovering(amount, due) : null;
}

/**
 * A one-time purchase: one PaymentIntent for unit amount × quantity minus the promotion's
 * discount (integer arithmetic, see checkout-summary.ts; resolvePurchase bounds it to 2^53), carrying BillingOS's fee. A purchase
 * discounted to zero needs no payment and completes at once.
 */
async function provisionPayment(deps: CheckoutDeps, resolved: ResolvedPurchase, session: CheckoutSessionRow): Promise<Provisioned> {
  const { purchase } = resolved;
  const gross = grossAmount(resolved.unitAmount, purchase.quantity);
  const discount = couponDiscount(gross, resolved.coupon);
  const summary = oneTimeSummary(resolved, gross, discount);
  const amount = summary.total_due_now;
  if (amount === 0) return { clientSecret: null, patch: { intent_kind: "none", summary, status: "complete" } };
  const applicationFee = await fee(deps, amount, purchase.currency);
  const intent = await deps.stripe.paymentIntents.create(
    {
      amount,
      currency: purchase.currency,
      customer: resolved.stripeCustomer,
      description: `${purchase.quantity} × ${resolved.productName}`,
      ...(applicationFee > 0 ? { application_fee_amount: applicationFee } : {}),
      metadata: { billingos_checkout_session: session.id, billingos_price: purchase.price },
    },
    { stripeAccount: resolved.stripeAccount, idempotencyKey: idempotencyKey(session.id, "payment-intent") },
  );
  return {
    clientSecret: intent.client_secret,
    patch: { intent_kind: "payment_intent", stripe_payment_intent_id: intent.id, summary },
  };
}

export function provision(deps: CheckoutDeps, resolved: ResolvedPurchase, session: CheckoutSessionRow): Promise<Provisioned> {
  return resolved.price.type === "one_time" ? provisionPayment(deps, resolved, session) : provisionSubscription(deps, resolved, session);
}
