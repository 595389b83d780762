-- Customer search through the trigram indexes (20261204040000). Under row-level security Postgres
-- may not use an index for LIKE: the operator is not LEAKPROOF, so it must run after the policy's
-- check, row by row (a sequential scan: ~550 ms at 100,000 customers). This function runs as its
-- owner, applies the tenant itself (tenant.org_id(), tenant.livemode(): the caller's transaction
-- claims, as the policies read them) and returns at most `cap` ids; the list query that uses them
-- still runs under the policies. `pattern` is the escaped `%term%` of lower(term).
create function tenant.customer_search(pattern text, term text, cap integer)
returns setof text
language sql stable security definer
set search_path = ''
as $$
  select c.id from public.customers c
  where c.org_id = tenant.org_id() and c.livemode = tenant.livemode()
    and (lower(c.email) like pattern or lower(c.name) like pattern or c.external_id = term)
  limit cap
$$;
revoke execute on function tenant.customer_search(text, text, integer) from public;
grant execute on function tenant.customer_search(text, text, integer) to billingos_api;
