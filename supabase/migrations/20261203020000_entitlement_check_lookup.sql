-- The entitlement check's one read, callable by the worker's login role without a tenant
-- transaction (BEGIN, set_config, the read, COMMIT: six round trips on a fresh client, against two
-- for a bare call), like tenant.catalogue_revision. The same statement as readCheckRow in
-- worker/domain/entitlements/check.ts, scoped by explicit organisation and mode instead of RLS; the
-- worker passes the organisation and mode of the authenticated principal. Writes (consume, and a
-- derivation that is missing or stale) still run in a tenant transaction.
create function tenant.entitlement_check_row(org_id text, livemode boolean, customer text, feature text)
returns table (
  customer_id text, derived boolean, valid_until timestamptz, has_subscription boolean, feature_id text, type text,
  aggregation text, kind text, limit_amount text, overage_unit_amounts jsonb, period_start timestamptz,
  period_end timestamptz, grace_until timestamptz, used text
)
language sql stable security definer
set search_path = ''
as $$
  select c.id, s.customer_id is not null, s.valid_until, s.has_subscription,
         f.id, f.type::text, f.aggregation::text, e.kind, e.limit_amount::text, e.overage_unit_amounts::jsonb,
         e.period_start, e.period_end, e.grace_until, u.used::text
  from public.customers c
  left join public.entitlement_states s on s.org_id = c.org_id and s.livemode = c.livemode and s.customer_id = c.id
  left join public.features f on f.org_id = c.org_id and f.livemode = c.livemode and f.key = entitlement_check_row.feature
  left join public.entitlements e on e.org_id = c.org_id and e.livemode = c.livemode and e.customer_id = c.id and e.feature_id = f.id
  left join public.usage_counters u on u.org_id = c.org_id and u.livemode = c.livemode and u.customer_id = c.id
    and u.feature_id = f.id and u.period_start = coalesce(e.period_start, '-infinity')
  where c.org_id = entitlement_check_row.org_id and c.livemode = entitlement_check_row.livemode and c.deleted_at is null
    and (c.id = entitlement_check_row.customer or c.external_id = entitlement_check_row.customer)
  order by c.id = entitlement_check_row.customer desc
  limit 1
$$;
revoke execute on function tenant.entitlement_check_row(text, boolean, text, text) from public;
grant execute on function tenant.entitlement_check_row(text, boolean, text, text) to billingos_worker;
