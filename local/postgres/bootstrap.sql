-- Bootstrap for a bare Postgres (the embedded one, or any DATABASE_URL): creates what a Supabase
-- project already has, and the API's login role, only where missing. Runs as a superuser before
-- migrations. On a real Supabase project none of this is needed except the login role (see README).
do $$
begin
  if not exists (select from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  -- The API's own roles: billingos_api carries the table grants (migrations grant to it);
  -- billingos_worker is what the worker logs in as. NOINHERIT: it has no table rights until a
  -- transaction does `set local role billingos_api`, so a query outside withTenant fails closed.
  if not exists (select from pg_roles where rolname = 'billingos_api') then
    create role billingos_api nologin nobypassrls;
  end if;
  if not exists (select from pg_roles where rolname = 'billingos_worker') then
    create role billingos_worker login noinherit nosuperuser nobypassrls nocreatedb nocreaterole
      password 'billingos_worker';
  end if;
  grant billingos_api to billingos_worker;
end
$$;

create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role, billingos_api;

-- Supabase's helpers, defined the way Supabase defines them.
do $$
begin
  if not exists (select from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'auth' and p.proname = 'jwt') then
    create function auth.jwt() returns jsonb language sql stable as
      $f$ select coalesce(nullif(current_setting('request.jwt.claim', true), ''), nullif(current_setting('request.jwt.claims', true), ''))::jsonb $f$;
  end if;
  if not exists (select from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'auth' and p.proname = 'uid') then
    create function auth.uid() returns uuid language sql stable as
      $f$ select nullif(coalesce(nullif(current_setting('request.jwt.claim.sub', true), ''), (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')), '')::uuid $f$;
  end if;
  if not exists (select from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'auth' and p.proname = 'role') then
    create function auth.role() returns text language sql stable as
      $f$ select coalesce(nullif(current_setting('request.jwt.claim.role', true), ''), (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'))::text $f$;
  end if;
end
$$;

-- The Supabase CLI's migration history table (same shape, so `supabase db push` sees our history).
create schema if not exists supabase_migrations;
create table if not exists supabase_migrations.schema_migrations (
  version text not null primary key,
  statements text[],
  name text
);
