-- Invitations to join an organisation. The token travels only in the e-mailed link; we keep its hash.
create table public.invitations (
  id text primary key check (id ~ '^inv_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  email text not null check (char_length(email) between 3 and 320),
  role text not null check (role in ('owner', 'admin', 'member', 'viewer')),
  -- SHA-256 (hex) of the token in the link.
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  status text not null default 'pending' check (status in ('pending', 'accepted', 'revoked')),
  invited_by uuid references public.users (id) on delete set null,
  expires_at timestamptz not null,
  accepted_by uuid references public.users (id) on delete set null,
  created timestamptz not null default now(),
  updated timestamptz not null default now()
);
alter table public.invitations enable row level security;

create index invitations_list on public.invitations (org_id, created desc, id desc);
-- One open invitation per address and organisation.
create unique index invitations_one_pending on public.invitations (org_id, lower(email)) where status = 'pending';

create policy invitations_select on public.invitations for select to billingos_api using (org_id = tenant.org_id());
create policy invitations_insert on public.invitations for insert to billingos_api with check (org_id = tenant.org_id());
create policy invitations_update on public.invitations for update to billingos_api
  using (org_id = tenant.org_id()) with check (org_id = tenant.org_id());
grant select, insert, update on public.invitations to billingos_api;

-- Accepting happens before the acceptor is a member, so the org is found from the token.
create function tenant.invitation_org(token_hash text) returns text
language sql stable security definer
set search_path = ''
as $$ select org_id from public.invitations i where i.token_hash = invitation_org.token_hash $$;
grant execute on function tenant.invitation_org(text) to billingos_api;
