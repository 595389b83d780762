-- Users: a profile mirror of Supabase Auth users (auth.users lives in Supabase's own schema),
-- refreshed from the verified access token on each request. Not a tenant table: one person may
-- belong to several organisations.
create table public.users (
  id uuid primary key,
  email text not null check (char_length(email) <= 320),
  name text check (char_length(name) <= 200),
  created timestamptz not null default now(),
  updated timestamptz not null default now()
);
alter table public.users enable row level security;

-- The acting user (request.jwt.claims.sub) may read and write their own profile.
create policy users_select on public.users for select to billingos_api using (id = auth.uid());
create policy users_insert on public.users for insert to billingos_api with check (id = auth.uid());
create policy users_update on public.users for update to billingos_api using (id = auth.uid()) with check (id = auth.uid());
grant select, insert, update on public.users to billingos_api;
