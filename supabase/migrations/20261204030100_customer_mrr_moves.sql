-- Analytics facts kept as the subscription history is written, so the per-period series
-- (worker/domain/analytics/history.ts) read them instead of recomputing them from the whole
-- history on every request (two window passes and two sorts over every history row: 2.4 s on
-- 100,000 subscriptions, bench/README.md). Both are maintained in the transaction that appends
-- the history row, so a series is correct on the next request (no cache, nothing to refresh).

-- Each history row carries the subscription's row before it (what `lag()` over the subscription's
-- rows in time order gave) and its Stripe customer (what the join to subscriptions gave).
-- prev_* are null on a subscription's first row.
alter table public.subscription_history
  add column stripe_customer_id text,
  add column prev_status text,
  add column prev_mrr_amount bigint,
  add column prev_plan_mrr_amount bigint;

-- Customer MRR moves: one row per customer, currency and moment at which the customer's MRR in
-- that currency changed (history rows of one moment — one transaction — are one move, as a plan
-- swap across two subscriptions must not count as churn plus new), with the customer's MRR before
-- and after it and whether the customer had paid before it (MRR above 0 after an earlier move),
-- which tells a reactivation from a new customer. A moment whose changes cancel out keeps its row
-- with before = after; readers skip it. Written only by the trigger below.
create table public.customer_mrr_moves (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  -- Stripe's customer id (subscriptions.stripe_customer_id): a customer is Stripe's customer.
  customer text not null,
  currency text not null check (currency ~ '^[a-z]{3}$'),
  occurred timestamptz not null,
  before bigint not null check (before >= 0),
  after bigint not null check (after >= 0),
  paid_before boolean not null,
  primary key (org_id, livemode, customer, currency, occurred)
);
alter table public.customer_mrr_moves enable row level security;
-- Series read a tenant's moves in time order.
create index customer_mrr_moves_by_time on public.customer_mrr_moves (org_id, livemode, occurred)
  include (customer, currency, before, after, paid_before);

create policy customer_mrr_moves_select on public.customer_mrr_moves for select to billingos_api
  using (org_id = (select tenant.org_id()) and livemode = (select tenant.livemode()));
grant select on public.customer_mrr_moves to billingos_api;

-- Fills a new history row's facts and folds its MRR change into its customer's moves. Security
-- definer: the API role may read moves but never write them. One customer's moves are written
-- one transaction at a time (an advisory lock per customer and currency), so two subscriptions
-- of one customer changing at once cannot both start from the same "before".
create function public.subscription_history_facts() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  previous record;
  latest record;
  delta bigint;
begin
  select h.status, h.mrr_amount, h.plan_mrr_amount into previous
  from public.subscription_history h
  where h.org_id = new.org_id and h.livemode = new.livemode and h.subscription_id = new.subscription_id
  order by h.occurred desc, h.id desc limit 1;
  new.prev_status := previous.status;
  new.prev_mrr_amount := previous.mrr_amount;
  new.prev_plan_mrr_amount := previous.plan_mrr_amount;
  if new.stripe_customer_id is null then
    select s.stripe_customer_id into new.stripe_customer_id from public.subscriptions s where s.id = new.subscription_id;
  end if;
  delta := new.mrr_amount - coalesce(previous.mrr_amount, 0);
  if delta = 0 or new.stripe_customer_id is null then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended(new.org_id || ' ' || new.livemode || ' ' || new.stripe_customer_id || ' ' || new.currency, 17));
  update public.customer_mrr_moves m set after = m.after + delta
  where m.org_id = new.org_id and m.livemode = new.livemode and m.customer = new.stripe_customer_id
    and m.currency = new.currency and m.occurred = new.occurred;
  if found then
    return new;
  end if;
  select m.after, m.paid_before into latest
  from public.customer_mrr_moves m
  where m.org_id = new.org_id and m.livemode = new.livemode and m.customer = new.stripe_customer_id
    and m.currency = new.currency and m.occurred < new.occurred
  order by m.occurred desc limit 1;
  insert into public.customer_mrr_moves (org_id, livemode, customer, currency, occurred, before, after, paid_before)
  values (new.org_id, new.livemode, new.stripe_customer_id, new.currency, new.occurred,
    coalesce(latest.after, 0), coalesce(latest.after, 0) + delta, coalesce(latest.paid_before or latest.after > 0, false));
  return new;
end
$$;

create trigger subscription_history_facts before insert on public.subscription_history
  for each row execute function public.subscription_history_facts();

-- The same facts computed set-based for one tenant's whole history (rows already there, a bulk
-- load with triggers off): the history rows' facts (rows that already hold them are left as they
-- are), then the moves, replacing the tenant's.
create function public.rebuild_subscription_history_facts(org text, mode boolean) returns void
language sql security definer
set search_path = ''
as $$
  update public.subscription_history h
  set stripe_customer_id = x.stripe_customer_id, prev_status = x.prev_status, prev_mrr_amount = x.prev_mrr_amount,
      prev_plan_mrr_amount = x.prev_plan_mrr_amount
  from (
    select h2.id, s.stripe_customer_id, lag(h2.status) over w as prev_status, lag(h2.mrr_amount) over w as prev_mrr_amount,
           lag(h2.plan_mrr_amount) over w as prev_plan_mrr_amount
    from public.subscription_history h2 join public.subscriptions s on s.id = h2.subscription_id
    where h2.org_id = org and h2.livemode = mode
    window w as (partition by h2.subscription_id order by h2.occurred, h2.id)
  ) x
  where h.id = x.id and h.org_id = org and h.livemode = mode
    and (h.stripe_customer_id, h.prev_status, h.prev_mrr_amount, h.prev_plan_mrr_amount)
      is distinct from (x.stripe_customer_id, x.prev_status, x.prev_mrr_amount, x.prev_plan_mrr_amount);

  delete from public.customer_mrr_moves m where m.org_id = org and m.livemode = mode;

  insert into public.customer_mrr_moves (org_id, livemode, customer, currency, occurred, before, after, paid_before)
  select org, mode, customer, currency, occurred, after - delta, after,
         coalesce(max(after) over (partition by customer, currency order by occurred rows between unbounded preceding and 1 preceding), 0) > 0
  from (
    select customer, currency, occurred, delta, sum(delta) over (partition by customer, currency order by occurred)::bigint as after
    from (
      select h.stripe_customer_id as customer, h.currency, h.occurred, sum(h.mrr_amount - coalesce(h.prev_mrr_amount, 0))::bigint as delta
      from public.subscription_history h
      where h.org_id = org and h.livemode = mode and h.stripe_customer_id is not null
      group by 1, 2, 3 having sum(h.mrr_amount - coalesce(h.prev_mrr_amount, 0)) <> 0
    ) changes
  ) timeline;
$$;
revoke execute on function public.rebuild_subscription_history_facts(text, boolean) from public;

-- History written before this migration.
select public.rebuild_subscription_history_facts(t.org_id, t.livemode)
from (select distinct org_id, livemode from public.subscription_history) t;
