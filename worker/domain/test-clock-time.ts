import type { TransactionSql } from "postgres";

/**
 * The instant a customer lives at: its test clock's frozen_time when it is on one (Stripe runs
 * everything about such a customer at the clock's time, so its grace period must end by that time
 * too), else `now`. The clock is the customer's own (made through our API) or, for a customer made
 * in Stripe directly, its subscriptions' (Stripe's subscription.test_clock). A clock whose time
 * BillingOS has not heard yet: `now`, until its event arrives and derives the customer again.
 */
export async function customerTime(tx: TransactionSql, customerId: string, now: Date): Promise<{ at: Date; clocked: boolean }> {
  const [row] = await tx<{ test_clock: string | null; frozen_time: Date | null }[]>`
    select k.test_clock, t.frozen_time
    from (select coalesce(c.test_clock, (select s.test_clock from subscriptions s where s.customer_id = c.id and s.test_clock is not null
                                          order by s.created desc limit 1)) as test_clock
          from customers c where c.id = ${customerId}) k
    left join test_clock_times t on t.id = k.test_clock`;
  return { at: row?.frozen_time ?? now, clocked: Boolean(row?.test_clock) };
}

/** The clock times of the given subscriptions that run on a test clock (theirs or their customer's), by subscription id. */
export async function subscriptionClockTimes(tx: TransactionSql, subscriptionIds: string[]): Promise<Map<string, Date>> {
  if (subscriptionIds.length === 0) return new Map();
  const rows = await tx<{ id: string; frozen_time: Date }[]>`
    select s.id, t.frozen_time from subscriptions s
    left join customers c on c.id = s.customer_id
    join test_clock_times t on t.id = coalesce(c.test_clock, s.test_clock)
    where s.id in ${tx(subscriptionIds)}`;
  return new Map(rows.map((row) => [row.id, row.frozen_time]));
}
