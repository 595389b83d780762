-- The background sync (a cron trigger) needs to know which organisations have catalogue objects
-- not yet on Stripe, across tenants, without seeing the rows themselves: this lists only the
-- (organisation, mode) pairs that have a connected account and something pending or failed for
-- five minutes or more (fresher ones are still the request path's, or the repair route's, to push).
create function tenant.unsynced_catalogues()
returns table (org_id text, livemode boolean)
language sql stable security definer
set search_path = ''
as $$
  select a.org_id, a.livemode from public.stripe_accounts a
  where exists (select 1 from public.products p where p.org_id = a.org_id and p.livemode = a.livemode and p.sync_status <> 'synced' and p.updated < now() - interval '5 minutes')
     or exists (select 1 from public.prices p where p.org_id = a.org_id and p.livemode = a.livemode and p.sync_status <> 'synced' and p.updated < now() - interval '5 minutes')
  order by a.org_id, a.livemode
$$;
revoke execute on function tenant.unsynced_catalogues() from public;
grant execute on function tenant.unsynced_catalogues() to billingos_api;
