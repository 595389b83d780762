-- History rows may arrive out of time order: `occurred` is the writing transaction's start, and
-- two webhooks of one customer (or of one subscription, which wait on each other's lock after
-- they started) can commit in the other order; fixtures and imports write past moments. The
-- series order rows by `occurred`, so the facts must too: a row written before a later one of its
-- subscription takes its place in the chain (the later row's previous row becomes this one), and
-- its MRR change is folded into its customer's moves at its own moment, shifting the moves after it.

-- What one history row adds to its day (sign -1 takes it back out).
create function public.add_history_to_day(h public.subscription_history, sign int) returns void
language sql
set search_path = ''
as $$
  insert into public.subscription_daily as d (org_id, livemode, currency, day, active_delta, trialing_delta, pipeline_delta, started,
    ended, trials_ended, trials_converted)
  values (h.org_id, h.livemode, h.currency, date_trunc('day', h.occurred, 'UTC'),
    sign * ((h.status in ('active', 'past_due'))::int - coalesce(h.prev_status in ('active', 'past_due'), false)::int),
    sign * ((h.status = 'trialing')::int - coalesce(h.prev_status = 'trialing', false)::int),
    sign * (case when h.status = 'trialing' then coalesce(h.plan_mrr_amount, 0) else 0 end
      - case when h.prev_status = 'trialing' then coalesce(h.prev_plan_mrr_amount, 0) else 0 end),
    sign * (h.status in ('trialing', 'active', 'past_due', 'unpaid', 'paused') and (h.prev_status is null or h.prev_status = 'incomplete'))::int,
    sign * coalesce(h.status in ('canceled', 'incomplete_expired') and h.prev_status in ('trialing', 'active', 'past_due', 'unpaid', 'paused'), false)::int,
    sign * coalesce(h.prev_status = 'trialing' and h.status <> 'trialing', false)::int,
    sign * coalesce(h.prev_status = 'trialing' and h.status in ('active', 'past_due'), false)::int)
  on conflict (org_id, livemode, currency, day) do update set
    active_delta = d.active_delta + excluded.active_delta, trialing_delta = d.trialing_delta + excluded.trialing_delta,
    pipeline_delta = d.pipeline_delta + excluded.pipeline_delta, started = d.started + excluded.started, ended = d.ended + excluded.ended,
    trials_ended = d.trials_ended + excluded.trials_ended, trials_converted = d.trials_converted + excluded.trials_converted
$$;
revoke execute on function public.add_history_to_day(public.subscription_history, int) from public;

create or replace function public.subscription_history_daily() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    perform public.add_history_to_day(old, -1);
  end if;
  perform public.add_history_to_day(new, 1);
  return null;
end
$$;
drop trigger subscription_history_daily on public.subscription_history;
create trigger subscription_history_daily after insert or update of status, prev_status, plan_mrr_amount, prev_plan_mrr_amount
  on public.subscription_history for each row execute function public.subscription_history_daily();

-- Adds `delta` to a customer's MRR from `at` on: the move at `at` (made if missing, from the move
-- before it), every later move shifted, and whether each had paid before recomputed from `at` on.
create function public.apply_customer_mrr_delta(org text, mode boolean, cust text, cur text, at timestamptz, delta bigint) returns void
language plpgsql
set search_path = ''
as $$
declare
  latest record;
begin
  if delta = 0 then
    return;
  end if;
  update public.customer_mrr_moves m set after = m.after + delta
  where m.org_id = org and m.livemode = mode and m.customer = cust and m.currency = cur and m.occurred = at;
  if not found then
    select m.after into latest from public.customer_mrr_moves m
    where m.org_id = org and m.livemode = mode and m.customer = cust and m.currency = cur and m.occurred < at
    order by m.occurred desc limit 1;
    insert into public.customer_mrr_moves (org_id, livemode, customer, currency, occurred, before, after, paid_before)
    values (org, mode, cust, cur, at, coalesce(latest.after, 0), coalesce(latest.after, 0) + delta, false);
  end if;
  update public.customer_mrr_moves m set before = m.before + delta, after = m.after + delta
  where m.org_id = org and m.livemode = mode and m.customer = cust and m.currency = cur and m.occurred > at;
  update public.customer_mrr_moves m set paid_before = x.paid
  from (
    select y.occurred, coalesce(max(y.after) over (order by y.occurred rows between unbounded preceding and 1 preceding), 0) > 0 as paid
    from public.customer_mrr_moves y where y.org_id = org and y.livemode = mode and y.customer = cust and y.currency = cur
  ) x
  where m.org_id = org and m.livemode = mode and m.customer = cust and m.currency = cur and m.occurred = x.occurred
    and m.occurred >= at and m.paid_before is distinct from x.paid;
end
$$;
revoke execute on function public.apply_customer_mrr_delta(text, boolean, text, text, timestamptz, bigint) from public;

create or replace function public.subscription_history_facts() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  previous record;
  following record;
  delta bigint;
begin
  -- The subscription's row before this one in time order, and the one after it (if this row is late).
  select h.status, h.mrr_amount, h.plan_mrr_amount into previous
  from public.subscription_history h
  where h.org_id = new.org_id and h.livemode = new.livemode and h.subscription_id = new.subscription_id and h.occurred <= new.occurred
  order by h.occurred desc, h.id desc limit 1;
  select h.id, h.occurred into following
  from public.subscription_history h
  where h.org_id = new.org_id and h.livemode = new.livemode and h.subscription_id = new.subscription_id and h.occurred > new.occurred
  order by h.occurred, h.id limit 1;
  new.prev_status := previous.status;
  new.prev_mrr_amount := previous.mrr_amount;
  new.prev_plan_mrr_amount := previous.plan_mrr_amount;
  if new.stripe_customer_id is null then
    select s.stripe_customer_id into new.stripe_customer_id from public.subscriptions s where s.id = new.subscription_id;
  end if;
  if following.id is not null then
    update public.subscription_history h
    set prev_status = new.status, prev_mrr_amount = new.mrr_amount, prev_plan_mrr_amount = new.plan_mrr_amount
    where h.id = following.id;
  end if;
  delta := new.mrr_amount - coalesce(previous.mrr_amount, 0);
  if delta = 0 or new.stripe_customer_id is null then
    return new;
  end if;
  perform pg_advisory_xact_lock(hashtextextended(new.org_id || ' ' || new.livemode || ' ' || new.stripe_customer_id || ' ' || new.currency, 17));
  -- The later row's change now starts from this row's MRR: it changes by -delta. The increase is
  -- applied first, so no move passes below 0 in between.
  if following.id is not null and delta < 0 then
    perform public.apply_customer_mrr_delta(new.org_id, new.livemode, new.stripe_customer_id, new.currency, following.occurred, -delta);
  end if;
  perform public.apply_customer_mrr_delta(new.org_id, new.livemode, new.stripe_customer_id, new.currency, new.occurred, delta);
  if following.id is not null and delta > 0 then
    perform public.apply_customer_mrr_delta(new.org_id, new.livemode, new.stripe_customer_id, new.currency, following.occurred, -delta);
  end if;
  return new;
end
$$;
