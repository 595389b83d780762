import type { Sql, TransactionSql } from "postgres";
import { type TenantScope, withTenant } from "../../db/tenant";
import { randomId } from "../../shared/ids";
import { type EventRow, eventObject } from "../events/event-list";

/** What a queue message names: one webhook message of one tenant. The row holds everything else. */
export interface DeliveryTask {
  org: string;
  livemode: boolean;
  message: string;
}

/** The part of a Cloudflare Queue producer the sender uses. */
export interface DeliveryQueue {
  send(task: DeliveryTask, options?: { delaySeconds?: number }): Promise<void>;
  sendBatch(tasks: Array<{ body: DeliveryTask }>): Promise<void>;
}

/** Events turned into messages per run and tenant: bounded, so one busy tenant cannot hold a transaction open. */
const BATCH = 500;

/**
 * Makes one message per (event, enabled endpoint that subscribes to its type) for the tenant's
 * undispatched events, and marks them dispatched, in one transaction: an event is never dispatched
 * twice (rows are locked, skipped by a concurrent dispatcher, and a message is unique per endpoint
 * and event) and never lost (nothing is marked before its messages exist).
 */
async function dispatchTenant(tx: TransactionSql, scope: TenantScope): Promise<DeliveryTask[]> {
  const events = await tx<EventRow[]>`
    select * from events where dispatched_at is null order by created, id limit ${BATCH} for update skip locked`;
  if (events.length === 0) return [];
  const endpoints = await tx<{ id: string; event_types: string[] | null }[]>`
    select id, event_types from webhook_endpoints where enabled`;
  const rows = events.flatMap((event) =>
    endpoints
      .filter((endpoint) => endpoint.event_types === null || endpoint.event_types.includes(event.type))
      .map((endpoint) => ({
        id: randomId("msg"),
        org_id: scope.orgId,
        livemode: scope.livemode,
        endpoint_id: endpoint.id,
        event_id: event.id,
        event_type: event.type,
        payload: JSON.stringify(eventObject(event)),
        next_attempt_at: new Date(),
      })),
  );
  const created = rows.length
    ? await tx<{ id: string }[]>`insert into webhook_messages ${tx(rows)} on conflict (endpoint_id, event_id) do nothing returning id`
    : [];
  await tx`update events set dispatched_at = now() where id in ${tx(events.map((event) => event.id))}`;
  return created.map((row) => ({ org: scope.orgId, livemode: scope.livemode, message: row.id }));
}

/**
 * Dispatches the undispatched events of `scopes` (default: every tenant that has some) and queues
 * their messages after the transaction commits. A queue failure loses nothing: the messages are
 * stored as due, and the retry sweep (sweep.ts) queues them again.
 */
export async function dispatchEvents(sql: Sql, queue: DeliveryQueue, scopes?: TenantScope[]): Promise<number> {
  const tenants =
    scopes ??
    (await sql<{ org_id: string; livemode: boolean }[]>`select * from tenant.events_undispatched()`).map((row) => ({
      orgId: row.org_id,
      livemode: row.livemode,
    }));
  let queued = 0;
  for (const scope of tenants) {
    const tasks = await withTenant(sql, scope, (tx) => dispatchTenant(tx, scope));
    // sendBatch takes at most 100 messages.
    for (let start = 0; start < tasks.length; start += 100) {
      await queue.sendBatch(tasks.slice(start, start + 100).map((body) => ({ body })));
    }
    queued += tasks.length;
  }
  return queued;
}
