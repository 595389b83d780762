import type { TransactionSql } from "postgres";
import { recordAudit } from "../audit";
import type { ActionContext } from "../context";

export type AfterFailedRetries = "cancel" | "unpaid" | "past_due";

/** What a merchant does about failed payments, in one mode. */
export interface BillingSettings {
  grace_period_days: number;
  after_failed_retries: AfterFailedRetries;
  update_payment_url: string | null;
  /** Whether a subscription with paused payment collection keeps its entitlements. */
  paused_keeps_access: boolean;
}

export const DEFAULT_BILLING_SETTINGS: BillingSettings = {
  grace_period_days: 7,
  after_failed_retries: "cancel",
  update_payment_url: null,
  paused_keeps_access: false,
};

/** The tenant's settings, or the defaults while it never saved any. */
export async function getBillingSettings(tx: TransactionSql): Promise<BillingSettings> {
  const [row] = await tx<BillingSettings[]>`
    select grace_period_days, after_failed_retries, update_payment_url, paused_keeps_access from billing_settings
    where org_id = tenant.org_id() and livemode = tenant.livemode()`;
  return row ?? DEFAULT_BILLING_SETTINGS;
}

/** Applies the given fields (others keep their value) and audits what changed. */
export async function updateBillingSettings(
  tx: TransactionSql,
  context: ActionContext,
  patch: Partial<BillingSettings>,
): Promise<BillingSettings> {
  const before = await getBillingSettings(tx);
  const after = { ...before, ...patch };
  const [row] = await tx<BillingSettings[]>`
    insert into billing_settings (org_id, livemode, grace_period_days, after_failed_retries, update_payment_url, paused_keeps_access)
    values (${context.tenant.orgId}, ${context.tenant.livemode}, ${after.grace_period_days}, ${after.after_failed_retries},
      ${after.update_payment_url}, ${after.paused_keeps_access})
    on conflict (org_id, livemode) do update set grace_period_days = excluded.grace_period_days,
      after_failed_retries = excluded.after_failed_retries, update_payment_url = excluded.update_payment_url,
      paused_keeps_access = excluded.paused_keeps_access, updated = now()
    returning grace_period_days, after_failed_retries, update_payment_url, paused_keeps_access`;
  // The grace period and the paused rule decide entitlements: every customer's derivation is
  // stale now, and is derived again on its next check or by the cron.
  if (after.grace_period_days !== before.grace_period_days || after.paused_keeps_access !== before.paused_keeps_access)
    await tx`update entitlement_states set valid_until = now()`;
  await recordAudit(tx, context, {
    action: "billing_settings.updated",
    target: { type: "billing_settings", id: context.tenant.orgId },
    before: { ...before },
    after: { ...after },
  });
  return row as BillingSettings;
}
