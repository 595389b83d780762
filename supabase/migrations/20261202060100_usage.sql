-- Usage metering: the events a merchant reports (each counted once, by its id) and the counters
-- they add up to, per customer, feature and period.

-- Usage events. The merchant's id is the idempotency key per organisation and mode: the primary
-- key makes a second delivery of one id a duplicate, sequentially, concurrently and across
-- batches. Events are kept (at least the 35 days a retry may come back within).
create table public.usage_events (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  id text not null check (char_length(id) between 1 and 255),
  customer_id text not null references public.customers (id) on delete cascade,
  feature_id text not null,
  -- In the feature's unit (>= 0; fractions allowed, e.g. gigabytes).
  value numeric not null check (value >= 0),
  -- When the usage happened (the merchant's clock, at most 5 minutes ahead and 35 days back).
  "timestamp" timestamptz not null,
  properties jsonb not null default '{}' check (jsonb_typeof(properties) = 'object'),
  -- The counter period the event went to (see domain/usage/periods.ts for late events).
  period_start timestamptz not null,
  received timestamptz not null default now(),
  primary key (org_id, livemode, id),
  foreign key (feature_id, org_id, livemode) references public.features (id, org_id, livemode) on delete cascade
);
alter table public.usage_events enable row level security;
create index usage_events_list on public.usage_events (org_id, livemode, "timestamp" desc, id desc);
create index usage_events_by_customer on public.usage_events (org_id, livemode, customer_id, feature_id, "timestamp" desc, id desc);

create policy usage_events_select on public.usage_events for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy usage_events_insert on public.usage_events for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.usage_events to billingos_api;

-- Usage counters: the aggregate of a customer's usage of a feature in one period. Updated by one
-- conditional statement per event or consume, so concurrent writers can never pass a hard limit.
create table public.usage_counters (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  customer_id text not null references public.customers (id) on delete cascade,
  feature_id text not null,
  -- '-infinity' for features that never reset.
  period_start timestamptz not null,
  period_end timestamptz,
  used numeric not null default 0 check (used >= 0),
  -- For the `last` aggregation: the timestamp of the event `used` came from.
  last_event_at timestamptz,
  updated timestamptz not null default now(),
  primary key (org_id, livemode, customer_id, feature_id, period_start),
  foreign key (feature_id, org_id, livemode) references public.features (id, org_id, livemode) on delete cascade
);
alter table public.usage_counters enable row level security;
create index usage_counters_feature on public.usage_counters (feature_id);

create policy usage_counters_select on public.usage_counters for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy usage_counters_insert on public.usage_counters for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy usage_counters_update on public.usage_counters for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.usage_counters to billingos_api;

-- The distinct values of `properties.unique_key` a `unique` feature has counted in a period (its
-- counter is their number).
create table public.usage_unique_values (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  customer_id text not null references public.customers (id) on delete cascade,
  feature_id text not null,
  period_start timestamptz not null,
  value text not null check (char_length(value) <= 500),
  primary key (org_id, livemode, customer_id, feature_id, period_start, value),
  foreign key (feature_id, org_id, livemode) references public.features (id, org_id, livemode) on delete cascade
);
alter table public.usage_unique_values enable row level security;
create index usage_unique_values_feature on public.usage_unique_values (feature_id);

create policy usage_unique_values_select on public.usage_unique_values for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy usage_unique_values_insert on public.usage_unique_values for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.usage_unique_values to billingos_api;

