import type { TransactionSql } from "postgres";
import { InvalidRequestError } from "../../shared/errors";
import { currencyExponent } from "../../shared/money";

export const INTERVALS = ["day", "week", "month"] as const;
export type Interval = (typeof INTERVALS)[number];

/** What every analytics series is asked for: a time range, its step, and optionally one currency. */
export interface SeriesQuery {
  from: Date;
  /** Exclusive. */
  to: Date;
  interval: Interval;
  /** Null: one row per currency and period. */
  currency: string | null;
}

const DAY = 86_400_000;

/** The start of the UTC day, ISO week (Monday) or month that holds `at`. */
export function periodStartOf(at: Date, interval: Interval): Date {
  const day = Math.floor(at.getTime() / DAY) * DAY;
  if (interval === "day") return new Date(day);
  if (interval === "week") return new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * DAY);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/** The start of the period after the one that starts at `start`. */
export function nextPeriod(start: Date, interval: Interval): Date {
  if (interval === "day") return new Date(start.getTime() + DAY);
  if (interval === "week") return new Date(start.getTime() + 7 * DAY);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/**
 * A series covers whole periods: from the start of the period holding `from` to the end of the one
 * holding the last instant before `to`. Every series function widens its query first, so a
 * period's figures never depend on where `from` and `to` fell inside it.
 */
export function wholePeriods(query: SeriesQuery): SeriesQuery {
  const last = periodStartOf(new Date(query.to.getTime() - 1), query.interval);
  return { ...query, from: periodStartOf(query.from, query.interval), to: nextPeriod(last, query.interval) };
}

/**
 * Runs the analytics queries in UTC: periods are calendar days, ISO weeks (from Monday) and months
 * in UTC, whatever the session's time zone. Called first in each query's transaction.
 */
export const inUtc = (tx: TransactionSql) => tx`set local time zone 'UTC'`;

/** The periods of a widened query (wholePeriods), each with its start and end; the last may still be running. */
export function periods(tx: TransactionSql, query: SeriesQuery) {
  const step = `1 ${query.interval}`;
  return tx`
    select p as period_start, p + ${step}::interval as period_end
    from generate_series(${query.from}::timestamptz, ${query.to}::timestamptz - interval '1 microsecond', ${step}::interval) p`;
}

/** A ratio of two integers as a decimal rounded half up to 4 places; null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator * 10_000) / denominator) / 10_000;
}

/** Integer division rounded half up (money divided by a count stays in minor units); null for 0. */
export function dividedHalfUp(amount: number, by: number): number | null {
  return by === 0 ? null : Math.floor((2 * amount + by) / (2 * by));
}

/** The common head of a row: its period and currency. */
export function periodRow(row: { period_start: Date; period_end: Date; currency: string }) {
  return {
    period_start: Math.floor(row.period_start.getTime() / 1000),
    period_end: Math.floor(row.period_end.getTime() / 1000),
    currency: row.currency,
    currency_exponent: currencyExponent(row.currency),
  };
}

/** Numbers that postgres.js returns as text (bigint, numeric sums) back to numbers. */
export const toNumber = (value: string | number | null | undefined) => (value === null || value === undefined ? 0 : Number(value));

/** The longest range a series may cover. */
export const MAX_RANGE_YEARS = 5;

const addYears = (at: Date, years: number) => {
  const moved = new Date(at);
  moved.setUTCFullYear(moved.getUTCFullYear() + years);
  return moved;
};

/**
 * A series query from the request's parameters (Unix seconds): `to` defaults to now and `from` to
 * one year before it; `from` must come before `to`, at most five years before (400 naming the param).
 */
export function seriesQueryOf(input: { from?: number; to?: number; interval: Interval; currency?: string }, now = new Date()): SeriesQuery {
  const to = input.to === undefined ? now : new Date(input.to * 1000);
  const from = input.from === undefined ? addYears(to, -1) : new Date(input.from * 1000);
  if (from.getTime() >= to.getTime()) throw new InvalidRequestError("parameter_invalid", "`from` must be before `to`.", "from");
  if (to.getTime() > addYears(from, MAX_RANGE_YEARS).getTime())
    throw new InvalidRequestError("parameter_invalid", `\`to\` may be at most ${MAX_RANGE_YEARS} years after \`from\`.`, "to");
  return { from, to, interval: input.interval, currency: input.currency ?? null };
}

/** The range a widened query covers, as the JSON answer states it. */
export function rangeOf(query: SeriesQuery) {
  const whole = wholePeriods(query);
  return {
    from: Math.floor(whole.from.getTime() / 1000),
    to: Math.floor(whole.to.getTime() / 1000),
    interval: query.interval,
    currency: query.currency,
  };
}
