-- Checkout sessions: one attempt by a customer to buy one price without leaving the merchant's
-- page. The row is written before any Stripe call, so a double submit finds it (the unique index
-- below) and a retry reuses the Stripe objects made under idempotency keys derived from its id.
-- Stripe stays the source of truth for payment state; status is refreshed from it and from webhooks.
create table public.checkout_sessions (
  id text primary key check (id ~ '^cs_[A-Za-z0-9]+$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  customer_id text not null references public.customers (id) on delete cascade,
  price_id text not null,
  quantity integer not null check (quantity between 1 and 10000),
  currency text not null check (currency ~ '^[a-z]{3}$'),
  -- The customer-facing code as given, and the Stripe promotion code it resolved to.
  promotion_code text check (char_length(promotion_code) <= 100),
  stripe_promotion_code text check (char_length(stripe_promotion_code) <= 255),
  status text not null default 'open' check (status in ('open', 'complete', 'expired')),
  -- What the browser confirms: a PaymentIntent, a SetupIntent (trial with card) or nothing (free, trial without card).
  intent_kind text check (intent_kind in ('payment_intent', 'setup_intent', 'none')),
  stripe_subscription_id text check (stripe_subscription_id ~ '^sub_[A-Za-z0-9]+$'),
  stripe_payment_intent_id text check (stripe_payment_intent_id ~ '^pi_[A-Za-z0-9]+$'),
  stripe_setup_intent_id text check (stripe_setup_intent_id ~ '^seti_[A-Za-z0-9]+$'),
  -- The order summary in minor units, taken from Stripe's invoice or PaymentIntent (see worker/domain/checkout).
  summary jsonb,
  expires_at timestamptz not null,
  completed_at timestamptz,
  created timestamptz not null default now(),
  updated timestamptz not null default now(),
  foreign key (price_id, org_id, livemode) references public.prices (id, org_id, livemode) on delete cascade
);
alter table public.checkout_sessions enable row level security;

-- At most one open session per identical purchase: a double submit returns the first.
create unique index checkout_sessions_one_open on public.checkout_sessions
  (org_id, livemode, customer_id, price_id, quantity, currency, coalesce(promotion_code, ''))
  where status = 'open';
-- The expiry sweep.
create index checkout_sessions_open_expiry on public.checkout_sessions (expires_at) where status = 'open';
create index checkout_sessions_subscription on public.checkout_sessions (stripe_subscription_id) where stripe_subscription_id is not null;
create index checkout_sessions_payment_intent on public.checkout_sessions (stripe_payment_intent_id) where stripe_payment_intent_id is not null;
create index checkout_sessions_setup_intent on public.checkout_sessions (stripe_setup_intent_id) where stripe_setup_intent_id is not null;
create index checkout_sessions_tenant on public.checkout_sessions (org_id, livemode, customer_id);

create policy checkout_sessions_select on public.checkout_sessions for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy checkout_sessions_insert on public.checkout_sessions for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy checkout_sessions_update on public.checkout_sessions for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.checkout_sessions to billingos_api;

-- The cron sweep runs outside any tenant: it learns which tenants have open sessions past their
-- expiry (nothing else), then sweeps each inside its own tenant transaction.
create function tenant.tenants_with_expired_checkouts(at timestamptz)
returns table (org_id text, livemode boolean)
language sql stable security definer
set search_path = ''
as $$ select distinct s.org_id, s.livemode from public.checkout_sessions s where s.status = 'open' and s.expires_at <= at $$;
revoke execute on function tenant.tenants_with_expired_checkouts(timestamptz) from public;
grant execute on function tenant.tenants_with_expired_checkouts(timestamptz) to billingos_api;
