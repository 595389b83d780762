import Stripe from "stripe";
import { withTenant } from "../../db/tenant";
import { ApiError } from "../../shared/errors";
import { randomId } from "../../shared/ids";
import { idOf } from "../../stripe/expandable";
import { findAccount, notConnected } from "../connect";
import { syncSessionWithStripe } from "./checkout-expiry";
import { provision } from "./checkout-provision";
import { type CheckoutDeps, type CheckoutInput, type ResolvedPurchase, resolvePurchase } from "./checkout-purchase";
import { type CheckoutSessionRow, findOpenSession, getSession, insertSession, updateSession } from "./checkout-sessions";

export interface CheckoutResult {
  row: CheckoutSessionRow;
  clientSecret: string | null;
  /** The connected account the intent lives on (Stripe.js needs it as `stripeAccount`). */
  stripeAccount: string;
}

const STILL_SUBSCRIBED = new Set(["active", "trialing", "past_due"]);

/** A customer subscribed to this product (asked of Stripe, not the webhook-fed mirror) changes plan instead. */
async function refuseIfSubscribed(deps: CheckoutDeps, resolved: ResolvedPurchase): Promise<void> {
  const listed = await deps.stripe.subscriptions.list(
    { customer: resolved.stripeCustomer, status: "all", limit: 100 },
    { stripeAccount: resolved.stripeAccount },
  );
  const current = listed.data.find(
    (subscription) =>
      STILL_SUBSCRIBED.has(subscription.status) &&
      subscription.items.data.some((item) => idOf(item.price.product) === resolved.price.product_id),
  );
  if (current)
    throw new ApiError(
      409,
      "invalid_request_error",
      "already_subscribed",
      `This customer already has a subscription to this product (${current.id}); change its plan instead of checking out again.`,
      "price",
    );
}

const syncDeps = (deps: CheckoutDeps, resolved: { stripeAccount: string }) => ({
  sql: deps.sql,
  stripe: deps.stripe,
  tenant: deps.context.tenant,
  stripeAccount: resolved.stripeAccount,
});

/**
 * The customer's other open checkouts for the same product (another quantity, currency, price or
 * code; never the identical purchase, which a concurrent double submit may be creating) end when a
 * new one starts, so two tabs can never leave two subscriptions; one already paid completes
 * instead, and refuseIfSubscribed then answers already_subscribed.
 */
async function replaceOtherCheckouts(deps: CheckoutDeps, resolved: ResolvedPurchase, now: Date): Promise<void> {
  const { purchase } = resolved;
  const others = await withTenant(
    deps.sql,
    deps.context.tenant,
    (tx) => tx<CheckoutSessionRow[]>`
      select s.* from checkout_sessions s join prices p on p.id = s.price_id
      where s.status = 'open' and s.intent_kind is not null and s.customer_id = ${purchase.customer} and p.product_id = ${resolved.price.product_id}
        and not (s.price_id = ${purchase.price} and s.quantity = ${purchase.quantity} and s.currency = ${purchase.currency}
                 and coalesce(s.promotion_code, '') = ${purchase.promotionCode ?? ""})`,
  );
  for (const other of others) await syncSessionWithStripe(syncDeps(deps, resolved), other, now, true);
}

/**
 * Starts (or, on a double submit, returns) a checkout. The session row is written before Stripe is
 * called and every Stripe write is keyed by the session id, so a retry after any failure resumes
 * the same session and never makes a second subscription or charge.
 */
export async function startCheckout(deps: CheckoutDeps, input: CheckoutInput, now: Date): Promise<CheckoutResult> {
  const resolved = await resolvePurchase(deps, input);
  return { ...(await startResolved(deps, resolved, now)), stripeAccount: resolved.stripeAccount };
}

async function startResolved(deps: CheckoutDeps, resolved: ResolvedPurchase, now: Date): Promise<Omit<CheckoutResult, "stripeAccount">> {
  const existing = await withTenant(deps.sql, deps.context.tenant, (tx) => findOpenSession(tx, resolved.purchase));
  if (existing?.intent_kind) {
    const synced = await syncSessionWithStripe(syncDeps(deps, resolved), existing, now);
    if (synced.row.status === "open") return synced;
  }
  if (resolved.price.type === "recurring") {
    await replaceOtherCheckouts(deps, resolved, now);
    await refuseIfSubscribed(deps, resolved);
  }
  const id = randomId("cs");
  const row = await withTenant(deps.sql, deps.context.tenant, (tx) => insertSession(tx, id, resolved.purchase, now));
  if (row.intent_kind) return syncSessionWithStripe(syncDeps(deps, resolved), row, now);
  try {
    const provisioned = await provision(deps, resolved, row);
    const updated = await withTenant(deps.sql, deps.context.tenant, (tx) => updateSession(tx, row.id, provisioned.patch));
    return { row: updated, clientSecret: provisioned.clientSecret };
  } catch (error) {
    // Stripe refused (not an outage): free the slot so the customer can try again; the error is surfaced.
    // Only a session this request created: a concurrent identical submit's session is that request's to sync.
    if (row.id === id && (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof ApiError))
      await withTenant(deps.sql, deps.context.tenant, (tx) => updateSession(tx, row.id, { status: "expired" }));
    throw error;
  }
}

/** A session as it is now at Stripe; a customer session only finds its own customer's. */
export async function readCheckout(deps: CheckoutDeps, id: string, customer: string | undefined, now: Date): Promise<CheckoutResult> {
  const { row, account } = await withTenant(deps.sql, deps.context.tenant, async (tx) => ({
    row: await getSession(tx, id, customer),
    account: await findAccount(tx),
  }));
  if (!account) throw notConnected();
  const stripeAccount = account.stripe_account_id;
  return { ...(await syncSessionWithStripe(syncDeps(deps, { stripeAccount }), row, now)), stripeAccount };
}
