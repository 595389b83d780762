import type { Sql } from "postgres";
import type Stripe from "stripe";
import { type TenantScope, withTenant } from "../../db/tenant";
import { findAccount } from "../connect";
import { MIRROR_EXPAND, mirrorSubscription } from "../subscriptions/subscriptions";
import { type CheckoutSessionRow, updateSession } from "./checkout-sessions";
import { cancelStripeObjects, stripeView } from "./checkout-state";

export interface SessionSyncDeps {
  sql: Sql;
  stripe: Stripe;
  tenant: TenantScope;
  stripeAccount: string;
}

/**
 * Brings an open session up to date with Stripe: complete once paid (or the card collected),
 * expired once its objects are canceled; and past `expires_at`, cancels what is left first.
 * Returns the row and, while it stays open, the client secret to confirm with. `expireNow` ends an
 * open session before its time (a new checkout for the same product replaces it).
 */
export async function syncSessionWithStripe(
  deps: SessionSyncDeps,
  row: CheckoutSessionRow,
  now: Date,
  expireNow = false,
): Promise<{ row: CheckoutSessionRow; clientSecret: string | null }> {
  if (row.status !== "open") return { row, clientSecret: null };
  const on = { stripeAccount: deps.stripeAccount };
  let view = await stripeView(deps.stripe, on, row);
  if (view.status === "open" && (expireNow || row.expires_at <= now)) {
    await cancelStripeObjects(deps.stripe, on, row, view.subscription);
    const after = await stripeView(deps.stripe, on, row);
    view = after.status === "complete" ? after : { status: "expired", clientSecret: null, subscription: null };
  }
  if (view.status === row.status) return { row, clientSecret: view.clientSecret };
  // Bought on this read: the subscription's mirror moves with the session, so a read of the
  // subscription right after agrees with it (Stripe's webhook, when it comes, changes nothing).
  const bought =
    view.status === "complete" && view.subscription
      ? await deps.stripe.subscriptions.retrieve(view.subscription.id, { expand: MIRROR_EXPAND }, on)
      : null;
  const updated = await withTenant(deps.sql, deps.tenant, async (tx) => {
    if (bought) await mirrorSubscription(tx, bought, "billingos.checkout.complete");
    return updateSession(tx, row.id, { status: view.status });
  });
  return { row: updated, clientSecret: null };
}

/**
 * The cron sweep (and the tests, with their own clock): every open session past its expiry, in
 * every tenant, is synced with Stripe, which cancels its Stripe objects and marks it expired (or complete, if
 * the payment made it just in time). Returns how many sessions expired. `onlyOrg` limits the sweep to
 * one organisation (support tooling, and tests that share a database).
 */
export async function sweepExpiredCheckouts(
  sql: Sql,
  stripeFor: (livemode: boolean) => Stripe,
  now: Date,
  onlyOrg?: string,
): Promise<number> {
  const tenants = await sql<{ org_id: string; livemode: boolean }[]>`select * from tenant.tenants_with_expired_checkouts(${now})`;
  let expired = 0;
  for (const { org_id, livemode } of tenants.filter((tenant) => !onlyOrg || tenant.org_id === onlyOrg)) {
    const tenant = { orgId: org_id, livemode };
    const { account, rows } = await withTenant(sql, tenant, async (tx) => ({
      account: await findAccount(tx),
      rows: await tx<
        CheckoutSessionRow[]
      >`select * from checkout_sessions where status = 'open' and expires_at <= ${now} order by expires_at`,
    }));
    if (!account) continue;
    const deps = { sql, stripe: stripeFor(livemode), tenant, stripeAccount: account.stripe_account_id };
    for (const row of rows) {
      const synced = await syncSessionWithStripe(deps, row, now);
      if (synced.row.status === "expired") expired += 1;
    }
  }
  return expired;
}
