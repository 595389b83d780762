-- Money received per UTC day and currency: what the revenue series sums per period
-- (worker/domain/analytics/revenue.ts), kept in the transaction that writes a fee ledger row or a
-- refund, so a year of revenue is a few hundred rows per currency instead of every payment
-- (300,000 ledger rows a year on the 100,000-subscription bench: 730 ms per request).
create table public.revenue_daily (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  currency text not null check (currency ~ '^[a-z]{3}$'),
  -- Midnight UTC of the day.
  day timestamptz not null,
  -- Payments in the fee ledger paid that day (coalesce(paid_at, created)): how many, their gross,
  -- split by paid invoices and one-time payments, and BillingOS's fees on them less what refunds
  -- of them returned (fee - fee_returned, counted on the payment's day).
  payments bigint not null default 0,
  gross bigint not null default 0,
  subscription_gross bigint not null default 0,
  one_time_gross bigint not null default 0,
  billingos_fees bigint not null default 0,
  -- Refunds that succeeded, on the day they were made.
  refunds bigint not null default 0,
  primary key (org_id, livemode, currency, day)
);
alter table public.revenue_daily enable row level security;

create policy revenue_daily_select on public.revenue_daily for select to billingos_api
  using (org_id = (select tenant.org_id()) and livemode = (select tenant.livemode()));
grant select on public.revenue_daily to billingos_api;

-- A ledger row's share of its day, added (sign 1) or taken back (sign -1, its values before an update).
create function public.add_payment_to_day(payment public.fee_ledger, sign int) returns void
language sql
set search_path = ''
as $$
  insert into public.revenue_daily as d (org_id, livemode, currency, day, payments, gross, subscription_gross, one_time_gross, billingos_fees)
  values (payment.org_id, payment.livemode, payment.currency, date_trunc('day', coalesce(payment.paid_at, payment.created), 'UTC'), sign, sign * payment.gross,
    sign * case when payment.invoice_id is not null then payment.gross else 0 end, sign * case when payment.invoice_id is null then payment.gross else 0 end,
    sign * (payment.fee - payment.fee_returned))
  on conflict (org_id, livemode, currency, day) do update set
    payments = d.payments + excluded.payments, gross = d.gross + excluded.gross, subscription_gross = d.subscription_gross + excluded.subscription_gross,
    one_time_gross = d.one_time_gross + excluded.one_time_gross, billingos_fees = d.billingos_fees + excluded.billingos_fees
$$;
revoke execute on function public.add_payment_to_day(public.fee_ledger, int) from public;

create function public.fee_ledger_daily() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform public.add_payment_to_day(old, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform public.add_payment_to_day(new, 1);
  end if;
  return null;
end
$$;
create trigger fee_ledger_daily after insert or update or delete on public.fee_ledger
  for each row execute function public.fee_ledger_daily();

create function public.add_refund_to_day(refund public.refunds, sign int) returns void
language sql
set search_path = ''
as $$
  insert into public.revenue_daily as d (org_id, livemode, currency, day, refunds)
  select refund.org_id, refund.livemode, refund.currency, date_trunc('day', refund.created, 'UTC'), sign * refund.amount
  where refund.status = 'succeeded'
  on conflict (org_id, livemode, currency, day) do update set refunds = d.refunds + excluded.refunds
$$;
revoke execute on function public.add_refund_to_day(public.refunds, int) from public;

create function public.refunds_daily() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform public.add_refund_to_day(old, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform public.add_refund_to_day(new, 1);
  end if;
  return null;
end
$$;
create trigger refunds_daily after insert or update or delete on public.refunds
  for each row execute function public.refunds_daily();

-- The days of one tenant, set-based from its ledger and refunds (existing rows, a bulk load with triggers off).
create function public.rebuild_revenue_daily(org text, mode boolean) returns void
language sql security definer
set search_path = ''
as $$
  delete from public.revenue_daily d where d.org_id = org and d.livemode = mode;
  insert into public.revenue_daily (org_id, livemode, currency, day, payments, gross, subscription_gross, one_time_gross, billingos_fees, refunds)
  select org, mode, currency, day, sum(payments), sum(gross), sum(subscription_gross), sum(one_time_gross), sum(billingos_fees), sum(refunds)
  from (
    select f.currency, date_trunc('day', coalesce(f.paid_at, f.created), 'UTC') as day, 1 as payments, f.gross,
      case when f.invoice_id is not null then f.gross else 0 end as subscription_gross,
      case when f.invoice_id is null then f.gross else 0 end as one_time_gross, f.fee - f.fee_returned as billingos_fees, 0 as refunds
    from public.fee_ledger f where f.org_id = org and f.livemode = mode
    union all
    select r.currency, date_trunc('day', r.created, 'UTC'), 0, 0, 0, 0, 0, r.amount
    from public.refunds r where r.org_id = org and r.livemode = mode and r.status = 'succeeded'
  ) facts
  group by currency, day;
$$;
revoke execute on function public.rebuild_revenue_daily(text, boolean) from public;

select public.rebuild_revenue_daily(t.org_id, t.livemode)
from (select org_id, livemode from public.fee_ledger union select org_id, livemode from public.refunds) t;
