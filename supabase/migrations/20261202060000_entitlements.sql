-- Entitlements: what each customer may use, derived from their entitled subscriptions (through the
-- product version's plan grants), manual grants and overrides (domain/entitlements/). Kept
-- denormalised so "may this customer use feature X, and how much is left?" is one indexed read;
-- recomputed in the same transaction as whatever changes one of its sources.

-- A merchant setting: whether a subscription whose payment collection is paused keeps its
-- entitlements (false: pausing a subscription pauses the service too).
alter table public.billing_settings add column paused_keeps_access boolean not null default false;

-- Manual grants and overrides, by the merchant, for one customer and one feature.
-- add: the feature is granted on top of any subscription (combined by the rule in
-- domain/entitlements/combine.ts); override: replaces the value the customer's plans grant for
-- the feature, and only while a plan grants it (an override never grants access on its own).
create table public.customer_grants (
  id text primary key check (id ~ '^cgrant_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  customer_id text not null references public.customers (id) on delete cascade,
  feature_id text not null,
  effect text not null check (effect in ('add', 'override')),
  -- As plan grants: enabled (boolean features), quota (metered), cap (limit), unlimited.
  kind text not null check (kind in ('enabled', 'quota', 'cap', 'unlimited')),
  amount bigint check (amount between 0 and 9007199254740991),
  -- Null: until deleted. Past this moment the grant no longer counts.
  expires_at timestamptz,
  reason text check (char_length(reason) <= 500),
  created timestamptz not null default now(),
  foreign key (feature_id, org_id, livemode) references public.features (id, org_id, livemode) on delete cascade,
  check ((kind in ('quota', 'cap')) = (amount is not null))
);
alter table public.customer_grants enable row level security;

create index customer_grants_list on public.customer_grants (org_id, livemode, customer_id, created desc, id desc);
create index customer_grants_feature on public.customer_grants (feature_id);

create policy customer_grants_select on public.customer_grants for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy customer_grants_insert on public.customer_grants for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy customer_grants_delete on public.customer_grants for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, delete on public.customer_grants to billingos_api;

-- One row per customer whose entitlements have been derived. A customer without this row (or
-- whose valid_until has passed) is derived again on its next check, in that transaction.
create table public.entitlement_states (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  customer_id text not null references public.customers (id) on delete cascade,
  -- The earliest moment the derivation changes by time alone (a grace period or a manual grant
  -- ends); null when only a write can change it.
  valid_until timestamptz,
  computed timestamptz not null default now(),
  primary key (org_id, livemode, customer_id)
);
alter table public.entitlement_states enable row level security;
-- The cron finds customers whose derivation has gone stale by time.
create index entitlement_states_due on public.entitlement_states (valid_until) where valid_until is not null;

create policy entitlement_states_select on public.entitlement_states for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy entitlement_states_insert on public.entitlement_states for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy entitlement_states_update on public.entitlement_states for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.entitlement_states to billingos_api;

-- The derived entitlements: one row per customer and granted feature (absent: not granted).
create table public.entitlements (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  customer_id text not null references public.customers (id) on delete cascade,
  feature_id text not null,
  kind text not null check (kind in ('enabled', 'quota', 'cap', 'unlimited')),
  -- The quota or cap after combining every source; null for enabled and unlimited.
  limit_amount bigint check (limit_amount >= 0),
  -- Usage above the quota is accepted and billed (the plan prices overage: currency -> minor
  -- units per unit); null: a hard limit that refuses what would cross it.
  overage_unit_amounts jsonb check (overage_unit_amounts is null or jsonb_typeof(overage_unit_amounts) = 'object'),
  -- The usage period, aligned with the subscription that grants the feature (its current period),
  -- or the calendar month (UTC) for manual grants alone; null for features that never reset.
  period_start timestamptz,
  period_end timestamptz,
  -- The subscription whose period the counter follows, and whose next invoice bills overage.
  subscription_id text,
  -- Where the value comes from: [{type: subscription|grant|override, id, kind, amount}].
  sources jsonb not null default '[]' check (jsonb_typeof(sources) = 'array'),
  updated timestamptz not null default now(),
  primary key (org_id, livemode, customer_id, feature_id),
  foreign key (feature_id, org_id, livemode) references public.features (id, org_id, livemode) on delete cascade,
  check ((kind in ('quota', 'cap')) = (limit_amount is not null))
);
alter table public.entitlements enable row level security;
create index entitlements_feature on public.entitlements (feature_id);
create index entitlements_subscription on public.entitlements (org_id, livemode, subscription_id) where subscription_id is not null;

create policy entitlements_select on public.entitlements for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy entitlements_insert on public.entitlements for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy entitlements_update on public.entitlements for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy entitlements_delete on public.entitlements for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update, delete on public.entitlements to billingos_api;

-- The tenants with customers whose derivation went stale by time (a grace period or a manual
-- grant ended), for the cron, which then recomputes inside each tenant.
create function tenant.entitlements_due()
returns table (org_id text, livemode boolean)
language sql stable security definer
set search_path = ''
as $$
  select distinct s.org_id, s.livemode from public.entitlement_states s where s.valid_until <= now()
$$;
revoke execute on function tenant.entitlements_due() from public;
grant execute on function tenant.entitlements_due() to billingos_api;
