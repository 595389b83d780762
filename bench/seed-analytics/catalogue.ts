import type { TransactionSql } from "postgres";
import { generateApiKey } from "../../worker/shared/api-key-format";

/** The organisation the analytics seed owns (test mode only); every run replaces its rows. */
export const BENCH_ORG_ID = "org_benchAnalytics";

/**
 * The catalogue the seed sells: monthly, quarterly, yearly and weekly prices in USD and EUR (one
 * price with two currency amounts, as BillingOS mirrors them to Stripe with `currency_options`),
 * tiers ranked for upgrades and downgrades, and a one-time setup fee.
 */
export const PRICES = [
  // id suffix, product, interval, interval count, usd, eur, tier rank, trial days
  ["BasicM", "Basic", "month", 1, 900, 800, 1, null],
  ["BasicW", "Basic", "week", 1, 250, 230, 1, null],
  ["BasicY", "Basic", "year", 1, 9000, 8000, 1, null],
  ["ProM", "Pro", "month", 1, 2900, 2700, 2, 14],
  ["ProQ", "Pro", "month", 3, 7900, 7200, 2, 14],
  ["ProY", "Pro", "year", 1, 29000, 27000, 2, 14],
  ["BizM", "Business", "month", 1, 9900, 8900, 3, null],
  ["BizY", "Business", "year", 1, 99000, 89000, 3, null],
] as const;

/** Every row the organisation has in any tenant table goes first (each table by org_id), then the organisation. */
export async function wipeOrganisation(tx: TransactionSql): Promise<void> {
  // Foreign keys without an index on the referencing column (subscription_history.subscription_id)
  // would make a cascading delete scan the child table once per parent row; every tenant table is
  // emptied explicitly instead, with the referential triggers off for this transaction only.
  await tx`set local session_replication_role = replica`;
  const tables = await tx<{ table_name: string }[]>`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'org_id' and table_name <> 'organizations'
      and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')`;
  for (const { table_name } of tables) await tx`delete from ${tx(table_name)} where org_id = ${BENCH_ORG_ID}`;
  await tx`delete from organizations where id = ${BENCH_ORG_ID}`;
  await tx`set local session_replication_role = origin`;
}

/** The organisation, its Stripe account, a test secret key (returned in plain text once), products, prices, features and grants. */
export async function createCatalogue(tx: TransactionSql): Promise<{ secret: string }> {
  const org = BENCH_ORG_ID;
  await tx`insert into organizations (id, name, slug, default_currency, created) values (${org}, 'Analytics Bench Co', 'analytics-bench', 'usd', now() - interval '3 years')`;
  await tx`insert into stripe_accounts (org_id, livemode, stripe_account_id, charges_enabled, payouts_enabled, details_submitted)
           values (${org}, false, 'acct_benchAnalytics', true, true, true)`;
  const key = await generateApiKey("secret", false);
  await tx`insert into api_keys (id, org_id, livemode, type, name, lookup, secret_hash, last4)
           values (${`key_ba${key.lookup}`}, ${org}, false, 'secret', 'Analytics bench', ${key.lookup}, ${key.secretHash}, ${key.last4})`;
  await tx`
    insert into products (id, org_id, livemode, name, stripe_id, sync_status, display_order, created)
    select 'prod_ba' || p, ${org}, false, p, 'prod_ba' || p, 'synced', o, now() - interval '3 years'
    from unnest(array['Basic', 'Pro', 'Business', 'Setup']) with ordinality as t(p, o)`;
  await tx`insert into product_versions (org_id, livemode, product_id, version) select org_id, livemode, id, 1 from products where org_id = ${org}`;
  await tx`
    insert into prices (id, org_id, livemode, product_id, version, type, recurring_interval, recurring_interval_count, currency, trial_days,
      trial_requires_payment_method, stripe_id, sync_status, created)
    select 'price_ba' || p.suffix, ${org}, false, 'prod_ba' || p.product, 1, 'recurring', p.interval, p.count, 'usd', p.trial,
      false, 'price_ba' || p.suffix, 'synced', now() - interval '3 years'
    from jsonb_to_recordset(${tx.json(PRICES.map(([suffix, product, interval, count, , , , trial]) => ({ suffix, product, interval, count, trial })))})
      as p(suffix text, product text, interval text, count int, trial int)`;
  await tx`
    insert into prices (id, org_id, livemode, product_id, version, type, currency, stripe_id, sync_status, created)
    values ('price_baSetup', ${org}, false, 'prod_baSetup', 1, 'one_time', 'usd', 'price_baSetup', 'synced', now() - interval '3 years')`;
  const amounts = [...PRICES.map(([suffix, , , , usd, eur]) => ({ suffix, usd, eur })), { suffix: "Setup", usd: 19900, eur: 17900 }];
  await tx`
    insert into price_amounts (org_id, livemode, price_id, currency, unit_amount)
    select ${org}, false, 'price_ba' || a.suffix, c.currency, case c.currency when 'usd' then a.usd else a.eur end
    from jsonb_to_recordset(${tx.json(amounts)}) as a(suffix text, usd bigint, eur bigint), (values ('usd'), ('eur')) as c(currency)`;
  await tx`
    insert into features (id, org_id, livemode, key, name, type, unit_label, aggregation, reset) values
      ('feat_baApiCalls', ${org}, false, 'api_calls', 'API calls', 'metered', 'call', 'sum', 'billing_period'),
      ('feat_baSeats', ${org}, false, 'seats', 'Seats', 'limit', null, null, null)`;
  await tx`
    insert into plan_grants (id, org_id, livemode, product_id, version, feature_id, kind, amount) values
      ('grant_baBasicCalls', ${org}, false, 'prod_baBasic', 1, 'feat_baApiCalls', 'quota', 10000),
      ('grant_baBasicSeats', ${org}, false, 'prod_baBasic', 1, 'feat_baSeats', 'cap', 2),
      ('grant_baProCalls', ${org}, false, 'prod_baPro', 1, 'feat_baApiCalls', 'quota', 250000),
      ('grant_baProSeats', ${org}, false, 'prod_baPro', 1, 'feat_baSeats', 'cap', 20),
      ('grant_baBusinessCalls', ${org}, false, 'prod_baBusiness', 1, 'feat_baApiCalls', 'unlimited', null),
      ('grant_baBusinessSeats', ${org}, false, 'prod_baBusiness', 1, 'feat_baSeats', 'unlimited', null)`;
  // Basic's API calls above the quota: 1 cent (or euro cent) each, billed on the next renewal invoice.
  await tx`insert into grant_overage_amounts (org_id, livemode, grant_id, currency, unit_amount)
           values (${org}, false, 'grant_baBasicCalls', 'usd', 1), (${org}, false, 'grant_baBasicCalls', 'eur', 1)`;
  return { secret: key.key };
}
