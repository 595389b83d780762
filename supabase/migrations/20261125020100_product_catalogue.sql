-- Products become pricing-table entries with versions, and are ready for Stripe mirroring.
alter table public.products
  -- Marketing bullet points shown on the pricing table, in order.
  add column marketing_features text[] not null default '{}' check (cardinality(marketing_features) <= 15),
  add column image_url text check (char_length(image_url) <= 2048),
  -- Shown by GET /v1/pricing (an archived product, active = false, never is).
  add column visible boolean not null default true,
  -- Position in the pricing table, ascending.
  add column display_order integer not null default 0 check (display_order between -1000000 and 1000000),
  add column highlighted boolean not null default false,
  -- Identity across modes and imports (copy-to-live stores the test product's identity here).
  add column lookup_key text check (char_length(lookup_key) between 1 and 200),
  -- Stripe mirroring: the object on the merchant's connected account, and how the last push went.
  add column stripe_id text check (char_length(stripe_id) <= 255),
  add column sync_status text not null default 'pending' check (sync_status in ('pending', 'synced', 'failed')),
  add column sync_error text check (char_length(sync_error) <= 2000),
  -- The version new subscriptions get; see product_versions.
  add column current_version integer not null default 1 check (current_version >= 1),
  add constraint products_tenant_key unique (id, org_id, livemode),
  add constraint products_lookup_key unique (org_id, livemode, lookup_key);

create index products_pricing_table on public.products (org_id, livemode, display_order, created) where active and visible;

-- Product versions: what a product grants and charges at one point in time. Changing the grants or
-- prices of a product that has subscribers creates a new version; subscribers stay on theirs until
-- migrated. Grants and prices belong to a version.
create table public.product_versions (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  product_id text not null,
  version integer not null check (version >= 1),
  created timestamptz not null default now(),
  primary key (product_id, version),
  foreign key (product_id, org_id, livemode) references public.products (id, org_id, livemode) on delete cascade,
  unique (product_id, version, org_id, livemode)
);
alter table public.product_versions enable row level security;

create index product_versions_tenant on public.product_versions (org_id, livemode, product_id);

create policy product_versions_select on public.product_versions for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy product_versions_insert on public.product_versions for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy product_versions_delete on public.product_versions for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select, insert, delete on public.product_versions to billingos_api;

-- Products created before versions existed start at version 1.
insert into public.product_versions (org_id, livemode, product_id, version)
select org_id, livemode, id, 1 from public.products;
