-- The fee ledger covers every successful charge on a connected account, not only invoices:
-- one-time purchases (PaymentIntents) get a row keyed by their charge. Refunds are tracked on the
-- row: how much of the gross was refunded and how much of the fee BillingOS returned (policy:
-- the fee is returned in proportion to the refund, see worker/domain/fees/application-fee.ts).
alter table public.fee_ledger drop constraint fee_ledger_pkey;
alter table public.fee_ledger
  add column id bigint generated always as identity primary key,
  alter column invoice_id drop not null,
  add column charge_id text unique check (charge_id ~ '^(ch|py)_[A-Za-z0-9]+$'),
  add column payment_intent_id text check (payment_intent_id ~ '^pi_[A-Za-z0-9]+$'),
  add column application_fee_id text check (application_fee_id ~ '^fee_[A-Za-z0-9]+$'),
  add column refunded bigint not null default 0 check (refunded >= 0),
  add column fee_returned bigint not null default 0 check (fee_returned >= 0),
  add column updated timestamptz not null default now(),
  add constraint fee_ledger_refund_bounds check (refunded <= gross and fee_returned <= fee),
  add constraint fee_ledger_source check (invoice_id is not null or payment_intent_id is not null);
create unique index fee_ledger_invoice on public.fee_ledger (invoice_id) where invoice_id is not null;
create unique index fee_ledger_payment_intent on public.fee_ledger (payment_intent_id) where payment_intent_id is not null;

create policy fee_ledger_update on public.fee_ledger for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant update (charge_id, application_fee_id, refunded, fee_returned, updated) on public.fee_ledger to billingos_api;
