import type { Sql } from "postgres";
import type Stripe from "stripe";
import { withTenant } from "../db/tenant";
import { ServiceUnavailableError } from "../shared/errors";
import type { ActionContext } from "./context";
import { startCustomerSession } from "./customer-sessions";
import { type CustomerRow, ensureStripeCustomer, upsertCustomer } from "./customers";

/** The organisation that sells BillingOS's tiers to merchants (worker vars PLATFORM_ORG_ID, PLATFORM_MODE, PLATFORM_PUBLISHABLE_KEY). */
export interface Platform {
  orgId: string;
  livemode: boolean;
  publishableKey: string;
}

/** The configured platform, or 503 when the deployment has not named one (or no publishable key for its elements). */
export function platformOf(vars: { PLATFORM_ORG_ID?: string; PLATFORM_MODE?: string; PLATFORM_PUBLISHABLE_KEY?: string }): Platform {
  const { PLATFORM_ORG_ID: orgId, PLATFORM_MODE: mode, PLATFORM_PUBLISHABLE_KEY: publishableKey } = vars;
  if (!orgId || (mode !== "test" && mode !== "live") || !publishableKey)
    throw new ServiceUnavailableError(
      "BillingOS plans are not configured on this deployment (PLATFORM_ORG_ID, PLATFORM_MODE, PLATFORM_PUBLISHABLE_KEY).",
      60,
    );
  return { orgId, livemode: mode === "live", publishableKey };
}

/**
 * A short-lived customer session on the platform organisation for the customer that stands for the
 * merchant organisation `merchant` (external_id = its id), created on first use and mirrored to the
 * platform's Stripe account, so the merchant's admin can show the platform's pricing table and portal.
 * The platform must be marked in the database as billing merchants in its mode, or nothing is sold.
 */
export async function platformBillingSession(
  sql: Sql,
  stripe: Stripe,
  secret: string,
  platform: Platform,
  merchant: ActionContext,
  expiresIn: number,
) {
  const context: ActionContext = {
    tenant: { orgId: platform.orgId, livemode: platform.livemode },
    actor: { type: "system", id: `org:${merchant.tenant.orgId}`.slice(0, 100) },
    requestId: merchant.requestId,
    ip: merchant.ip,
  };
  const [profile] = await withTenant(
    sql,
    merchant.tenant,
    (tx) => tx<{ name: string; support_email: string | null; billing_tier: string }[]>`
    select name, support_email, billing_tier from organizations where id = tenant.org_id()`,
  );
  let customer = await withTenant(sql, context.tenant, async (tx): Promise<CustomerRow> => {
    const [marked] =
      await tx`select 1 from organizations where id = tenant.org_id() and bills_merchants_in = ${platform.livemode ? "live" : "test"}`;
    if (!marked) throw new ServiceUnavailableError("The BillingOS platform organisation is not set up to bill merchants yet.", 60);
    const [existing] = await tx<CustomerRow[]>`
      select * from customers where external_id = ${merchant.tenant.orgId} and deleted_at is null`;
    if (existing) return existing;
    const created = await upsertCustomer(tx, context, {
      external_id: merchant.tenant.orgId,
      name: profile?.name ?? null,
      email: profile?.support_email ?? null,
      metadata: { billingos_organization: merchant.tenant.orgId },
    });
    return created.customer;
  });
  customer = await ensureStripeCustomer(sql, stripe, context, customer);
  const session = await startCustomerSession(sql, secret, context, customer.id, expiresIn);
  return { customer: customer.id, token: session.token, expiresAt: session.expiresAt, billingTier: profile?.billing_tier ?? "standard" };
}
