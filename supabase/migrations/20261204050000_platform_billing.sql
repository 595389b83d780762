-- BillingOS bills its merchants with BillingOS: one organisation (the platform, named by the worker's
-- PLATFORM_ORG_ID) sells the tiers, each merchant organisation is its customer (external_id = the
-- merchant's org id), and the merchant's billing_tier follows that customer's subscription.
--
-- Which organisation may set tiers, and in which mode, is recorded here by the deployment (seed or
-- service role), never by the API: billingos_api keeps its column grants on organizations, which do not
-- include this column nor billing_tier. Null: an ordinary merchant.
alter table public.organizations
  add column bills_merchants_in text check (bills_merchants_in in ('test', 'live'));

-- After any change of a platform subscription (webhook mirror, API action, dunning), the merchant's
-- tier is recomputed from all of its customer's subscriptions that still grant one: the highest tier
-- among active, trialing and past_due subscriptions whose product's lookup_key names a tier, else
-- 'standard'. A subscription of any other organisation, or in the platform's other mode, changes nothing.
create function tenant.sync_merchant_billing_tier() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  merchant text;
  tier text;
  previous text;
begin
  if new.customer_id is null or not exists (
    select from public.organizations o
    where o.id = new.org_id and o.bills_merchants_in = case when new.livemode then 'live' else 'test' end
  ) then
    return null;
  end if;
  select c.external_id into merchant from public.customers c
  where c.id = new.customer_id and c.org_id = new.org_id and c.livemode = new.livemode;
  if merchant is null or merchant = new.org_id then
    return null;
  end if;
  select p.lookup_key into tier
  from public.subscriptions s
  join public.prices pr on pr.org_id = s.org_id and pr.livemode = s.livemode and pr.stripe_id = s.stripe_price_id
  join public.products p on p.id = pr.product_id
  where s.org_id = new.org_id and s.livemode = new.livemode and s.customer_id = new.customer_id
    and s.status in ('active', 'trialing', 'past_due')
    and p.lookup_key in ('starter', 'growth', 'scale', 'enterprise')
  order by array_position(array['enterprise', 'scale', 'growth', 'starter'], p.lookup_key)
  limit 1;
  tier := coalesce(tier, 'standard');
  select o.billing_tier into previous from public.organizations o where o.id = merchant for update;
  if previous is null or previous = tier then
    return null;
  end if;
  update public.organizations set billing_tier = tier, updated = now() where id = merchant;
  -- The merchant sees the change in its audit log, in the mode the platform bills in.
  insert into public.audit_log (id, org_id, livemode, actor_type, actor_id, action, target_type, target_id, before, after)
  values ('aud_' || replace(gen_random_uuid()::text, '-', ''), merchant, new.livemode, 'system', 'platform_billing',
          'organization.billing_tier_changed', 'organization', merchant,
          jsonb_build_object('billing_tier', previous), jsonb_build_object('billing_tier', tier, 'subscription', new.id));
  return null;
end
$$;
revoke execute on function tenant.sync_merchant_billing_tier() from public;

create trigger subscriptions_merchant_billing_tier
  after insert or update of status, stripe_price_id, customer_id on public.subscriptions
  for each row execute function tenant.sync_merchant_billing_tier();
