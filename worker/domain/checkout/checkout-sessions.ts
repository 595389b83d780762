import type { TransactionSql } from "postgres";
import { NotFoundError } from "../../shared/errors";
import { currencyExponent } from "../../shared/money";
import { toTimestamp } from "../../shared/schemas";
import { findAccount } from "../connect";
import { recordEvent } from "../events/record";

export type CheckoutStatus = "open" | "complete" | "expired";
export type IntentKind = "payment_intent" | "setup_intent" | "none";

export interface CheckoutSummary {
  line_items: { description: string; quantity: number; unit_amount: number; amount: number }[];
  subtotal: number;
  discount: number;
  total_due_now: number;
  recurring: { amount: number; interval: string; interval_count: number } | null;
  trial_end: number | null;
}

export interface CheckoutSessionRow {
  id: string;
  livemode: boolean;
  customer_id: string;
  price_id: string;
  quantity: number;
  currency: string;
  promotion_code: string | null;
  stripe_promotion_code: string | null;
  status: CheckoutStatus;
  intent_kind: IntentKind | null;
  stripe_subscription_id: string | null;
  stripe_payment_intent_id: string | null;
  stripe_setup_intent_id: string | null;
  summary: CheckoutSummary | null;
  expires_at: Date;
  completed_at: Date | null;
  created: Date;
}

/** Abandoned checkouts expire after this long and leave nothing active behind (see checkout-expiry.ts). */
const CHECKOUT_LIFETIME_SECONDS = 30 * 60;

export interface CheckoutPurchase {
  customer: string;
  price: string;
  quantity: number;
  currency: string;
  promotionCode: string | null;
  stripePromotionCode: string | null;
}

/** The open session for exactly this purchase, if any (the double-submit answer). */
export async function findOpenSession(tx: TransactionSql, purchase: CheckoutPurchase): Promise<CheckoutSessionRow | undefined> {
  const [row] = await tx<CheckoutSessionRow[]>`
    select * from checkout_sessions
    where status = 'open' and customer_id = ${purchase.customer} and price_id = ${purchase.price} and quantity = ${purchase.quantity}
      and currency = ${purchase.currency} and coalesce(promotion_code, '') = ${purchase.promotionCode ?? ""}`;
  return row;
}

/**
 * Writes the session before any Stripe call; a concurrent identical submit loses the race on the
 * unique index and gets the winner's row back instead (tried twice: the winner may have just
 * expired in between, freeing the slot).
 */
export async function insertSession(tx: TransactionSql, id: string, purchase: CheckoutPurchase, now: Date): Promise<CheckoutSessionRow> {
  const expires = new Date(now.getTime() + CHECKOUT_LIFETIME_SECONDS * 1000);
  for (let attempt = 0; attempt < 2; attempt++) {
    const [row] = await tx<CheckoutSessionRow[]>`
      insert into checkout_sessions (id, org_id, livemode, customer_id, price_id, quantity, currency, promotion_code, stripe_promotion_code,
        expires_at, created)
      values (${id}, tenant.org_id(), tenant.livemode(), ${purchase.customer}, ${purchase.price}, ${purchase.quantity}, ${purchase.currency},
        ${purchase.promotionCode}, ${purchase.stripePromotionCode}, ${expires}, ${now})
      on conflict do nothing returning *`;
    const winner = row ?? (await findOpenSession(tx, purchase));
    if (winner) return winner;
  }
  throw new Error("checkout session slot kept changing hands");
}

export async function getSession(tx: TransactionSql, id: string, customer?: string): Promise<CheckoutSessionRow> {
  const [row] = await tx<CheckoutSessionRow[]>`
    select * from checkout_sessions where id = ${id} ${customer ? tx`and customer_id = ${customer}` : tx``}`;
  if (!row) throw new NotFoundError(`No such checkout session: '${id}'.`);
  return row;
}

export type SessionPatch = Partial<
  Pick<
    CheckoutSessionRow,
    "status" | "intent_kind" | "stripe_subscription_id" | "stripe_payment_intent_id" | "stripe_setup_intent_id" | "summary"
  >
>;

/**
 * Applies a patch. The one place a session's status changes, so the rule lives here only: status
 * moves forward (open → complete or expired), never back.
 */
export async function updateSession(tx: TransactionSql, id: string, patch: SessionPatch): Promise<CheckoutSessionRow> {
  const { summary, ...columns } = patch;
  const values: Record<string, unknown> = { ...columns, ...(summary ? { summary: tx.json(summary as never) } : {}) };
  const [row] = await tx<CheckoutSessionRow[]>`
    update checkout_sessions set ${tx(values)}, updated = now(),
      completed_at = case when ${patch.status ?? null}::text = 'complete' then coalesce(completed_at, now()) else completed_at end
    where id = ${id} and (status = 'open' or ${patch.status ?? null}::text is null)
    returning *`;
  // A status in the patch only matches an open row, so a returned row with one has just moved: a
  // repeated webhook or a second sync finds the session closed and records nothing.
  if (row && patch.status === "complete") await recordEvent(tx, "checkout.completed", await completedSessionObject(tx, row));
  return row ?? getSession(tx, id);
}

/**
 * The completed session as its GET route shows it. The publishable key is the page's (from the
 * worker's environment) and only serves to confirm an open session, so events carry null there.
 */
async function completedSessionObject(tx: TransactionSql, row: CheckoutSessionRow) {
  const account = await findAccount(tx);
  return serializeSession(row, null, { publishable_key: null, account: account?.stripe_account_id ?? "" });
}

/** Stripe closed the session's intent (webhooks): complete or expired, through `updateSession`'s forward-only rule. */
export async function closeSessionOfIntent(
  tx: TransactionSql,
  column: "stripe_payment_intent_id" | "stripe_setup_intent_id",
  intentId: string,
  status: "complete" | "expired",
): Promise<void> {
  const sessions = await tx<{ id: string }[]>`select id from checkout_sessions where ${tx(column)} = ${intentId}`;
  for (const session of sessions) await updateSession(tx, session.id, { status });
}

/** What Stripe.js needs to confirm the intent in the page: `Stripe(publishable_key, { stripeAccount: account })`. */
export interface StripeJsConfig {
  publishable_key: string | null;
  account: string;
}

export function serializeSession(row: CheckoutSessionRow, clientSecret: string | null, stripe: StripeJsConfig) {
  return {
    id: row.id,
    object: "checkout_session" as const,
    livemode: row.livemode,
    status: row.status,
    customer: row.customer_id,
    price: row.price_id,
    quantity: row.quantity,
    currency: row.currency,
    currency_exponent: currencyExponent(row.currency),
    promotion_code: row.promotion_code,
    intent: { kind: row.intent_kind ?? "none", client_secret: row.status === "open" ? clientSecret : null },
    stripe,
    subscription: row.stripe_subscription_id,
    payment_intent: row.stripe_payment_intent_id,
    summary: row.summary,
    expires_at: toTimestamp(row.expires_at) as number,
    created: toTimestamp(row.created) as number,
  };
}
