-- Subscriptions link to our prices (and through them to a product version) by Stripe price id:
-- these indexes serve that join in both directions ("who subscribes to this version?" and
-- "which version is this subscription on?").
create index subscriptions_by_price on public.subscriptions (org_id, livemode, stripe_price_id);
create index prices_by_stripe_id on public.prices (org_id, livemode, stripe_id);
