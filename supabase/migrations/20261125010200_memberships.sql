-- Memberships: who belongs to which organisation, with which role. Org-level (no livemode):
-- a member works in both test and live mode.
create table public.memberships (
  org_id text not null references public.organizations (id) on delete cascade,
  user_id uuid not null references public.users (id) on delete cascade,
  role text not null check (role in ('owner', 'admin', 'member', 'viewer')),
  created timestamptz not null default now(),
  primary key (org_id, user_id)
);
alter table public.memberships enable row level security;

create index memberships_by_user on public.memberships (user_id);
create index memberships_list on public.memberships (org_id, created, user_id);

-- The organisations the acting user belongs to. Security definer so policies can ask without
-- recursing into memberships' own policy.
create function tenant.user_org_ids() returns setof text
language sql stable security definer
set search_path = ''
as $$ select org_id from public.memberships where user_id = auth.uid() $$;
grant execute on function tenant.user_org_ids() to billingos_api;

-- Inside an org: every membership of that org. Outside: the acting user's own memberships.
create policy memberships_select on public.memberships for select to billingos_api
  using (org_id = tenant.org_id() or user_id = auth.uid());
create policy memberships_insert on public.memberships for insert to billingos_api
  with check (org_id = tenant.org_id());
create policy memberships_update on public.memberships for update to billingos_api
  using (org_id = tenant.org_id()) with check (org_id = tenant.org_id());
create policy memberships_delete on public.memberships for delete to billingos_api
  using (org_id = tenant.org_id());
grant select, insert, update, delete on public.memberships to billingos_api;

-- A user sees the organisations they belong to (to list them) besides the current one.
drop policy organizations_select on public.organizations;
create policy organizations_select on public.organizations for select to billingos_api
  using (id = tenant.org_id() or id in (select tenant.user_org_ids()));

-- Co-members may see each other's profiles.
create policy users_select_comembers on public.users for select to billingos_api
  using (id in (select m.user_id from public.memberships m where m.org_id = tenant.org_id()));
