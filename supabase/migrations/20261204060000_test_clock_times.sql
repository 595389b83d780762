-- The current time of each test clock, as Stripe last reported it (test_helpers.test_clock.*
-- events). A customer on a test clock lives at the clock's time: its grace period and entitlements
-- are decided at this instant, not at the real time (which never moves for it).
create table public.test_clock_times (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null check (livemode = false),
  id text not null check (id ~ '^clock_[A-Za-z0-9]+$'),
  frozen_time timestamptz not null,
  updated timestamptz not null default now(),
  primary key (org_id, livemode, id)
);
alter table public.test_clock_times enable row level security;

create policy test_clock_times_select on public.test_clock_times for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy test_clock_times_insert on public.test_clock_times for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy test_clock_times_update on public.test_clock_times for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.test_clock_times to billingos_api;

-- The test clock a mirrored subscription runs on (Stripe's subscription.test_clock): a customer made
-- in Stripe directly has no customers.test_clock, yet its subscription still lives at the clock's time.
alter table public.subscriptions add column test_clock text
  check (test_clock is null or (livemode = false and test_clock ~ '^clock_[A-Za-z0-9]+$'));
