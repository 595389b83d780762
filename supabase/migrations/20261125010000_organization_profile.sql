-- Organisation business details, and how merchant users reach their organisations.
alter table public.organizations
  add column legal_name text check (char_length(legal_name) <= 200),
  -- ISO 3166-1 alpha-2.
  add column country text check (country ~ '^[A-Z]{2}$'),
  add column support_email text check (char_length(support_email) <= 320),
  add column website text check (char_length(website) <= 2048),
  -- ISO 4217, lower case as Stripe writes it.
  add column default_currency text not null default 'usd' check (default_currency ~ '^[a-z]{3}$'),
  -- Browser origins allowed to call with publishable keys and customer sessions (CORS).
  add column allowed_origins text[] not null default '{}' check (cardinality(allowed_origins) <= 50),
  add column logo_url text check (char_length(logo_url) <= 2048),
  add column updated timestamptz not null default now();

-- Creating an organisation happens inside a tenant transaction for the new id (worker/domain/organizations.ts).
create policy organizations_insert on public.organizations for insert to billingos_api
  with check (id = tenant.org_id());
create policy organizations_update on public.organizations for update to billingos_api
  using (id = tenant.org_id()) with check (id = tenant.org_id());
create policy organizations_delete on public.organizations for delete to billingos_api
  using (id = tenant.org_id());
grant insert, update, delete on public.organizations to billingos_api;
