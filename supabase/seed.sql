-- Demo data for the local stack, loaded on every `npm start`; idempotent.
insert into public.organizations (id, name, slug)
values ('org_demoAcmeCloud', 'Acme Cloud', 'acme-cloud')
on conflict (id) do nothing;

-- Browsers on the local examples (http://127.0.0.1:3000, http://localhost:3000) may call the API
-- with the demo's publishable key; set only while the merchant has not chosen origins of its own.
update public.organizations set allowed_origins = array['http://127.0.0.1:3000', 'http://localhost:3000']
where id = 'org_demoAcmeCloud' and allowed_origins = '{}';

insert into public.products (id, org_id, livemode, name, description)
values
  ('prod_demoStarter', 'org_demoAcmeCloud', false, 'Starter', 'For side projects and small teams.'),
  ('prod_demoPro', 'org_demoAcmeCloud', false, 'Pro', 'For growing teams that need more.'),
  ('prod_demoEnterprise', 'org_demoAcmeCloud', false, 'Enterprise', 'Custom limits, SSO and support.')
on conflict (id) do nothing;

-- The demo catalogue: pricing-table details (only while the merchant has not edited them; the
-- bullets add to what the grants already list, never repeat them),
-- features, grants and prices in USD and EUR.
update public.products p set marketing_features = d.bullets, display_order = d.position, highlighted = d.highlighted
from (values
  ('prod_demoStarter', array['Free forever', 'Community support'], 1, false),
  ('prod_demoPro', array['Priority e-mail support', 'Team workspaces'], 2, true),
  ('prod_demoEnterprise', array['Dedicated success manager', 'Custom contract and invoicing'], 3, false)
) as d (id, bullets, position, highlighted)
where p.id = d.id and p.marketing_features = '{}' and p.display_order = 0;

insert into public.product_versions (org_id, livemode, product_id, version)
select org_id, livemode, id, 1 from public.products where id in ('prod_demoStarter', 'prod_demoPro', 'prod_demoEnterprise')
on conflict do nothing;

insert into public.features (id, org_id, livemode, key, name, type, unit_label, aggregation, reset)
values
  ('feat_demoSso', 'org_demoAcmeCloud', false, 'sso', 'Single sign-on', 'boolean', null, null, null),
  ('feat_demoApiCalls', 'org_demoAcmeCloud', false, 'api_calls', 'API calls', 'metered', 'call', 'sum', 'billing_period'),
  ('feat_demoProjects', 'org_demoAcmeCloud', false, 'projects', 'Projects', 'limit', null, null, null),
  ('feat_demoSeats', 'org_demoAcmeCloud', false, 'seats', 'Seats', 'limit', null, null, null)
on conflict do nothing;

insert into public.plan_grants (id, org_id, livemode, product_id, version, feature_id, kind, amount)
values
  ('grant_demoStarterCalls', 'org_demoAcmeCloud', false, 'prod_demoStarter', 1, 'feat_demoApiCalls', 'quota', 10000),
  ('grant_demoStarterProjects', 'org_demoAcmeCloud', false, 'prod_demoStarter', 1, 'feat_demoProjects', 'cap', 3),
  ('grant_demoStarterSeats', 'org_demoAcmeCloud', false, 'prod_demoStarter', 1, 'feat_demoSeats', 'cap', 2),
  ('grant_demoProSso', 'org_demoAcmeCloud', false, 'prod_demoPro', 1, 'feat_demoSso', 'enabled', null),
  ('grant_demoProCalls', 'org_demoAcmeCloud', false, 'prod_demoPro', 1, 'feat_demoApiCalls', 'quota', 250000),
  ('grant_demoProProjects', 'org_demoAcmeCloud', false, 'prod_demoPro', 1, 'feat_demoProjects', 'unlimited', null),
  ('grant_demoProSeats', 'org_demoAcmeCloud', false, 'prod_demoPro', 1, 'feat_demoSeats', 'cap', 20),
  ('grant_demoEntSso', 'org_demoAcmeCloud', false, 'prod_demoEnterprise', 1, 'feat_demoSso', 'enabled', null),
  ('grant_demoEntCalls', 'org_demoAcmeCloud', false, 'prod_demoEnterprise', 1, 'feat_demoApiCalls', 'unlimited', null),
  ('grant_demoEntProjects', 'org_demoAcmeCloud', false, 'prod_demoEnterprise', 1, 'feat_demoProjects', 'unlimited', null),
  ('grant_demoEntSeats', 'org_demoAcmeCloud', false, 'prod_demoEnterprise', 1, 'feat_demoSeats', 'unlimited', null)
on conflict do nothing;

-- Starter's API calls above the quota: 1 cent (or euro cent) each.
insert into public.grant_overage_amounts (org_id, livemode, grant_id, currency, unit_amount)
values
  ('org_demoAcmeCloud', false, 'grant_demoStarterCalls', 'usd', 1),
  ('org_demoAcmeCloud', false, 'grant_demoStarterCalls', 'eur', 1)
on conflict do nothing;

insert into public.prices (id, org_id, livemode, product_id, version, lookup_key, type, recurring_interval, recurring_interval_count,
  currency, trial_days, trial_requires_payment_method)
values
  ('price_demoStarterMonthly', 'org_demoAcmeCloud', false, 'prod_demoStarter', 1, 'starter_monthly', 'recurring', 'month', 1, 'usd', null, true),
  ('price_demoProMonthly', 'org_demoAcmeCloud', false, 'prod_demoPro', 1, 'pro_monthly', 'recurring', 'month', 1, 'usd', 14, false),
  ('price_demoProYearly', 'org_demoAcmeCloud', false, 'prod_demoPro', 1, 'pro_yearly', 'recurring', 'year', 1, 'usd', 14, false),
  ('price_demoEnterpriseYearly', 'org_demoAcmeCloud', false, 'prod_demoEnterprise', 1, 'enterprise_yearly', 'recurring', 'year', 1, 'usd', null, true)
on conflict do nothing;

insert into public.price_amounts (org_id, livemode, price_id, currency, unit_amount)
values
  ('org_demoAcmeCloud', false, 'price_demoStarterMonthly', 'usd', 0),
  ('org_demoAcmeCloud', false, 'price_demoStarterMonthly', 'eur', 0),
  ('org_demoAcmeCloud', false, 'price_demoProMonthly', 'usd', 2900),
  ('org_demoAcmeCloud', false, 'price_demoProMonthly', 'eur', 2700),
  ('org_demoAcmeCloud', false, 'price_demoProYearly', 'usd', 29000),
  ('org_demoAcmeCloud', false, 'price_demoProYearly', 'eur', 27000),
  ('org_demoAcmeCloud', false, 'price_demoEnterpriseYearly', 'usd', 199000),
  ('org_demoAcmeCloud', false, 'price_demoEnterpriseYearly', 'eur', 189000)
on conflict do nothing;

insert into public.customers (id, org_id, livemode, external_id, email, name)
values
  ('cus_demoAda', 'org_demoAcmeCloud', false, 'user_1', 'ada@example.test', 'Ada Lovelace'),
  ('cus_demoGrace', 'org_demoAcmeCloud', false, 'user_2', 'grace@example.test', 'Grace Hopper')
on conflict (id) do nothing;

-- The demo owner (the auth emulator creates the same id for demo@acme.test) and keys whose
-- plaintext is printed by `npm start` (local only: these keys exist in no other database).
insert into public.users (id, email, name)
values ('0d3e0000-0000-4000-8000-00000000ac3e', 'demo@acme.test', 'Demo Owner')
on conflict (id) do nothing;

insert into public.memberships (org_id, user_id, role)
values ('org_demoAcmeCloud', '0d3e0000-0000-4000-8000-00000000ac3e', 'owner')
on conflict do nothing;

-- BillingOS bills its merchants with BillingOS: the platform organisation (worker var PLATFORM_ORG_ID)
-- sells the tiers of organizations.billing_tier in test mode locally; a product's lookup_key names the
-- tier it grants (supabase/migrations/20261204050000_platform_billing.sql). npm start allows the admin's
-- origin (the API's) to show its pricing table, creates its keys and its Connect account and pushes this
-- catalogue to Stripe. Merchants on a tier pay no transaction fee.
insert into public.organizations (id, name, slug, bills_merchants_in)
values ('org_billingosPlatform', 'BillingOS', 'billingos-platform', 'test')
on conflict (id) do nothing;

insert into public.products (id, org_id, livemode, name, description, lookup_key, display_order, highlighted, marketing_features)
values
  ('prod_platformStarter', 'org_billingosPlatform', false, 'Starter', 'No transaction fee, for young businesses.', 'starter', 1, false,
   array['No BillingOS transaction fee', 'E-mail support']),
  ('prod_platformGrowth', 'org_billingosPlatform', false, 'Growth', 'No transaction fee, for growing revenue.', 'growth', 2, true,
   array['No BillingOS transaction fee', 'Priority support']),
  ('prod_platformScale', 'org_billingosPlatform', false, 'Scale', 'No transaction fee, for high volume.', 'scale', 3, false,
   array['No BillingOS transaction fee', 'Dedicated success manager'])
on conflict (id) do nothing;

insert into public.product_versions (org_id, livemode, product_id, version)
select org_id, livemode, id, 1 from public.products where id in ('prod_platformStarter', 'prod_platformGrowth', 'prod_platformScale')
on conflict do nothing;

insert into public.prices (id, org_id, livemode, product_id, version, lookup_key, type, recurring_interval, recurring_interval_count, currency)
values
  ('price_platformStarterMonthly', 'org_billingosPlatform', false, 'prod_platformStarter', 1, 'starter_monthly', 'recurring', 'month', 1, 'usd'),
  ('price_platformGrowthMonthly', 'org_billingosPlatform', false, 'prod_platformGrowth', 1, 'growth_monthly', 'recurring', 'month', 1, 'usd'),
  ('price_platformScaleMonthly', 'org_billingosPlatform', false, 'prod_platformScale', 1, 'scale_monthly', 'recurring', 'month', 1, 'usd')
on conflict do nothing;

insert into public.price_amounts (org_id, livemode, price_id, currency, unit_amount)
values
  ('org_billingosPlatform', false, 'price_platformStarterMonthly', 'usd', 2900),
  ('org_billingosPlatform', false, 'price_platformGrowthMonthly', 'usd', 9900),
  ('org_billingosPlatform', false, 'price_platformScaleMonthly', 'usd', 29900)
on conflict do nothing;
