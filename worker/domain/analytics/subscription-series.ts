import type { TransactionSql } from "postgres";
import { periodRow, type SeriesQuery } from "./period";
import { periodTotals } from "./period-totals";

/** MRR at each period's end with the movements that led there, ARR and the trial pipeline (docs/analytics.md, MRR). */
export async function mrrSeries(tx: TransactionSql, query: SeriesQuery) {
  return (await periodTotals(tx, query)).map((row) => ({
    ...periodRow(row),
    mrr_start: row.mrr_start,
    new: row.new,
    expansion: row.expansion,
    contraction: row.contraction,
    churned: row.churned,
    reactivation: row.reactivation,
    net_new_mrr: row.mrr - row.mrr_start,
    mrr: row.mrr,
    arr: 12 * row.mrr,
    trialing_subscriptions: row.trialing_subscriptions,
    trial_pipeline_mrr: row.trial_pipeline_mrr,
  }));
}

/** Subscriptions that started and ended per period, and what was active at its end (docs/analytics.md, Subscription growth). */
export async function growthSeries(tx: TransactionSql, query: SeriesQuery) {
  return (await periodTotals(tx, query)).map((row) => ({
    ...periodRow(row),
    new_subscriptions: row.started,
    churned_subscriptions: row.ended,
    net_subscriptions: row.started - row.ended,
    active_subscriptions: row.active_subscriptions,
    trialing_subscriptions: row.trialing_subscriptions,
    active_customers: row.customers,
  }));
}
