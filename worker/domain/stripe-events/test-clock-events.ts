import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { recomputeEntitlements } from "../entitlements/recompute";
import type { EventHandler } from "./event-handler";

/**
 * Stores the clock's time as Stripe reports it (never backwards: events may arrive out of order)
 * and derives again the entitlements of its customers, whose grace periods may have ended with it.
 */
export async function recordClockTime(tx: TransactionSql, clock: Stripe.TestHelpers.TestClock): Promise<void> {
  const frozen = new Date(clock.frozen_time * 1000);
  const [stored] = await tx<{ frozen_time: Date }[]>`
    insert into test_clock_times (org_id, livemode, id, frozen_time) values (tenant.org_id(), ${clock.livemode}, ${clock.id}, ${frozen})
    on conflict (org_id, livemode, id) do update set frozen_time = greatest(test_clock_times.frozen_time, excluded.frozen_time), updated = now()
    returning frozen_time`;
  if (stored && stored.frozen_time.getTime() !== frozen.getTime()) return;
  const customers = await tx<{ id: string }[]>`
    select id from customers c where c.deleted_at is null
      and (c.test_clock = ${clock.id} or exists (select 1 from subscriptions s where s.customer_id = c.id and s.test_clock = ${clock.id}))
    order by id`;
  for (const customer of customers) await recomputeEntitlements(tx, customer.id);
}

/** `test_helpers.test_clock.*`: the clock moved (or was made); its time is the event's object. */
export const testClockChanged: EventHandler<Stripe.TestHelpers.TestClock> = {
  fetch: async (_stripe, event) => event.data.object as Stripe.TestHelpers.TestClock,
  apply: (tx, clock) => recordClockTime(tx, clock),
};
