-- The set-based usage batch inserts a batch's events first (in id order, so concurrent batches
-- that share ids never deadlock), then applies them to their counters; an event a hard limit
-- refuses is taken back out in the same transaction, so the API may delete its own org's events.
create policy usage_events_delete on public.usage_events for delete to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode());
grant delete on public.usage_events to billingos_api;
