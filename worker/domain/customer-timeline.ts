import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../db/paginate";
import { NotFoundError } from "../shared/errors";
import { type EventRow, eventObject } from "./events/event-list";
import type { EventType } from "./events/record";

/**
 * What a merchant reads in a customer's activity: created; subscribed (checkout completed, a
 * subscription created); paid and payment failed; plan changed, paused, resumed, past due,
 * trial ending, canceled; usage alerts; refunds. Routine updates (`*.updated`, entitlements) stay out.
 */
export const TIMELINE_TYPES = [
  "customer.created",
  "checkout.completed",
  "subscription.created",
  "subscription.plan_changed",
  "subscription.trial_will_end",
  "subscription.past_due",
  "subscription.paused",
  "subscription.resumed",
  "subscription.canceled",
  "invoice.paid",
  "invoice.payment_failed",
  "refund.created",
  "usage.threshold_reached",
] as const satisfies readonly EventType[];

/**
 * The ids of everything the customer owns that events are about: the customer itself (its own
 * events and usage alerts), its subscriptions, checkout sessions, invoices (by its Stripe customer
 * or its subscriptions) and their refunds. 404 for a customer this tenant cannot see.
 */
async function ownedObjects(tx: TransactionSql, customer: string): Promise<string[]> {
  const [row] = await tx<{ ids: string[]; found: boolean }[]>`
    with c as (select id, stripe_customer_id from customers where id = ${customer} and deleted_at is null),
    subs as (select s.id from subscriptions s join c on s.customer_id = c.id),
    inv as (
      select i.id from invoices i join c on i.stripe_customer_id = c.stripe_customer_id
      union select i.id from invoices i where i.subscription_id in (select id from subs)
    )
    select array(
      select id from c
      union all select id from subs
      union all select cs.id from checkout_sessions cs join c on cs.customer_id = c.id
      union all select id from inv
      union all select r.id from refunds r where r.invoice_id in (select id from inv)
    ) as ids, exists (select 1 from c) as found`;
  if (!row?.found) throw new NotFoundError(`No such customer: '${customer}'.`, "resource_missing", "id");
  return row.ids;
}

/**
 * The customer's activity, newest first, paginated by event id; `type` narrows it to one of
 * TIMELINE_TYPES. Read from the events outbox, so it holds what happened since events were
 * recorded (migration 20261203040000), kept as long as the events are.
 */
export async function customerTimeline(
  tx: TransactionSql,
  customer: string,
  query: PageQuery & { type?: string | undefined },
  url: string,
) {
  const objects = await ownedObjects(tx, customer);
  const types: readonly string[] = query.type ? [query.type] : TIMELINE_TYPES;
  return listPage<EventRow, ReturnType<typeof eventObject>>(tx, {
    table: "events",
    where: tx`object_id in ${tx(objects)} and type in ${tx([...types])}`,
    query,
    url,
    map: eventObject,
  });
}
