-- Subscription facts per UTC day: what the MRR, growth and retention series sum per period
-- (worker/domain/analytics/period-totals.ts), kept per day and currency in the transaction that
-- appends the history row or moves a customer's MRR, so a series sums at most a few hundred rows
-- per currency instead of scanning the whole history on every request. Any period (day, ISO week,
-- month in UTC) is a union of whole UTC days, so the sums per period are the same.
create table public.subscription_daily (
  org_id text not null references public.organizations (id) on delete cascade,
  livemode boolean not null,
  currency text not null check (currency ~ '^[a-z]{3}$'),
  -- Midnight UTC of the day.
  day timestamptz not null,
  -- From customer MRR moves (customer_mrr_moves), by the rules of docs/analytics.md: a move from 0
  -- is new (or a reactivation when the customer paid before), up is expansion, down to above 0 is
  -- contraction, down to 0 is churn; net is after − before; customers_delta counts customers who
  -- start (+1) or stop (−1) paying.
  new bigint not null default 0,
  reactivation bigint not null default 0,
  expansion bigint not null default 0,
  contraction bigint not null default 0,
  churned bigint not null default 0,
  net bigint not null default 0,
  customers_delta bigint not null default 0,
  -- From history rows: changes in paying (active, past_due) and trialing subscriptions and the
  -- trials' plan MRR; subscriptions that started (first trialing or paid status, from none or
  -- incomplete) and ended (canceled or expired after starting); trials that ended and converted.
  active_delta bigint not null default 0,
  trialing_delta bigint not null default 0,
  pipeline_delta bigint not null default 0,
  started bigint not null default 0,
  ended bigint not null default 0,
  trials_ended bigint not null default 0,
  trials_converted bigint not null default 0,
  primary key (org_id, livemode, currency, day)
);
alter table public.subscription_daily enable row level security;

create policy subscription_daily_select on public.subscription_daily for select to billingos_api
  using (org_id = (select tenant.org_id()) and livemode = (select tenant.livemode()));
grant select on public.subscription_daily to billingos_api;

-- What one move adds to its day (negated to take a move's old values back out).
create function public.add_move_to_day(org text, mode boolean, cur text, at timestamptz, before bigint, after bigint, paid_before boolean, sign int)
returns void
language sql
set search_path = ''
as $$
  insert into public.subscription_daily as d (org_id, livemode, currency, day, new, reactivation, expansion, contraction, churned, net, customers_delta)
  values (org, mode, cur, date_trunc('day', at, 'UTC'),
    sign * case when before = 0 and not paid_before then after else 0 end,
    sign * case when before = 0 and paid_before then after else 0 end,
    sign * case when before > 0 and after > before then after - before else 0 end,
    sign * case when before > 0 and after > 0 and after < before then before - after else 0 end,
    sign * case when after = 0 then before else 0 end,
    sign * (after - before),
    sign * ((after > 0)::int - (before > 0)::int))
  on conflict (org_id, livemode, currency, day) do update set
    new = d.new + excluded.new, reactivation = d.reactivation + excluded.reactivation, expansion = d.expansion + excluded.expansion,
    contraction = d.contraction + excluded.contraction, churned = d.churned + excluded.churned, net = d.net + excluded.net,
    customers_delta = d.customers_delta + excluded.customers_delta
$$;
revoke execute on function public.add_move_to_day(text, boolean, text, timestamptz, bigint, bigint, boolean, int) from public;

-- Moves reach their day as they are written or folded (a second change in the same moment).
create function public.customer_mrr_moves_daily() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    perform public.add_move_to_day(old.org_id, old.livemode, old.currency, old.occurred, old.before, old.after, old.paid_before, -1);
  end if;
  perform public.add_move_to_day(new.org_id, new.livemode, new.currency, new.occurred, new.before, new.after, new.paid_before, 1);
  return null;
end
$$;
create trigger customer_mrr_moves_daily after insert or update on public.customer_mrr_moves
  for each row execute function public.customer_mrr_moves_daily();

-- History rows reach their day once their facts are filled (the before-insert trigger runs first).
create function public.subscription_history_daily() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  paying constant text[] := array['active', 'past_due'];
  started constant text[] := array['trialing', 'active', 'past_due', 'unpaid', 'paused'];
  ended constant text[] := array['canceled', 'incomplete_expired'];
begin
  insert into public.subscription_daily as d (org_id, livemode, currency, day, active_delta, trialing_delta, pipeline_delta, started,
    ended, trials_ended, trials_converted)
  values (new.org_id, new.livemode, new.currency, date_trunc('day', new.occurred, 'UTC'),
    (new.status = any(paying))::int - coalesce(new.prev_status = any(paying), false)::int,
    (new.status = 'trialing')::int - coalesce(new.prev_status = 'trialing', false)::int,
    case when new.status = 'trialing' then coalesce(new.plan_mrr_amount, 0) else 0 end
      - case when new.prev_status = 'trialing' then coalesce(new.prev_plan_mrr_amount, 0) else 0 end,
    (new.status = any(started) and (new.prev_status is null or new.prev_status = 'incomplete'))::int,
    coalesce(new.status = any(ended) and new.prev_status = any(started), false)::int,
    coalesce(new.prev_status = 'trialing' and new.status <> 'trialing', false)::int,
    coalesce(new.prev_status = 'trialing' and new.status = any(paying), false)::int)
  on conflict (org_id, livemode, currency, day) do update set
    active_delta = d.active_delta + excluded.active_delta, trialing_delta = d.trialing_delta + excluded.trialing_delta,
    pipeline_delta = d.pipeline_delta + excluded.pipeline_delta, started = d.started + excluded.started, ended = d.ended + excluded.ended,
    trials_ended = d.trials_ended + excluded.trials_ended, trials_converted = d.trials_converted + excluded.trials_converted;
  return null;
end
$$;
create trigger subscription_history_daily after insert on public.subscription_history
  for each row execute function public.subscription_history_daily();

-- The days of one tenant, set-based from its history and moves (after rebuild_subscription_history_facts).
create function public.rebuild_subscription_daily(org text, mode boolean) returns void
language sql security definer
set search_path = ''
as $$
  delete from public.subscription_daily d where d.org_id = org and d.livemode = mode;
  insert into public.subscription_daily (org_id, livemode, currency, day, new, reactivation, expansion, contraction, churned, net, customers_delta,
    active_delta, trialing_delta, pipeline_delta, started, ended, trials_ended, trials_converted)
  select org, mode, currency, day, sum(new), sum(reactivation), sum(expansion), sum(contraction), sum(churned), sum(net), sum(customers_delta),
    sum(active_delta), sum(trialing_delta), sum(pipeline_delta), sum(started), sum(ended), sum(trials_ended), sum(trials_converted)
  from (
    select m.currency, date_trunc('day', m.occurred, 'UTC') as day,
      case when m.before = 0 and not m.paid_before then m.after else 0 end as new,
      case when m.before = 0 and m.paid_before then m.after else 0 end as reactivation,
      case when m.before > 0 and m.after > m.before then m.after - m.before else 0 end as expansion,
      case when m.before > 0 and m.after > 0 and m.after < m.before then m.before - m.after else 0 end as contraction,
      case when m.after = 0 then m.before else 0 end as churned,
      m.after - m.before as net, (m.after > 0)::int - (m.before > 0)::int as customers_delta,
      0 as active_delta, 0 as trialing_delta, 0 as pipeline_delta, 0 as started, 0 as ended, 0 as trials_ended, 0 as trials_converted
    from public.customer_mrr_moves m where m.org_id = org and m.livemode = mode
    union all
    select h.currency, date_trunc('day', h.occurred, 'UTC'), 0, 0, 0, 0, 0, 0, 0,
      (h.status in ('active', 'past_due'))::int - coalesce(h.prev_status in ('active', 'past_due'), false)::int,
      (h.status = 'trialing')::int - coalesce(h.prev_status = 'trialing', false)::int,
      case when h.status = 'trialing' then coalesce(h.plan_mrr_amount, 0) else 0 end
        - case when h.prev_status = 'trialing' then coalesce(h.prev_plan_mrr_amount, 0) else 0 end,
      (h.status in ('trialing', 'active', 'past_due', 'unpaid', 'paused') and (h.prev_status is null or h.prev_status = 'incomplete'))::int,
      coalesce(h.status in ('canceled', 'incomplete_expired') and h.prev_status in ('trialing', 'active', 'past_due', 'unpaid', 'paused'), false)::int,
      coalesce(h.prev_status = 'trialing' and h.status <> 'trialing', false)::int,
      coalesce(h.prev_status = 'trialing' and h.status in ('active', 'past_due'), false)::int
    from public.subscription_history h where h.org_id = org and h.livemode = mode
  ) facts
  group by currency, day;
$$;
revoke execute on function public.rebuild_subscription_daily(text, boolean) from public;

-- A tenant's moves and days rebuilt from history rows that hold their facts (a bulk load that
-- wrote them itself, with triggers off).
create function public.rebuild_customer_mrr_moves(org text, mode boolean) returns void
language sql security definer
set search_path = ''
as $$
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

  select public.rebuild_subscription_daily(org, mode);
$$;
revoke execute on function public.rebuild_customer_mrr_moves(text, boolean) from public;

-- Rebuilding a tenant's history facts now rebuilds its moves and days too (the moves it re-inserts
-- would otherwise add to days that already hold them).
create or replace function public.rebuild_subscription_history_facts(org text, mode boolean) returns void
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

  select public.rebuild_customer_mrr_moves(org, mode);
$$;

select public.rebuild_subscription_daily(t.org_id, t.livemode)
from (select distinct org_id, livemode from public.subscription_history) t;
