-- tenant.customer_search (20261204040200) compared every candidate row with tenant.org_id() and
-- tenant.livemode(), each a parse of the transaction's JWT claims: inlined, they run per row in the
-- scan's filter or the bitmap's recheck (the same cost the read policies had, fixed for them in
-- 20261204030000). As `(select …)` they are InitPlans, read once per call. Same rows, same tenancy.
-- Measured at 100,000 customers as the API role (median of 5 calls, load average ~7): "5@" 62 → 49 ms,
-- "hopper" 4.5 → 2.9 ms, "example.com" 8.5 → 7.0 ms, "ada.5" 4.0 → 2.5 ms; narrow terms unchanged.
create or replace function tenant.customer_search(pattern text, term text, cap integer)
returns setof text
language sql stable security definer
set search_path = ''
as $$
  select c.id from public.customers c
  where c.org_id = (select tenant.org_id()) and c.livemode = (select tenant.livemode())
    and (lower(c.email) like pattern or lower(c.name) like pattern or c.external_id = term)
  limit cap
$$;
