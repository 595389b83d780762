-- Events: the transactional outbox of everything a merchant's backend may hear about. Each row is
-- written in the same transaction as the change it describes (domain/events/record.ts), so a
-- rolled-back change leaves none and a committed one always has its event. The dispatcher
-- (domain/webhooks/dispatch.ts) turns undispatched rows into webhook messages after commit.
create table public.events (
  id text primary key check (id ~ '^evt_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  type text not null check (type ~ '^[a-z_]+(\.[a-z_]+)+$'),
  -- The object the event is about (its id, for `GET /v1/events?object=`), and the object itself as
  -- the API's GET route shows it at the moment of the change.
  object_id text not null,
  data jsonb not null,
  created timestamptz not null default clock_timestamp(),
  -- Set once the dispatcher has made a webhook message per matching endpoint.
  dispatched_at timestamptz
);
alter table public.events enable row level security;
create index events_list on public.events (org_id, livemode, created desc, id desc);
create index events_by_object on public.events (org_id, livemode, object_id, created desc, id desc);
create index events_undispatched on public.events (org_id, livemode, created) where dispatched_at is null;

create policy events_select on public.events for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy events_insert on public.events for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy events_update on public.events for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update (dispatched_at) on public.events to billingos_api;

-- The dispatcher's and the retry sweep's lookup of tenants with work, run outside any tenant.
create function tenant.events_undispatched()
returns table (org_id text, livemode boolean)
language sql stable security definer
set search_path = ''
as $$ select distinct e.org_id, e.livemode from public.events e where e.dispatched_at is null $$;
revoke execute on function tenant.events_undispatched() from public;
grant execute on function tenant.events_undispatched() to billingos_api, billingos_worker;
