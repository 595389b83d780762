-- Audit log: every sensitive action, written in the same transaction as the action. Append-only:
-- the API role may insert and read, never update or delete.
create table public.audit_log (
  id text primary key check (id ~ '^aud_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  -- Who: a user id, or an API key id.
  actor_type text not null check (actor_type in ('user', 'api_key', 'system')),
  actor_id text not null check (char_length(actor_id) <= 100),
  -- What: `<resource>.<verb>`, e.g. `api_key.created`, `member.role_changed`.
  action text not null check (action ~ '^[a-z_]+\.[a-z_]+$'),
  target_type text not null check (char_length(target_type) <= 50),
  target_id text not null check (char_length(target_id) <= 100),
  -- Changed fields only: {"role": "member"} before, {"role": "admin"} after. Never secrets.
  before jsonb,
  after jsonb,
  request_id text check (char_length(request_id) <= 100),
  ip inet,
  created timestamptz not null default now()
);
alter table public.audit_log enable row level security;

create index audit_log_list on public.audit_log (org_id, livemode, created desc, id desc);
create index audit_log_by_action on public.audit_log (org_id, livemode, action, created desc);
create index audit_log_by_target on public.audit_log (org_id, livemode, target_id, created desc);

create policy audit_log_select on public.audit_log for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy audit_log_insert on public.audit_log for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.audit_log to billingos_api;
