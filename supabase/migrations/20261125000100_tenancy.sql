-- Tenancy primitives shared by every tenant table's row-level security policies.
-- The API sets `request.jwt.claims` to {"org_id": …, "livemode": …} inside each transaction
-- (worker/db/tenant.ts) and switches to billingos_api, which is neither superuser nor BYPASSRLS.

do $$
begin
  if not exists (select from pg_roles where rolname = 'billingos_api') then
    create role billingos_api nologin nobypassrls;
  end if;
end
$$;

create schema tenant;
comment on schema tenant is 'Functions that row-level security policies use to read the request''s tenant.';
grant usage on schema tenant to billingos_api;
grant usage on schema public to billingos_api;

-- The organisation the current transaction acts for; null outside a tenant transaction, which matches no row.
create function tenant.org_id() returns text
language sql stable
as $$ select nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'org_id' $$;

-- Test mode (false) or live mode (true); null outside a tenant transaction.
create function tenant.livemode() returns boolean
language sql stable
as $$ select (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'livemode')::boolean $$;

-- The newest applied migration, for /health. Security definer so the worker's login role can ask
-- without any grant on the migrations schema.
create function public.schema_version() returns text
language sql stable security definer
set search_path = ''
as $$ select max(version) from supabase_migrations.schema_migrations $$;
