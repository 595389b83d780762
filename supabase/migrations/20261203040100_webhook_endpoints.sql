-- Outbound webhooks: where each organisation wants its events sent, what was sent, and every try.

-- Endpoints, per organisation and mode.
create table public.webhook_endpoints (
  id text primary key check (id ~ '^we_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  url text not null check (char_length(url) between 1 and 2048),
  description text check (char_length(description) <= 500),
  -- The event types sent; null means every type.
  event_types text[] check (event_types is null or cardinality(event_types) between 1 and 50),
  enabled boolean not null default true,
  -- The signing key (`whsec_` + base64). Kept readable because every delivery is signed with it;
  -- only the API's role in the owning tenant can read it, and the API shows it once.
  secret text not null check (secret ~ '^whsec_[A-Za-z0-9+/=]{24,}$'),
  -- After a rotation the old key keeps signing beside the new one until `previous_secret_expires_at`.
  previous_secret text check (previous_secret ~ '^whsec_[A-Za-z0-9+/=]{24,}$'),
  previous_secret_expires_at timestamptz,
  -- The first failure of the current run of failures (null after a success). Five days of it
  -- disables the endpoint and e-mails the organisation's owners.
  failing_since timestamptz,
  disabled_reason text check (disabled_reason in ('failing', 'manual')),
  created timestamptz not null default now(),
  updated timestamptz not null default now(),
  unique (id, org_id, livemode)
);
alter table public.webhook_endpoints enable row level security;
create index webhook_endpoints_list on public.webhook_endpoints (org_id, livemode, created desc, id desc);

create policy webhook_endpoints_select on public.webhook_endpoints for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy webhook_endpoints_insert on public.webhook_endpoints for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy webhook_endpoints_update on public.webhook_endpoints for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy webhook_endpoints_delete on public.webhook_endpoints for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update, delete on public.webhook_endpoints to billingos_api;

-- Messages: one event (or test event) for one endpoint. Its id is the `webhook-id` header, the
-- same on every retry and replay, so receivers can drop duplicates.
create table public.webhook_messages (
  id text primary key check (id ~ '^msg_[A-Za-z0-9]{1,64}$'),
  org_id text not null,
  livemode boolean not null,
  endpoint_id text not null,
  -- Null for a test event, which is not an event of the account.
  event_id text references public.events (id) on delete cascade,
  event_type text not null,
  -- The exact JSON body sent (signed as is on every attempt).
  payload text not null,
  status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
  attempts integer not null default 0 check (attempts >= 0),
  -- When the next attempt is due (null once succeeded or failed for good).
  next_attempt_at timestamptz,
  created timestamptz not null default now(),
  updated timestamptz not null default now(),
  foreign key (endpoint_id, org_id, livemode) references public.webhook_endpoints (id, org_id, livemode) on delete cascade,
  unique (endpoint_id, event_id)
);
alter table public.webhook_messages enable row level security;
create index webhook_messages_list on public.webhook_messages (org_id, livemode, endpoint_id, created desc, id desc);
create index webhook_messages_due on public.webhook_messages (next_attempt_at) where status = 'pending';
create index webhook_messages_event on public.webhook_messages (event_id);

create policy webhook_messages_select on public.webhook_messages for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy webhook_messages_insert on public.webhook_messages for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy webhook_messages_update on public.webhook_messages for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.webhook_messages to billingos_api;

-- Attempts: the delivery log, one row per try.
create table public.webhook_attempts (
  id text primary key check (id ~ '^whatt_[A-Za-z0-9]{1,64}$'),
  org_id text not null,
  livemode boolean not null,
  message_id text not null references public.webhook_messages (id) on delete cascade,
  -- The receiver's HTTP status; null when no response came (timeout, refused address, network).
  response_status integer,
  -- Milliseconds from sending to the response's end (or the failure).
  latency_ms integer not null check (latency_ms >= 0),
  -- The first 1,000 characters of the response body, control characters escaped; data, never markup.
  response_excerpt text not null default '' check (char_length(response_excerpt) <= 4096),
  -- Why no response counted: timeout, refused_address, network, redirect.
  error text,
  succeeded boolean not null,
  created timestamptz not null default clock_timestamp()
);
alter table public.webhook_attempts enable row level security;
create index webhook_attempts_list on public.webhook_attempts (org_id, livemode, message_id, created desc, id desc);

create policy webhook_attempts_select on public.webhook_attempts for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy webhook_attempts_insert on public.webhook_attempts for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.webhook_attempts to billingos_api;

-- Per-organisation settings. `allow_local_test_urls`: test-mode endpoints may be
-- http://localhost or http://127.0.0.1 (development only; never live mode).
create table public.webhook_settings (
  org_id text primary key references public.organizations (id) on delete cascade,
  allow_local_test_urls boolean not null default false,
  updated timestamptz not null default now()
);
alter table public.webhook_settings enable row level security;
create policy webhook_settings_select on public.webhook_settings for select to billingos_api using (org_id = tenant.org_id());
create policy webhook_settings_insert on public.webhook_settings for insert to billingos_api with check (org_id = tenant.org_id());
create policy webhook_settings_update on public.webhook_settings for update to billingos_api
  using (org_id = tenant.org_id()) with check (org_id = tenant.org_id());
grant select, insert, update on public.webhook_settings to billingos_api;

-- The retry sweep's lookup of tenants with messages due (a queue message lost or delayed past its time).
create function tenant.webhook_messages_due(due_before timestamptz)
returns table (org_id text, livemode boolean)
language sql stable security definer
set search_path = ''
as $$ select distinct m.org_id, m.livemode from public.webhook_messages m where m.status = 'pending' and m.next_attempt_at <= due_before $$;
revoke execute on function tenant.webhook_messages_due(timestamptz) from public;
grant execute on function tenant.webhook_messages_due(timestamptz) to billingos_api, billingos_worker;
