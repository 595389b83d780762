import type { Figure, GrowthRow, MrrRow, RetentionRow, RevenueRow } from "../shared/figures";

/** One range's daily rows, one currency, for the cards. */
export interface CardRows {
  mrr: MrrRow[];
  growth: GrowthRow[];
  retention: RetentionRow[];
  revenue: RevenueRow[];
}

/** The cards: each figure over the range against the range of the same length before it. */
export interface AnalyticsCards {
  /** MRR at the end of the range. */
  mrr: Figure;
  /** Paying subscriptions at the end of the range. */
  activeSubscriptions: Figure;
  /** Subscriptions started in the range. */
  newSubscriptions: Figure;
  /** Customers who stopped paying in the range ÷ customers paying at its start (null: nobody was paying). */
  churn: Figure<number | null>;
  /** Net revenue (gross − refunds) received in the range. */
  netRevenue: Figure;
  /** MRR ÷ paying customers at the end of the range (null: no paying customer). */
  arpu: Figure<number | null>;
}

type Row = { period_start: number };

/** The range's last row (its end state), or undefined without rows. */
const lastOf = <R extends Row>(rows: R[]): R | undefined =>
  rows.reduce<R | undefined>((last, row) => (last === undefined || row.period_start > last.period_start ? row : last), undefined);
const firstOf = <R extends Row>(rows: R[]): R | undefined =>
  rows.reduce<R | undefined>((first, row) => (first === undefined || row.period_start < first.period_start ? row : first), undefined);
const sum = <R>(rows: R[], pick: (row: R) => number) => rows.reduce((total, row) => total + pick(row), 0);

/** A state at the range's end: 0 with no rows yet; `previous` undefined when the earlier range has no rows. */
function state<R extends Row, T extends number | null>(current: R[], previous: R[], pick: (row: R) => T, none: T): Figure<T> {
  const now = lastOf(current);
  const before = lastOf(previous);
  return { value: now ? pick(now) : none, previous: before ? pick(before) : undefined };
}

/** A total over the range. */
function total<R extends Row>(current: R[], previous: R[], pick: (row: R) => number): Figure {
  return { value: sum(current, pick), previous: previous.length ? sum(previous, pick) : undefined };
}

/** Customers who stopped paying over the range ÷ those paying at its start. */
function churnOf(rows: RetentionRow[]): number | null {
  const start = firstOf(rows)?.active_customers_start ?? 0;
  return start === 0 ? null : sum(rows, (row) => row.churned_customers) / start;
}

/** The cards from the daily rows of the range and of the one before (pure, so tests hand it rows). */
export function analyticsCards(current: CardRows, previous: CardRows): AnalyticsCards {
  return {
    mrr: state(current.mrr, previous.mrr, (row) => row.mrr, 0),
    activeSubscriptions: state(current.growth, previous.growth, (row) => row.active_subscriptions, 0),
    newSubscriptions: total(current.growth, previous.growth, (row) => row.new_subscriptions),
    churn: { value: churnOf(current.retention), previous: previous.retention.length ? churnOf(previous.retention) : undefined },
    netRevenue: total(current.revenue, previous.revenue, (row) => row.net),
    arpu: state(current.retention, previous.retention, (row) => row.arpu, null),
  };
}
