-- Prices: what a product version charges, recurring or one-time, in one or more currencies.
-- Amounts never change once created (as in Stripe); archiving (active = false) stops new
-- purchases while existing subscribers keep the price.
create table public.prices (
  id text primary key check (id ~ '^price_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  product_id text not null,
  version integer not null,
  active boolean not null default true,
  nickname text check (char_length(nickname) <= 250),
  -- Identity across modes and imports; unique among the tenant's prices.
  lookup_key text check (char_length(lookup_key) between 1 and 200),
  type text not null check (type in ('recurring', 'one_time')),
  -- Recurring only. Stripe allows at most one year between charges.
  recurring_interval text check (recurring_interval in ('day', 'week', 'month', 'year')),
  recurring_interval_count integer check (recurring_interval_count >= 1),
  -- The currency of unit_amount in Stripe's sense; the others are in price_amounts too.
  currency text not null check (currency ~ '^[a-z]{3}$'),
  trial_days integer check (trial_days between 1 and 730),
  -- Whether starting the trial needs a payment method (false: trial without a card).
  trial_requires_payment_method boolean not null default true,
  stripe_id text check (char_length(stripe_id) <= 255),
  sync_status text not null default 'pending' check (sync_status in ('pending', 'synced', 'failed')),
  sync_error text check (char_length(sync_error) <= 2000),
  created timestamptz not null default now(),
  updated timestamptz not null default now(),
  foreign key (product_id, version, org_id, livemode)
    references public.product_versions (product_id, version, org_id, livemode) on delete cascade,
  unique (id, org_id, livemode),
  constraint prices_lookup_key unique (org_id, livemode, lookup_key),
  check ((type = 'recurring') = (recurring_interval is not null and recurring_interval_count is not null)),
  check (
    recurring_interval is null
    or (recurring_interval = 'day' and recurring_interval_count <= 365)
    or (recurring_interval = 'week' and recurring_interval_count <= 52)
    or (recurring_interval = 'month' and recurring_interval_count <= 12)
    or (recurring_interval = 'year' and recurring_interval_count = 1)
  ),
  check (type = 'recurring' or trial_days is null)
);
alter table public.prices enable row level security;

create index prices_list on public.prices (org_id, livemode, created desc, id desc);
create index prices_product on public.prices (product_id, version);

create policy prices_select on public.prices for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy prices_insert on public.prices for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy prices_update on public.prices for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy prices_delete on public.prices for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select, insert, update, delete on public.prices to billingos_api;

-- Price amounts: one row per currency a price is sold in, in that currency's minor unit.
create table public.price_amounts (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  price_id text not null,
  currency text not null check (currency ~ '^[a-z]{3}$'),
  -- Minor units (cents; yen for JPY). 0 is a free plan. At most 2^53 - 1 so JSON clients stay exact.
  unit_amount bigint not null check (unit_amount between 0 and 9007199254740991),
  primary key (price_id, currency),
  foreign key (price_id, org_id, livemode) references public.prices (id, org_id, livemode) on delete cascade
);
alter table public.price_amounts enable row level security;

create index price_amounts_tenant on public.price_amounts (org_id, livemode);

create policy price_amounts_select on public.price_amounts for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy price_amounts_insert on public.price_amounts for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy price_amounts_delete on public.price_amounts for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select, insert, delete on public.price_amounts to billingos_api;
