-- Customers: the merchant's end customers (Stripe mirroring and sessions come with checkout).
create table public.customers (
  id text primary key check (id ~ '^cus_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  -- The merchant's own id for this customer (upsert key), unique per org and mode.
  external_id text check (char_length(external_id) between 1 and 255),
  email text check (char_length(email) <= 512),
  name text check (char_length(name) <= 256),
  created timestamptz not null default now(),
  updated timestamptz not null default now(),
  unique (org_id, livemode, external_id)
);
alter table public.customers enable row level security;

create index customers_list on public.customers (org_id, livemode, created desc, id desc);

create policy customers_select on public.customers for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy customers_insert on public.customers for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy customers_update on public.customers for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy customers_delete on public.customers for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select, insert, update, delete on public.customers to billingos_api;
