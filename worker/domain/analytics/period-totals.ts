import type { TransactionSql } from "postgres";
import { inUtc, periods, type SeriesQuery, toNumber, wholePeriods } from "./period";

/** What the subscription series show per period and currency (docs/analytics.md has each formula). */
export interface PeriodTotals {
  period_start: Date;
  period_end: Date;
  currency: string;
  /** MRR at the period's start and end. */
  mrr_start: number;
  mrr: number;
  new: number;
  expansion: number;
  contraction: number;
  churned: number;
  reactivation: number;
  /** Customers paying (MRR > 0) at the period's start and end. */
  customers_start: number;
  customers: number;
  /** Subscriptions paying (active or past_due) and trialing at the period's end, and the trials' plan MRR. */
  active_subscriptions: number;
  trialing_subscriptions: number;
  trial_pipeline_mrr: number;
  /** Subscriptions that started (first trialing or paid status) and ended (canceled or expired) in the period. */
  started: number;
  ended: number;
  /** Trials that ended in the period, and those of them that became paying. */
  trials_ended: number;
  trials_converted: number;
}

const AMOUNTS = [
  "mrr",
  "new",
  "expansion",
  "contraction",
  "churned",
  "reactivation",
  "net",
  "customers",
  "customers_delta",
  "active_subscriptions",
  "trialing_subscriptions",
  "trial_pipeline_mrr",
  "started",
  "ended",
  "trials_ended",
  "trials_converted",
] as const;

/**
 * One row per period and currency, from the day facts (table `subscription_daily`, kept by
 * triggers in the transaction that appends the subscription history or moves a customer's MRR;
 * migration 20261204030200): changes are summed per period (days before the first period form its
 * opening), then states (MRR, counts) are the opening plus a running sum of changes.
 */
export async function periodTotals(tx: TransactionSql, asked: SeriesQuery): Promise<PeriodTotals[]> {
  const query = wholePeriods(asked);
  await inUtc(tx);
  const rows = await tx<(Record<(typeof AMOUNTS)[number], string> & { period_start: Date; period_end: Date; currency: string })[]>`
    with periods as (${periods(tx, query)}),
    days as (
      select * from subscription_daily where day < ${query.to} and (${query.currency}::text is null or currency = ${query.currency})
    ),
    currencies as (select distinct currency from days union select ${query.currency}::text where ${query.currency}::text is not null),
    sums as (
      select case when day < ${query.from} then null else date_trunc(${query.interval}, day) end as period_start, currency,
             sum(new) as new, sum(reactivation) as reactivation, sum(expansion) as expansion, sum(contraction) as contraction,
             sum(churned) as churned, sum(net) as net, sum(customers_delta) as customers_delta, sum(active_delta) as active_delta,
             sum(trialing_delta) as trialing_delta, sum(pipeline_delta) as pipeline_delta, sum(started) as started, sum(ended) as ended,
             sum(trials_ended) as trials_ended, sum(trials_converted) as trials_converted
      from days group by 1, 2
    ),
    per_period as (
      select p.period_start, p.period_end, c.currency,
             coalesce(s.new, 0) as new, coalesce(s.reactivation, 0) as reactivation, coalesce(s.expansion, 0) as expansion,
             coalesce(s.contraction, 0) as contraction, coalesce(s.churned, 0) as churned, coalesce(s.net, 0) as net,
             coalesce(s.customers_delta, 0) as customers_delta, coalesce(s.active_delta, 0) as d_active,
             coalesce(s.trialing_delta, 0) as d_trialing, coalesce(s.pipeline_delta, 0) as d_pipeline,
             coalesce(s.started, 0) as started, coalesce(s.ended, 0) as ended,
             coalesce(s.trials_ended, 0) as trials_ended, coalesce(s.trials_converted, 0) as trials_converted
      from periods p cross join currencies c
      left join sums s on s.period_start = p.period_start and s.currency = c.currency
    )
    select pp.period_start, pp.period_end, pp.currency, pp.new::text, pp.reactivation::text, pp.expansion::text, pp.contraction::text,
           pp.churned::text, pp.net::text, pp.customers_delta::text, pp.started::text, pp.ended::text, pp.trials_ended::text,
           pp.trials_converted::text,
           (coalesce(o.net, 0) + sum(pp.net) over w)::text as mrr,
           (coalesce(o.customers_delta, 0) + sum(pp.customers_delta) over w)::text as customers,
           (coalesce(o.active_delta, 0) + sum(pp.d_active) over w)::text as active_subscriptions,
           (coalesce(o.trialing_delta, 0) + sum(pp.d_trialing) over w)::text as trialing_subscriptions,
           (coalesce(o.pipeline_delta, 0) + sum(pp.d_pipeline) over w)::text as trial_pipeline_mrr
    from per_period pp
    left join sums o on o.period_start is null and o.currency = pp.currency
    window w as (partition by pp.currency order by pp.period_start)
    order by pp.currency, pp.period_start`;
  return rows.map((row) => {
    const value = (name: (typeof AMOUNTS)[number]) => toNumber(row[name]);
    return {
      period_start: row.period_start,
      period_end: row.period_end,
      currency: row.currency,
      mrr_start: value("mrr") - value("net"),
      mrr: value("mrr"),
      new: value("new"),
      expansion: value("expansion"),
      contraction: value("contraction"),
      churned: value("churned"),
      reactivation: value("reactivation"),
      customers_start: value("customers") - value("customers_delta"),
      customers: value("customers"),
      active_subscriptions: value("active_subscriptions"),
      trialing_subscriptions: value("trialing_subscriptions"),
      trial_pipeline_mrr: value("trial_pipeline_mrr"),
      started: value("started"),
      ended: value("ended"),
      trials_ended: value("trials_ended"),
      trials_converted: value("trials_converted"),
    };
  });
}
