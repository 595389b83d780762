-- Customers: merchant metadata, soft delete and the mirror on the merchant's connected account.
alter table public.customers
  add column metadata jsonb not null default '{}' check (jsonb_typeof(metadata) = 'object'),
  -- Set by DELETE: hidden from lists and reads; the Stripe customer is kept for history.
  add column deleted_at timestamptz,
  -- The customer on the organisation's connected account (null until mirrored).
  add column stripe_customer_id text check (stripe_customer_id ~ '^cus_[A-Za-z0-9]+$');

-- Search by e-mail (case-insensitive prefix) without scanning the organisation's customers.
create index customers_by_email on public.customers (org_id, livemode, lower(email) text_pattern_ops);

-- Customers act too (checkout, plan changes through a customer session): let the audit log say so.
alter table public.audit_log drop constraint audit_log_actor_type_check;
alter table public.audit_log add constraint audit_log_actor_type_check check (actor_type in ('user', 'api_key', 'customer', 'system'));
