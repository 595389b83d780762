-- Products: what a merchant sells (prices, features and Stripe mirroring come with the catalogue).
create table public.products (
  id text primary key check (id ~ '^prod_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  name text not null check (char_length(name) between 1 and 250),
  description text check (char_length(description) <= 5000),
  -- False once archived: hidden from new purchases, kept for existing subscribers.
  active boolean not null default true,
  created timestamptz not null default now(),
  updated timestamptz not null default now()
);
alter table public.products enable row level security;

-- Policy columns and the list order (newest first, id as tie-breaker for cursors).
create index products_list on public.products (org_id, livemode, created desc, id desc);

create policy products_select on public.products for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy products_insert on public.products for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy products_update on public.products for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy products_delete on public.products for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select, insert, update, delete on public.products to billingos_api;
