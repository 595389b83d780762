-- Customer sessions: one row per minted token, so a session can be revoked before it expires
-- (one session, or every session of a customer: the merchant's logout). Tokens stay signed and
-- carry their claims; the row adds one primary-key lookup per request (`customer_session_active`).
-- A token without a row (minted before this table existed) is refused: sessions live an hour at
-- most and the browser mints a new one through the merchant's backend.
create table public.customer_sessions (
  id text primary key check (id ~ '^bcs_[A-Za-z0-9]{1,64}$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  customer_id text not null references public.customers (id) on delete cascade,
  -- The token's own expiry; the row is swept a day after it.
  expires_at timestamptz not null,
  -- Set once: a revoked session is refused on its next request.
  revoked_at timestamptz,
  created timestamptz not null default now()
);
alter table public.customer_sessions enable row level security;

-- Revoking every live session of one customer.
create index customer_sessions_customer on public.customer_sessions (org_id, livemode, customer_id) where revoked_at is null;
-- The sweep of expired rows.
create index customer_sessions_expiry on public.customer_sessions (expires_at);

create policy customer_sessions_select on public.customer_sessions for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy customer_sessions_insert on public.customer_sessions for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy customer_sessions_update on public.customer_sessions for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());

grant select, insert on public.customer_sessions to billingos_api;
grant update (revoked_at) on public.customer_sessions to billingos_api;

-- Whether a verified token's session is still live: it exists with exactly these claims, is not
-- revoked and has not expired. Runs before the tenant is known, as the login role, in one statement.
create function tenant.customer_session_active(session_id text, org_id text, livemode boolean, customer_id text)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.customer_sessions s
    where s.id = customer_session_active.session_id and s.org_id = customer_session_active.org_id
      and s.livemode = customer_session_active.livemode and s.customer_id = customer_session_active.customer_id
      and s.revoked_at is null and s.expires_at > now())
$$;
revoke execute on function tenant.customer_session_active(text, text, boolean, text) from public;
grant execute on function tenant.customer_session_active(text, text, boolean, text) to billingos_worker, billingos_api;

-- Forgets sessions that expired more than a day ago (the cron); returns how many.
create function tenant.sweep_customer_sessions()
returns integer
language sql volatile security definer
set search_path = ''
as $$
  with swept as (delete from public.customer_sessions s where s.expires_at < now() - interval '1 day' returning 1)
  select count(*)::int from swept
$$;
revoke execute on function tenant.sweep_customer_sessions() from public;
grant execute on function tenant.sweep_customer_sessions() to billingos_worker;
