-- Plan grants: which features a product version grants, and how much of each.
create table public.plan_grants (
  id text primary key check (id ~ '^grant_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  product_id text not null,
  version integer not null,
  feature_id text not null,
  -- enabled: a boolean feature is on; quota: metered usage per period; cap: a limit feature's
  -- maximum; unlimited: a metered or limit feature without a ceiling.
  kind text not null check (kind in ('enabled', 'quota', 'cap', 'unlimited')),
  -- The quota or cap; null for enabled and unlimited.
  amount bigint check (amount between 0 and 9007199254740991),
  created timestamptz not null default now(),
  updated timestamptz not null default now(),
  foreign key (product_id, version, org_id, livemode)
    references public.product_versions (product_id, version, org_id, livemode) on delete cascade,
  -- Same tenant only: a grant can never point at another organisation's or mode's feature.
  foreign key (feature_id, org_id, livemode) references public.features (id, org_id, livemode),
  unique (product_id, version, feature_id),
  unique (id, org_id, livemode),
  check ((kind in ('quota', 'cap')) = (amount is not null))
);
alter table public.plan_grants enable row level security;

create index plan_grants_list on public.plan_grants (product_id, version, created desc, id desc);
create index plan_grants_tenant on public.plan_grants (org_id, livemode);
create index plan_grants_feature on public.plan_grants (feature_id);

create policy plan_grants_select on public.plan_grants for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy plan_grants_insert on public.plan_grants for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy plan_grants_update on public.plan_grants for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy plan_grants_delete on public.plan_grants for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select, insert, update, delete on public.plan_grants to billingos_api;

-- Overage: the price of each unit of a metered feature used beyond its quota, per currency.
create table public.grant_overage_amounts (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  grant_id text not null,
  currency text not null check (currency ~ '^[a-z]{3}$'),
  -- Minor units per unit of usage.
  unit_amount bigint not null check (unit_amount between 0 and 9007199254740991),
  primary key (grant_id, currency),
  foreign key (grant_id, org_id, livemode) references public.plan_grants (id, org_id, livemode) on delete cascade
);
alter table public.grant_overage_amounts enable row level security;

create index grant_overage_amounts_tenant on public.grant_overage_amounts (org_id, livemode);

create policy grant_overage_amounts_select on public.grant_overage_amounts for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy grant_overage_amounts_insert on public.grant_overage_amounts for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy grant_overage_amounts_delete on public.grant_overage_amounts for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select, insert, delete on public.grant_overage_amounts to billingos_api;
