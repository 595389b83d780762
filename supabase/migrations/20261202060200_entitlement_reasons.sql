-- What a check needs to say why: whether the customer has any entitled subscription (a feature
-- missing from every plan is `not_in_plan`, from no plan at all `no_subscription`), and until when
-- an entitlement is kept only by a past_due subscription's grace period (`grace_period`).
alter table public.entitlement_states add column has_subscription boolean not null default false;
alter table public.entitlements add column grace_until timestamptz;
