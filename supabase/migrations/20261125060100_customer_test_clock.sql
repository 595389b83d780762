-- The test clock a customer was created on (test mode only). Kept on the row so the Stripe mirror
-- lands on the clock even when it is made later (Stripe was down at creation; checkout retries).
alter table public.customers add column test_clock text
  check (test_clock is null or (livemode = false and test_clock ~ '^clock_[A-Za-z0-9]+$'));
