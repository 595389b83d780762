-- The usage series (worker/domain/analytics/usage.ts) reads a tenant's counters by the start of
-- their billing period; the primary key leads with the customer, so without this it reads them all.
create index usage_counters_by_period on public.usage_counters (org_id, livemode, period_start);
