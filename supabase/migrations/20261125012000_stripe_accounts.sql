-- The organisation's Stripe Connect Express account, one per mode (Stripe's test and live
-- accounts are different objects). A mirror of what Stripe says, refreshed from the API and from
-- `account.updated` webhooks; Stripe stays the source of truth.
create table public.stripe_accounts (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  stripe_account_id text not null unique check (stripe_account_id ~ '^acct_[A-Za-z0-9]+$'),
  charges_enabled boolean not null default false,
  payouts_enabled boolean not null default false,
  details_submitted boolean not null default false,
  -- Stripe's requirements.currently_due / past_due / disabled_reason, as Stripe sent them.
  requirements jsonb not null default '{}',
  -- settings.payouts.schedule: {interval, delay_days, weekly_anchor, monthly_anchor}.
  payout_schedule jsonb not null default '{}',
  created timestamptz not null default now(),
  updated timestamptz not null default now(),
  primary key (org_id, livemode)
);
alter table public.stripe_accounts enable row level security;

create policy stripe_accounts_select on public.stripe_accounts for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy stripe_accounts_insert on public.stripe_accounts for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy stripe_accounts_update on public.stripe_accounts for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.stripe_accounts to billingos_api;

-- Webhooks arrive before the tenant is known: find the organisation of a connected account.
create function tenant.org_for_stripe_account(stripe_account_id text)
returns table (org_id text, livemode boolean)
language sql stable security definer
set search_path = ''
as $$ select a.org_id, a.livemode from public.stripe_accounts a where a.stripe_account_id = org_for_stripe_account.stripe_account_id $$;
revoke execute on function tenant.org_for_stripe_account(text) from public;
grant execute on function tenant.org_for_stripe_account(text) to billingos_api;
