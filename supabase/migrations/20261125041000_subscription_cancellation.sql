-- Why a subscription was canceled: Stripe's cancellation_details, mirrored from the subscription
-- (set by POST /v1/subscriptions/{id}/cancel or in Stripe's dashboard), for churn analysis.
alter table public.subscriptions
  -- Stripe's cancellation_details.feedback values.
  add column cancellation_reason text check (cancellation_reason in
    ('customer_service', 'low_quality', 'missing_features', 'other', 'switched_service', 'too_complex', 'too_expensive', 'unused')),
  -- Free text from the customer or the merchant, stored and returned as data.
  add column cancellation_comment text check (char_length(cancellation_comment) <= 500);
