import type { TransactionSql } from "postgres";
import { PRICES } from "./catalogue";

/**
 * The story of every subscription, drawn once into temporary tables that the writers (mirror.ts,
 * money.ts, usage.ts) turn into the rows BillingOS's webhook mirror would have written:
 *
 * - `ba_price`: each price's amount per currency and its periods per month as a fraction
 *   (`pn / pd`: month × count → 1 / count, year → 1 / 12, week → 52 / 12), the mirror's normalisation.
 * - `ba_s`: one row per subscription: customer, price, currency, quantity, start, trial and its
 *   outcome, when and how it ends (`end_kind`), an upgrade or downgrade (`to_price`, `change_at`).
 * - `ba_p`: its billing periods up to its end or now, each a renewal invoice, some of them failing
 *   (`fail_at`), most of those recovered (`recovered_at`).
 *
 * Times are relative to `now` (the run's clock), over the two years before it.
 */
export async function planSubscriptions(tx: TransactionSql, total: number, now: Date): Promise<void> {
  await tx`
    create temp table ba_price on commit drop as
    select 'price_ba' || p.suffix as id, p.rank, p.trial, p.usd, p.eur,
      case p.interval when 'week' then make_interval(weeks => p.count) when 'year' then make_interval(years => p.count)
        else make_interval(months => p.count) end as iv,
      case p.interval when 'week' then 52 else 1 end::bigint as pn,
      case p.interval when 'week' then 12 * p.count when 'year' then 12 * p.count else p.count end::bigint as pd
    from jsonb_to_recordset(${tx.json(PRICES.map(([suffix, , interval, count, usd, eur, rank, trial]) => ({ suffix, interval, count, usd, eur, rank, trial })))})
      as p(suffix text, interval text, count int, usd bigint, eur bigint, rank int, trial int)`;
  // Random draws per subscription, kept so a reactivation can be drawn after its customer's first subscription ended.
  const first = Math.round(total * 0.92);
  await tx`
    create temp table ba_seed on commit drop as
    select n, n as cust, ${now}::timestamptz - interval '730 days' * (1 - sqrt(random())) as created,
      random() as r_price, random() as r_cur, random() as r_qty, random() as r_trial, random() as r_conv, random() as r_inc,
      random() as r_life, random() as r_kind, random() as r_reason
    from generate_series(1, ${first}) n`;
  await tx`
    create temp table ba_s (n int primary key, cust int not null, created timestamptz not null, price text not null, currency text not null,
      qty int not null, trial_end timestamptz, reason text, iv interval not null, paid_start timestamptz, end_kind text not null,
      end_at timestamptz not null, periods int not null default 0, change_k int, to_price text, change_at timestamptz, change_kind text,
      amount bigint, mrr bigint, to_amount bigint, to_mrr bigint) on commit drop`;
  await deriveSubscriptions(tx, 0);
  // Reactivations: customers whose subscription ended come back 2 weeks to 6 months later with a new one.
  await tx`
    insert into ba_seed
    select ${first} + row_number() over (), s.cust, s.end_at + interval '14 days' + interval '166 days' * random(),
      random(), random(), random(), random(), random(), random(), random(), random(), random()
    from (select cust, end_at from ba_s where end_at < ${now}::timestamptz - interval '200 days' order by random() limit ${total - first}) s`;
  await deriveSubscriptions(tx, first);
  // Temporary tables are never analysed by autovacuum: without statistics every join below is planned blind.
  await tx`analyze ba_s`;
  await tx`
    create temp table ba_p on commit drop as
    select s.n, k, s.paid_start + s.iv * k as p_start, s.paid_start + s.iv * (k + 1) as p_end, null::timestamptz as fail_at,
      null::timestamptz as recovered_at, 0::bigint as overage
    from ba_s s, generate_series(0, ceil(extract(epoch from least(s.end_at, ${now}) - s.paid_start) / extract(epoch from s.iv))::int) k
    where s.paid_start is not null and s.paid_start + s.iv * k < least(s.end_at, ${now})`;
  await tx`create index on ba_p (n, k)`;
  await tx`analyze ba_p`;
  await tx`update ba_s s set periods = p.c from (select n, count(*)::int as c from ba_p group by n) p where p.n = s.n`;
  // Upgrades (18 %) at a random moment of a paid period, prorated at once; downgrades (8 %) at a renewal.
  await tx`
    update ba_s set change_kind = case when r < .18 then 'upgrade' else 'downgrade' end,
      to_price = case when r < .18 then case price when 'price_baBasicM' then 'price_baProM' when 'price_baBasicY' then 'price_baProY'
          when 'price_baProM' then 'price_baBizM' when 'price_baProY' then 'price_baBizY' end
        else case price when 'price_baProM' then 'price_baBasicM' when 'price_baProY' then 'price_baBasicY'
          when 'price_baBizM' then 'price_baProM' when 'price_baBizY' then 'price_baProY' end end
    from (select n as rn, random() as r from ba_s) d
    where d.rn = ba_s.n and d.r < .26 and periods >= case when d.r < .18 then 1 else 2 end`;
  await tx`update ba_s set change_kind = null where to_price is null or (end_kind = 'involuntary' and change_kind = 'upgrade' and periods < 2)`;
  await tx`
    update ba_s set change_k = case when change_kind = 'downgrade' then 1 + floor(random() * (periods - 1))::int
      else floor(random() * (periods - case when end_kind = 'involuntary' then 1 else 0 end))::int end
    where change_kind is not null`;
  await tx`
    update ba_s s set change_at = case when s.change_kind = 'downgrade' then p.p_start
        else p.p_start + (least(p.p_end, s.end_at, ${now}) - p.p_start) * (0.05 + 0.9 * random()) end
    from ba_p p where p.n = s.n and p.k = s.change_k`;
  await tx`update ba_s set to_price = null, change_kind = null where change_at is null`;
  // What each period bills and the MRR it makes (quantity included), before and after the change.
  await tx`
    update ba_s s set amount = x.amount, mrr = (x.amount * x.pn * 2 + x.pd) / (2 * x.pd),
      to_amount = x.to_amount, to_mrr = (x.to_amount * x.to_pn * 2 + x.to_pd) / (2 * x.to_pd)
    from (
      select s.n, case s.currency when 'usd' then a.usd else a.eur end * s.qty as amount, a.pn, a.pd,
        case s.currency when 'usd' then b.usd else b.eur end * s.qty as to_amount, b.pn as to_pn, b.pd as to_pd
      from ba_s s join ba_price a on a.id = s.price left join ba_price b on b.id = s.to_price
    ) x where x.n = s.n`;
  // The last period of an involuntary churn is the renewal whose payment never came.
  await tx`update ba_p p set fail_at = p.p_start + interval '1 hour' from ba_s s
           where s.n = p.n and s.end_kind = 'involuntary' and p.p_start = s.end_at - interval '14 days'`;
  // 5 % of other renewals fail once and are paid 1 hour to 10 days later (never in a period with an upgrade).
  await tx`
    update ba_p p set fail_at = p.p_start + interval '1 hour',
      recovered_at = p.p_start + interval '2 hours' + least(interval '10 days', (p.p_end - p.p_start) * 0.6) * random()
    from ba_s s
    where s.n = p.n and p.k >= 1 and p.fail_at is null and random() < .05
      and (s.change_kind = 'upgrade' and s.change_at >= p.p_start and s.change_at < p.p_end) is not true`;
  await tx`update ba_p p set fail_at = null, recovered_at = null from ba_s s where s.n = p.n and p.recovered_at >= s.end_at`;
  // Basic plans bill API calls above their quota on the renewal invoice (the overage lines of the period that ended).
  await tx`update ba_p p set overage = 100 + floor(random() * 4900)::bigint from ba_s s
           where s.n = p.n and p.k >= 1 and s.price in ('price_baBasicM', 'price_baBasicY') and random() < .1`;
}

/**
 * Turns draws (`ba_seed` rows numbered above `after`) into subscriptions: price mix, 30 % EUR,
 * quantities, a 14-day trial for half of Pro (60 % convert), 2 % of checkouts never paid, and a
 * lifetime (exponential, mean 24 months) ending at a period end (65 %), at once (20 %) or after
 * Stripe's retries failed (15 %, canceled 14 days after the failed renewal).
 */
async function deriveSubscriptions(tx: TransactionSql, after: number): Promise<void> {
  await tx`
    insert into ba_s (n, cust, created, price, currency, qty, trial_end, reason, iv, paid_start, end_kind, end_at)
    select n, cust, created, price, currency, qty, trial_end, reason, iv, paid_start, end_kind,
      case end_kind
        when 'incomplete_expired' then created + interval '23 hours'
        when 'trial_expired' then trial_end
        when 'immediate' then paid_start + interval '1 day' * life_days
        when 'period_end' then paid_start + iv * greatest(1, ceil(life_days / period_days))
        else paid_start + iv * greatest(1, ceil(life_days / period_days)) + interval '14 days' end
    from (
      select d.*, p.iv, extract(epoch from p.iv) / 86400 as period_days,
        case when d.incomplete or (d.trial_end is not null and not d.converts) then null
          else coalesce(d.trial_end, d.created + interval '30 seconds') end as paid_start,
        case when d.incomplete then 'incomplete_expired' when d.trial_end is not null and not d.converts then 'trial_expired'
          when d.r_kind < .65 then 'period_end' when d.r_kind < .85 then 'immediate' else 'involuntary' end as end_kind
      from (
        select s.n, s.cust, s.created, s.r_kind,
          case when r_price < .22 then 'price_baBasicM' when r_price < .25 then 'price_baBasicW' when r_price < .32 then 'price_baBasicY'
            when r_price < .55 then 'price_baProM' when r_price < .64 then 'price_baProQ' when r_price < .78 then 'price_baProY'
            when r_price < .93 then 'price_baBizM' else 'price_baBizY' end as price,
          case when r_cur < .7 then 'usd' else 'eur' end as currency,
          case when r_qty < .8 then 1 else 2 + floor((r_qty - .8) * 20)::int end as qty,
          r_conv < .6 as converts,
          r_inc < .02 and not (r_price >= .32 and r_price < .78 and r_trial < .5) as incomplete,
          case when r_price >= .32 and r_price < .78 and r_trial < .5 then s.created + interval '14 days' end as trial_end,
          -ln(1 - r_life) * 730 as life_days,
          (array['too_expensive', 'unused', 'missing_features', 'switched_service', 'low_quality', 'other'])[1 + floor(r_reason * 6)::int] as reason
        from ba_seed s where s.n > ${after}
      ) d join ba_price p on p.id = d.price
    ) x`;
}
