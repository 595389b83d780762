import type { TransactionSql } from "postgres";

/**
 * The instant a customer lives at: its test clock's frozen_time when it is on one (Stripe runs
 * everything about such a customer at the clock's time, so its grace period must end by that time
 * too), else `now`. Null `customerId` or an unknown clock time: `now`.
 */
export async function customerTime(tx: TransactionSql, customerId: string, now: Date): Promise<{ at: Date; clocked: boolean }> {
  const [row] = await tx<{ test_clock: string | null; frozen_time: Date | null }[]>`
    select c.test_clock, t.frozen_time from customers c
    left join test_clock_times t on t.org_id = c.org_id and t.livemode = c.livemode and t.id = c.test_clock
    where c.id = ${customerId}`;
  return { at: row?.frozen_time ?? now, clocked: Boolean(row?.test_clock) };
}

/** The clock times of the given customers that are on a test clock, by customer id. */
export async function customerClockTimes(tx: TransactionSql, customerIds: string[]): Promise<Map<string, Date>> {
  if (customerIds.length === 0) return new Map();
  const rows = await tx<{ id: string; frozen_time: Date }[]>`
    select c.id, t.frozen_time from customers c
    join test_clock_times t on t.org_id = c.org_id and t.livemode = c.livemode and t.id = c.test_clock
    where c.id in ${tx(customerIds)}`;
  return new Map(rows.map((row) => [row.id, row.frozen_time]));
}
