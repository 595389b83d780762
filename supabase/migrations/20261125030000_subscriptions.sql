-- Subscriptions: the mirror of Stripe Billing subscriptions on the organisation's connected
-- account, keyed by Stripe's id and refreshed from webhooks (re-reading the object, so duplicate
-- and out-of-order deliveries converge on Stripe's current state).
create table public.subscriptions (
  id text primary key check (id ~ '^sub_[A-Za-z0-9]+$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  stripe_customer_id text not null,
  -- Our customer, when the Stripe customer is one we mirrored.
  customer_id text references public.customers (id) on delete set null,
  status text not null check (status in ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'unpaid', 'canceled', 'paused')),
  stripe_price_id text,
  quantity integer not null default 1 check (quantity >= 0),
  currency text not null check (currency ~ '^[a-z]{3}$'),
  -- Monthly recurring revenue of this subscription in minor units (0 unless active or past_due).
  mrr_amount bigint not null default 0 check (mrr_amount >= 0),
  current_period_start timestamptz,
  current_period_end timestamptz,
  cancel_at_period_end boolean not null default false,
  canceled_at timestamptz,
  trial_end timestamptz,
  paused boolean not null default false,
  created timestamptz not null default now(),
  updated timestamptz not null default now()
);
alter table public.subscriptions enable row level security;
create index subscriptions_list on public.subscriptions (org_id, livemode, created desc, id desc);
create index subscriptions_by_customer on public.subscriptions (org_id, livemode, customer_id);

create policy subscriptions_select on public.subscriptions for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy subscriptions_insert on public.subscriptions for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy subscriptions_update on public.subscriptions for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.subscriptions to billingos_api;

-- Subscription history: one row per change of status, plan, quantity or MRR, with its cause;
-- analytics (MRR movements, churn, recovery) read this. Append-only.
create table public.subscription_history (
  id bigint generated always as identity primary key,
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  subscription_id text not null references public.subscriptions (id) on delete cascade,
  status text not null,
  stripe_price_id text,
  quantity integer not null,
  mrr_amount bigint not null,
  currency text not null,
  -- The Stripe event type that brought the change.
  cause text not null check (char_length(cause) <= 100),
  occurred timestamptz not null default now()
);
alter table public.subscription_history enable row level security;
create index subscription_history_list on public.subscription_history (org_id, livemode, subscription_id, occurred);

create policy subscription_history_select on public.subscription_history for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy subscription_history_insert on public.subscription_history for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.subscription_history to billingos_api;
