-- Lookups that run before the tenant is known (key authentication, idempotency claims, the
-- organisation of a Stripe account, the organisations the cron jobs visit) and the catalogue revision that
-- GET /v1/pricing checks are security-definer functions. The worker's login role now calls them
-- directly, one statement each, outside any transaction: no BEGIN, role switch or COMMIT, so four
-- round trips fewer per call (bench/README.md). They still run with the owner's rights and
-- return only what they are written to return; the login role gains no table access.
grant usage on schema tenant to billingos_worker;
grant execute on function tenant.authenticate_api_key(text) to billingos_worker;
grant execute on function tenant.claim_idempotency_key(text, text, text) to billingos_worker;
grant execute on function tenant.settle_idempotency_key(text, text, int, text) to billingos_worker;
grant execute on function tenant.org_for_stripe_account(text) to billingos_worker;
grant execute on function tenant.unsynced_catalogues() to billingos_worker;
grant execute on function tenant.tenants_with_expired_checkouts(timestamptz) to billingos_worker;
grant execute on function tenant.dunning_notices_due(text) to billingos_worker;

-- The catalogue revision of one organisation and mode ('0' before its first catalogue write).
-- A counter only: it says whether a cached pricing table is current, nothing about its content.
create function tenant.catalogue_revision(org_id text, livemode boolean)
returns bigint
language sql stable security definer
set search_path = ''
as $$
  select coalesce((select r.revision from public.catalogue_revisions r
                   where r.org_id = catalogue_revision.org_id and r.livemode = catalogue_revision.livemode), 0)
$$;
revoke execute on function tenant.catalogue_revision(text, boolean) from public;
grant execute on function tenant.catalogue_revision(text, boolean) to billingos_worker;
