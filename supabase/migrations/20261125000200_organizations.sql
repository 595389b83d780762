-- Organisations: one merchant business. The tenant root that every tenant table references;
-- it has no livemode because one organisation owns both its test and its live data.
create table public.organizations (
  id text primary key check (id ~ '^org_[A-Za-z0-9]{1,64}$'),
  name text not null check (char_length(name) between 1 and 200),
  -- URL-safe handle, unique across BillingOS.
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  created timestamptz not null default now()
);
alter table public.organizations enable row level security;

create policy organizations_select on public.organizations
  for select to billingos_api using (id = tenant.org_id());

grant select on public.organizations to billingos_api;
