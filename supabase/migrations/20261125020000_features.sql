-- Features: what a plan can grant, named by a stable key that code checks ("may this customer use sso?").
-- Per organisation and mode; copy-to-live and import match features by key.
create table public.features (
  id text primary key check (id ~ '^feat_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  -- Stable identifier used by SDK checks; never changes once created.
  key text not null check (key ~ '^[a-z0-9_-]{1,64}$'),
  name text not null check (char_length(name) between 1 and 250),
  -- boolean: on/off; metered: usage counted against a quota; limit: a numeric cap such as seats.
  type text not null check (type in ('boolean', 'metered', 'limit')),
  -- Metered only: what one unit is called ("API call"), how usage events aggregate, when counters reset.
  unit_label text check (char_length(unit_label) between 1 and 50),
  aggregation text check (aggregation in ('sum', 'count', 'max', 'unique', 'last')),
  reset text check (reset in ('billing_period', 'never')),
  created timestamptz not null default now(),
  updated timestamptz not null default now(),
  unique (org_id, livemode, key),
  -- Lets grants reference a feature of their own tenant only (composite foreign key).
  unique (id, org_id, livemode),
  check ((type = 'metered') = (aggregation is not null and reset is not null)),
  check (type = 'metered' or unit_label is null)
);
alter table public.features enable row level security;

create index features_list on public.features (org_id, livemode, created desc, id desc);

create policy features_select on public.features for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy features_insert on public.features for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy features_update on public.features for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy features_delete on public.features for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select, insert, update, delete on public.features to billingos_api;
