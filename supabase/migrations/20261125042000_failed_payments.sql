-- Failed payments (dunning): the merchant's rules, when a subscription fell behind, which failed
-- invoices were recovered, and the e-mails sent to customers about a failed payment.

-- Billing settings: one row per organisation and mode (absent: the defaults below).
create table public.billing_settings (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  -- Days a past_due subscription keeps its entitlements.
  grace_period_days integer not null default 7 check (grace_period_days between 0 and 60),
  -- What happens once Stripe's payment retries run out: cancel the subscription, or leave it
  -- unpaid / past_due (entitlements still end with the grace period).
  after_failed_retries text not null default 'cancel' check (after_failed_retries in ('cancel', 'unpaid', 'past_due')),
  -- The merchant's billing page, linked from failed-payment e-mails (else the hosted invoice page).
  update_payment_url text check (update_payment_url ~ '^https://' and char_length(update_payment_url) <= 2048),
  updated timestamptz not null default now(),
  primary key (org_id, livemode)
);
alter table public.billing_settings enable row level security;

create policy billing_settings_select on public.billing_settings for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy billing_settings_insert on public.billing_settings for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy billing_settings_update on public.billing_settings for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.billing_settings to billingos_api;

-- When BillingOS learned that the subscription fell behind (past_due, then possibly unpaid);
-- the grace period counts from here. Null while it is paid up.
alter table public.subscriptions add column past_due_since timestamptz;

-- When an invoice whose payment had failed was paid after all (the recovery-rate metric).
alter table public.invoices add column recovered_at timestamptz;

-- Dunning notices: one e-mail per failed payment attempt of a subscription invoice. The row is
-- written in the transaction that claims the Stripe event, so a duplicate delivery finds it and
-- adds nothing; it is sent after commit, and a notice left unsent is retried by the cron sweep.
create table public.dunning_notices (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  invoice_id text not null check (invoice_id ~ '^in_[A-Za-z0-9]+$'),
  -- Stripe's attempt_count at the failure this notice is about (1 for the first failure).
  attempt integer not null check (attempt >= 1),
  subscription_id text not null,
  recipient text not null check (char_length(recipient) <= 320),
  amount_due bigint not null check (amount_due >= 0),
  currency text not null check (currency ~ '^[a-z]{3}$'),
  update_url text not null check (char_length(update_url) <= 2048),
  -- Whether Stripe will retry (false: this was the last attempt).
  will_retry boolean not null,
  sent_at timestamptz,
  -- A sender holds the notice until then, so two senders never send it twice.
  sending_until timestamptz,
  send_attempts integer not null default 0 check (send_attempts >= 0),
  created timestamptz not null default now(),
  primary key (org_id, livemode, invoice_id, attempt)
);
alter table public.dunning_notices enable row level security;
create index dunning_notices_unsent on public.dunning_notices (created) where sent_at is null;

create policy dunning_notices_select on public.dunning_notices for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy dunning_notices_insert on public.dunning_notices for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy dunning_notices_update on public.dunning_notices for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.dunning_notices to billingos_api;
grant update (sent_at, sending_until, send_attempts) on public.dunning_notices to billingos_api;

-- The tenants with notices still to send (all, or the one behind a connected account), for the
-- sweep, which then works inside each tenant.
create function tenant.dunning_notices_due(stripe_account_id text default null)
returns table (org_id text, livemode boolean)
language sql stable security definer
set search_path = ''
as $$
  select distinct n.org_id, n.livemode from public.dunning_notices n
  where n.sent_at is null and n.send_attempts < 10
    and (dunning_notices_due.stripe_account_id is null or exists (
      select 1 from public.stripe_accounts a
      where a.org_id = n.org_id and a.livemode = n.livemode and a.stripe_account_id = dunning_notices_due.stripe_account_id))
$$;
revoke execute on function tenant.dunning_notices_due(text) from public;
grant execute on function tenant.dunning_notices_due(text) to billingos_api;
