import type { Sql, TransactionSql } from "postgres";
import { withTenant } from "../db/tenant";
import { toTimestamp } from "../shared/schemas";

/** Records the first browser use of a publishable key of the current tenant (from an allowed origin); later ones change nothing. */
export async function recordEmbedUse(tx: TransactionSql, origin: string): Promise<void> {
  await tx`insert into embed_uses (org_id, livemode, first_origin) values (tenant.org_id(), tenant.livemode(), ${origin.slice(0, 2048)})
           on conflict do nothing`;
}

interface ModeState {
  account: { stripe_account_id: string; charges_enabled: boolean; details_submitted: boolean } | null;
  products: boolean;
  embed: { first_used: Date; first_origin: string } | null;
  secret_keys: boolean;
}

/** What one mode of the organisation has done so far (row-level security keeps it to that tenant and mode). */
async function modeState(tx: TransactionSql): Promise<ModeState> {
  const [row] = await tx<ModeState[]>`
    select (select to_jsonb(a) from (select stripe_account_id, charges_enabled, details_submitted from stripe_accounts) a) as account,
           exists (select from products) as products,
           (select to_jsonb(e) from (select first_used, first_origin from embed_uses) e) as embed,
           exists (select from api_keys where type in ('secret', 'restricted') and revoked_at is null
                   and (expires_at is null or expires_at > now())) as secret_keys`;
  return row as ModeState;
}

/**
 * The admin's onboarding checklist, from real state in both modes: Stripe connected (a test-mode
 * account that finished onboarding), a product created (either mode), the embed used (a browser
 * called the API with a publishable key from an allowed origin), and live mode ready (a live account
 * that can take charges, and a live secret or restricted key for the merchant's backend).
 */
export async function onboardingState(sql: Sql, orgId: string) {
  const test = await withTenant(sql, { orgId, livemode: false }, modeState);
  const live = await withTenant(sql, { orgId, livemode: true }, modeState);
  const embed = [test.embed, live.embed]
    .filter((use): use is NonNullable<ModeState["embed"]> => use !== null)
    .sort((a, b) => String(a.first_used).localeCompare(String(b.first_used)))[0];
  const steps = {
    connect_stripe: {
      done: Boolean(test.account?.details_submitted || test.account?.charges_enabled),
      account: test.account?.stripe_account_id ?? null,
      charges_enabled: test.account?.charges_enabled ?? false,
    },
    create_product: { done: test.products || live.products },
    embed_snippet: {
      done: embed !== undefined,
      first_used: embed ? toTimestamp(embed.first_used) : null,
      origin: embed?.first_origin ?? null,
    },
    go_live: {
      done: Boolean(live.account?.charges_enabled) && live.secret_keys,
      charges_enabled: live.account?.charges_enabled ?? false,
      live_api_key: live.secret_keys,
    },
  };
  return { object: "organization_onboarding" as const, steps, completed: Object.values(steps).every((step) => step.done) };
}
