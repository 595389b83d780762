-- The organisation's own BillingOS subscription tier. Orgs on a paying tier pay no transaction
-- fee (worker/domain/fees/org-fee.ts decides every fee from this column). Only the platform
-- (service role, superuser) sets it: the API role keeps column-level grants that exclude it, so
-- no API call can upgrade an organisation for free.
alter table public.organizations
  add column billing_tier text not null default 'standard'
    check (billing_tier in ('standard', 'starter', 'growth', 'scale', 'enterprise'));

revoke insert, update on public.organizations from billingos_api;
grant insert (id, name, slug, legal_name, country, support_email, website, default_currency, allowed_origins, logo_url, created, updated)
  on public.organizations to billingos_api;
grant update (name, slug, legal_name, country, support_email, website, default_currency, allowed_origins, logo_url, updated)
  on public.organizations to billingos_api;
