-- Indexes behind the admin's lists (worker/domain/customer-list.ts, subscription-list.ts).
--
-- Customer search is "e-mail or name contains" (lower(x) like '%term%'): a b-tree cannot serve a
-- leading wildcard, trigram GIN indexes can, so a search stays an index lookup at 100,000
-- customers (bench/customer-search.ts). pg_trgm ships with Postgres and Supabase.
create extension if not exists pg_trgm;

create index customers_search_email on public.customers using gin (lower(email) gin_trgm_ops);
create index customers_search_name on public.customers using gin (lower(name) gin_trgm_ops);

-- Each sort of the customer list, ending in id as its cursor compares (key, id).
create index customers_sorted_by_name on public.customers (org_id, livemode, lower(coalesce(name, '')), id);
create index customers_sorted_by_email on public.customers (org_id, livemode, lower(coalesce(email, '')), id);

-- The subscription list by renewal (a subscription without a period sorts last).
create index subscriptions_by_renewal on public.subscriptions (org_id, livemode, coalesce(current_period_end, 'infinity'), id);
