-- The cron's lookup of tenants with stale entitlement derivations runs as the worker's login
-- role, outside any tenant transaction (as the other cron lookups do).
grant execute on function tenant.entitlements_due() to billingos_worker;
