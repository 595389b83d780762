-- A refund's status moves (pending → succeeded or failed): charge.refund.updated and any later
-- settlement of the same charge write Stripe's current status. Only the status changes.
create policy refunds_update on public.refunds for update to billingos_api
  using (org_id = tenant.org_id() and livemode = tenant.livemode())
  with check (org_id = tenant.org_id() and livemode = tenant.livemode());
grant update (status) on public.refunds to billingos_api;
