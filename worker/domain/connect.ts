import type { Sql, TransactionSql } from "postgres";
import type Stripe from "stripe";
import { withTenant } from "../db/tenant";
import { ApiError } from "../shared/errors";
import { toTimestamp } from "../shared/schemas";
import { recordAudit } from "./audit";
import type { ActionContext } from "./context";
import { recordEvent, sameObject } from "./events/record";

export interface StripeAccountRow {
  stripe_account_id: string;
  livemode: boolean;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  requirements: { currently_due?: string[]; past_due?: string[]; disabled_reason?: string | null };
  payout_schedule: Stripe.Account.Settings.Payouts.Schedule | Record<string, never>;
  created: Date;
}

export const notConnected = () =>
  new ApiError(
    404,
    "invalid_request_error",
    "stripe_account_missing",
    "This organization has no Stripe account in this mode yet: create one with POST /v1/connect/account.",
  );

export async function findAccount(tx: TransactionSql): Promise<StripeAccountRow | undefined> {
  const [row] = await tx<StripeAccountRow[]>`select * from stripe_accounts`;
  return row;
}

/** Mirrors Stripe's view of the account (from the API or a webhook); Stripe is the source of truth. */
/** The connected account as the API shows it (GET /v1/connect/account, and `connect.account.updated` events). */
export function accountObject(row: StripeAccountRow) {
  return {
    object: "connect_account" as const,
    id: row.stripe_account_id,
    livemode: row.livemode,
    charges_enabled: row.charges_enabled,
    payouts_enabled: row.payouts_enabled,
    details_submitted: row.details_submitted,
    requirements: {
      currently_due: row.requirements.currently_due ?? [],
      past_due: row.requirements.past_due ?? [],
      disabled_reason: row.requirements.disabled_reason ?? null,
    },
    payout_schedule: row.payout_schedule as Record<string, unknown>,
    created: toTimestamp(row.created) as number,
  };
}

/** Writes Stripe's view of the account; a change the API object shows is a `connect.account.updated` event. */
export async function mirrorAccount(tx: TransactionSql, account: Stripe.Account): Promise<StripeAccountRow> {
  const [before] = await tx<StripeAccountRow[]>`select * from stripe_accounts where stripe_account_id = ${account.id}`;
  const requirements = {
    currently_due: account.requirements?.currently_due ?? [],
    past_due: account.requirements?.past_due ?? [],
    disabled_reason: account.requirements?.disabled_reason ?? null,
  };
  const [row] = await tx<StripeAccountRow[]>`
    update stripe_accounts set charges_enabled = ${account.charges_enabled ?? false}, payouts_enabled = ${account.payouts_enabled ?? false},
      details_submitted = ${account.details_submitted ?? false}, requirements = ${tx.json(requirements)},
      payout_schedule = ${tx.json((account.settings?.payouts?.schedule ?? {}) as never)}, updated = now()
    where stripe_account_id = ${account.id} returning *`;
  if (!row) throw notConnected();
  if (!before || !sameObject(accountObject(before), accountObject(row)))
    await recordEvent(tx, "connect.account.updated", accountObject(row));
  return row;
}

/**
 * Creates the organisation's Express account on the platform, once. The Stripe call carries an
 * idempotency key derived from the organisation and mode, so a retry after a failure in between
 * gets the same account back instead of a second one.
 */
export async function connectAccount(
  sql: Sql,
  stripe: Stripe,
  context: ActionContext,
  input: { country: string; email?: string | undefined },
): Promise<StripeAccountRow> {
  const existing = await withTenant(sql, context.tenant, findAccount);
  if (existing) return existing;
  const account = await stripe.accounts.create(
    {
      type: "express",
      country: input.country,
      ...(input.email ? { email: input.email } : {}),
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      metadata: { billingos_org: context.tenant.orgId },
    },
    { idempotencyKey: `billingos-connect-${context.tenant.orgId}-${context.tenant.livemode ? "live" : "test"}` },
  );
  return withTenant(sql, context.tenant, async (tx) => {
    await tx`insert into stripe_accounts (org_id, livemode, stripe_account_id) values (${context.tenant.orgId}, ${context.tenant.livemode}, ${account.id})
             on conflict do nothing`;
    await recordAudit(tx, context, {
      action: "stripe_account.created",
      target: { type: "stripe_account", id: account.id },
      after: { country: input.country },
    });
    return mirrorAccount(tx, account);
  });
}

/** Refreshes the mirror from Stripe and returns it. */
export async function refreshAccount(sql: Sql, stripe: Stripe, context: ActionContext): Promise<StripeAccountRow> {
  const row = await withTenant(sql, context.tenant, findAccount);
  if (!row) throw notConnected();
  const account = await stripe.accounts.retrieve(row.stripe_account_id);
  return withTenant(sql, context.tenant, (tx) => mirrorAccount(tx, account));
}

export async function updatePayoutSchedule(
  sql: Sql,
  stripe: Stripe,
  context: ActionContext,
  schedule: Stripe.AccountUpdateParams.Settings.Payouts.Schedule,
): Promise<StripeAccountRow> {
  const row = await withTenant(sql, context.tenant, findAccount);
  if (!row) throw notConnected();
  const account = await stripe.accounts.update(row.stripe_account_id, { settings: { payouts: { schedule } } });
  return withTenant(sql, context.tenant, async (tx) => {
    await recordAudit(tx, context, {
      action: "stripe_account.payout_schedule_changed",
      target: { type: "stripe_account", id: row.stripe_account_id },
      before: { payout_schedule: row.payout_schedule },
      after: { payout_schedule: account.settings?.payouts?.schedule ?? null },
    });
    return mirrorAccount(tx, account);
  });
}

/** What still blocks charges, in words a merchant can act on (for refusing live checkout). */
export function chargesBlockedReason(row: StripeAccountRow | undefined): string | undefined {
  if (!row) return "Connect a Stripe account first (POST /v1/connect/account).";
  if (row.charges_enabled) return undefined;
  const due = row.requirements.currently_due ?? [];
  return `Finish Stripe onboarding before taking live payments${due.length ? ` (still due: ${due.join(", ")})` : ""}.`;
}
