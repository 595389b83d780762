-- Refunds: every refund of a charge in the fee ledger, whether made through POST /v1/refunds or
-- elsewhere (Stripe's dashboard, seen through charge.refunded), keyed by Stripe's id so both paths
-- record it once. The totals per charge (refunded, fee_returned) live on the fee_ledger row.
create table public.refunds (
  id text primary key check (id ~ '^re_[A-Za-z0-9]+$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  fee_ledger_id bigint not null references public.fee_ledger (id) on delete cascade,
  charge_id text not null check (charge_id ~ '^(ch|py)_[A-Za-z0-9]+$'),
  -- Copied from the ledger row so lists need no join: what the refunded payment paid for.
  invoice_id text,
  payment_intent_id text,
  amount bigint not null check (amount > 0),
  currency text not null check (currency ~ '^[a-z]{3}$'),
  reason text check (reason in ('duplicate', 'fraudulent', 'requested_by_customer', 'expired_uncaptured_charge')),
  status text not null check (status in ('pending', 'requires_action', 'succeeded', 'failed', 'canceled')),
  created timestamptz not null default now()
);
alter table public.refunds enable row level security;
create index refunds_list on public.refunds (org_id, livemode, created desc, id desc);
create index refunds_by_ledger on public.refunds (fee_ledger_id);

create policy refunds_select on public.refunds for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy refunds_insert on public.refunds for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.refunds to billingos_api;
