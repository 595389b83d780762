import type { TransactionSql } from "postgres";
import { randomId } from "../../shared/ids";

/** Every event type BillingOS emits; endpoints subscribe to some or all of them. */
export const EVENT_TYPES = [
  "customer.created",
  "customer.updated",
  "customer.deleted",
  "subscription.created",
  "subscription.updated",
  "subscription.trial_will_end",
  "subscription.past_due",
  "subscription.canceled",
  "subscription.paused",
  "subscription.resumed",
  "subscription.plan_changed",
  "invoice.paid",
  "invoice.payment_failed",
  "checkout.completed",
  "refund.created",
  "entitlements.updated",
  "usage.threshold_reached",
  "connect.account.updated",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The object an event carries: an API object as its GET route shows it. */
export type EventObject = Record<string, unknown>;

/**
 * Writes the outbox row of one change, inside the transaction that makes the change: it commits
 * with it or not at all. `object` is the API object after the change; the tenant and mode are the
 * transaction's (row-level security refuses any other). Delivery happens after commit
 * (domain/webhooks/dispatch.ts).
 */
export async function recordEvent(tx: TransactionSql, type: EventType, object: EventObject, objectId = String(object.id)): Promise<string> {
  const id = randomId("evt");
  await tx`insert into events (id, org_id, livemode, type, object_id, data)
           values (${id}, tenant.org_id(), tenant.livemode(), ${type}, ${objectId}, ${tx.json(object as never)})`;
  return id;
}

/**
 * Two API objects are the same when their JSON is, apart from `updated` (a mirror that writes what
 * it already holds still bumps it). Keys come in one order: both sides come from one serializer.
 */
export const sameObject = (a: EventObject, b: EventObject) => JSON.stringify({ ...a, updated: 0 }) === JSON.stringify({ ...b, updated: 0 });
