-- Analytics (worker/domain/analytics, docs/analytics.md) reads the subscription history, the fee
-- ledger, refunds and invoices as they are. This adds the facts they lacked, copied from Stripe's
-- objects when they are mirrored, and the indexes the per-period queries walk.

-- What the subscription would bring per month if it were paying: its recurring prices normalised
-- to a month, discounts applied, whatever its status. `mrr_amount` is this while the subscription
-- is active or past_due and 0 otherwise; for a trialing subscription it is the trial pipeline.
-- Null on rows mirrored before this column existed (never guessed).
alter table public.subscriptions add column plan_mrr_amount bigint check (plan_mrr_amount >= 0);
alter table public.subscription_history add column plan_mrr_amount bigint check (plan_mrr_amount >= 0);

-- When Stripe recorded the payment: the invoice's `status_transitions.paid_at`, or the charge's
-- `created` for a one-time payment. Revenue counts a payment in the period it was paid; rows
-- mirrored before this column fall back to when they were mirrored (`created`).
alter table public.invoices add column paid_at timestamptz;
alter table public.fee_ledger add column paid_at timestamptz;

-- Series per period: the history in time order per tenant, payments by paid time, failed invoices.
create index subscription_history_by_time on public.subscription_history (org_id, livemode, occurred);
create index fee_ledger_by_paid on public.fee_ledger (org_id, livemode, (coalesce(paid_at, created)));
create index invoices_failed on public.invoices (org_id, livemode, created) where payment_failed;

-- The invoice mirror fills paid_at on the ledger row of a payment recorded before it was known.
grant update (paid_at) on public.fee_ledger to billingos_api;
