-- Stripe events already applied. A row is written in the same transaction as the event's
-- effect, so a failure records nothing and Stripe's retry applies the event once.
create table public.stripe_events (
  id text primary key check (id ~ '^evt_[A-Za-z0-9]+$'),
  type text not null check (char_length(type) <= 100),
  livemode boolean not null,
  -- The connected account the event came from (null for platform events).
  account text check (account ~ '^acct_[A-Za-z0-9]+$'),
  -- The organisation it was applied to (null when it concerned no organisation).
  org_id text references public.organizations (id) on delete cascade,
  -- Stripe's `created`, kept to reason about ordering.
  stripe_created timestamptz not null,
  processed timestamptz not null default now()
);
alter table public.stripe_events enable row level security;
create index stripe_events_by_org on public.stripe_events (org_id, processed desc);

-- Claims an event id inside the caller's transaction: true the first time, false for a duplicate.
-- Concurrent duplicates wait on the primary key until the first commits (then see it) or rolls
-- back (then claim it themselves), so an event takes effect exactly once.
create function tenant.claim_stripe_event(id text, type text, livemode boolean, account text, org_id text, stripe_created timestamptz)
returns boolean
language sql volatile security definer
set search_path = ''
as $$
  insert into public.stripe_events (id, type, livemode, account, org_id, stripe_created)
  values (claim_stripe_event.id, claim_stripe_event.type, claim_stripe_event.livemode, claim_stripe_event.account,
          claim_stripe_event.org_id, claim_stripe_event.stripe_created)
  on conflict do nothing
  returning true
$$;
revoke execute on function tenant.claim_stripe_event(text, text, boolean, text, text, timestamptz) from public;
grant execute on function tenant.claim_stripe_event(text, text, boolean, text, text, timestamptz) to billingos_api;
