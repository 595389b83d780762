-- Usage alerts: when a customer's usage of a feature reaches a share of its limit, the customer is
-- e-mailed and the merchant notified, once per customer, feature, period and threshold.

-- The shares of the limit (in percent) that alert, per feature; empty: never alert. Metered and
-- limit features only (a boolean feature has no usage).
alter table public.features add column alert_thresholds smallint[] not null default '{80,100}'
  check (cardinality(alert_thresholds) <= 10 and 0 < all (alert_thresholds) and 1000 >= all (alert_thresholds));

-- One row per threshold reached: the primary key makes a redelivered, retried or concurrent event
-- that reaches the same threshold again record nothing. The row is written in the transaction that
-- changed the counter (so a rolled-back event alerts no one) and sent after commit; a send refused
-- by the e-mail API is retried by the cron sweep.
create table public.usage_alerts (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  customer_id text not null references public.customers (id) on delete cascade,
  feature_id text not null,
  -- The counter's period ('-infinity' for features that never reset), as in usage_counters.
  period_start timestamptz not null,
  period_end timestamptz,
  -- Percent of the limit.
  threshold smallint not null check (threshold between 1 and 1000),
  -- The counter and the limit when the threshold was reached.
  used numeric not null check (used >= 0),
  limit_amount bigint not null check (limit_amount >= 0),
  -- Delivery of the customer's e-mail and of the merchant's notification (null: not yet).
  customer_sent_at timestamptz,
  merchant_sent_at timestamptz,
  -- A sender holds the alert until then, so two senders never send it twice.
  sending_until timestamptz,
  send_attempts integer not null default 0 check (send_attempts >= 0),
  created timestamptz not null default now(),
  primary key (org_id, livemode, customer_id, feature_id, period_start, threshold),
  foreign key (feature_id, org_id, livemode) references public.features (id, org_id, livemode) on delete cascade
);
alter table public.usage_alerts enable row level security;
create index usage_alerts_feature on public.usage_alerts (feature_id);
create index usage_alerts_unsent on public.usage_alerts (created) where customer_sent_at is null or merchant_sent_at is null;

create policy usage_alerts_select on public.usage_alerts for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy usage_alerts_insert on public.usage_alerts for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy usage_alerts_update on public.usage_alerts for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.usage_alerts to billingos_api;
grant update (customer_sent_at, merchant_sent_at, sending_until, send_attempts) on public.usage_alerts to billingos_api;

-- The tenants with alerts still to send, for the cron sweep, which then works inside each tenant.
create function tenant.usage_alerts_due()
returns table (org_id text, livemode boolean)
language sql stable security definer
set search_path = ''
as $$
  select distinct a.org_id, a.livemode from public.usage_alerts a
  where (a.customer_sent_at is null or a.merchant_sent_at is null) and a.send_attempts < 10
$$;
revoke execute on function tenant.usage_alerts_due() from public;
grant execute on function tenant.usage_alerts_due() to billingos_api, billingos_worker;
