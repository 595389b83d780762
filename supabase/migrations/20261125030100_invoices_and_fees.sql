-- Invoices: the mirror of Stripe invoices on the connected account.
create table public.invoices (
  id text primary key check (id ~ '^in_[A-Za-z0-9]+$'),
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  subscription_id text,
  stripe_customer_id text not null,
  status text not null check (status in ('draft', 'open', 'paid', 'uncollectible', 'void')),
  currency text not null check (currency ~ '^[a-z]{3}$'),
  amount_due bigint not null check (amount_due >= 0),
  amount_paid bigint not null check (amount_paid >= 0),
  application_fee_amount bigint check (application_fee_amount >= 0),
  hosted_invoice_url text,
  invoice_pdf text,
  -- True once a payment failed; with status 'paid' later, the invoice counts as recovered.
  payment_failed boolean not null default false,
  created timestamptz not null default now(),
  updated timestamptz not null default now()
);
alter table public.invoices enable row level security;
create index invoices_list on public.invoices (org_id, livemode, created desc, id desc);

create policy invoices_select on public.invoices for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy invoices_insert on public.invoices for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy invoices_update on public.invoices for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert, update on public.invoices to billingos_api;

-- Fee ledger: BillingOS's application fee on every paid invoice, one row per invoice; the rule
-- is worker/domain/fees/application-fee.ts (fee + net = gross). Append-only for the API role.
create table public.fee_ledger (
  invoice_id text primary key references public.invoices (id) on delete cascade,
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  currency text not null check (currency ~ '^[a-z]{3}$'),
  gross bigint not null check (gross >= 0),
  fee bigint not null check (fee >= 0),
  net bigint not null check (net >= 0),
  created timestamptz not null default now(),
  check (fee + net = gross)
);
alter table public.fee_ledger enable row level security;
create index fee_ledger_monthly on public.fee_ledger (org_id, livemode, created);

create policy fee_ledger_select on public.fee_ledger for select to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
create policy fee_ledger_insert on public.fee_ledger for insert to billingos_api
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant select, insert on public.fee_ledger to billingos_api;
