-- Plan changes a subscription has coming, mirrored from Stripe so the subscription object shows them
-- without a Stripe round trip: one at renewal (the next phase of its subscription schedule) and one
-- made now that waits for its invoice to be paid (Stripe's pending_update).
alter table public.subscriptions
  -- The Stripe price and quantity the subscription schedule switches to at scheduled_change_at; all null without a schedule.
  add column scheduled_stripe_price_id text,
  add column scheduled_quantity integer check (scheduled_quantity >= 0),
  add column scheduled_change_at timestamptz,
  -- A change made now whose payment was declined: it applies when pending_invoice_id is paid and is
  -- dropped at pending_expires_at (Stripe voids that invoice then); all null when none waits.
  add column pending_stripe_price_id text,
  add column pending_quantity integer check (pending_quantity >= 0),
  add column pending_invoice_id text,
  add column pending_expires_at timestamptz;
