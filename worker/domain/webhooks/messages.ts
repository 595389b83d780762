import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../../db/paginate";
import { NotFoundError } from "../../shared/errors";
import { randomId } from "../../shared/ids";
import { toTimestamp } from "../../shared/schemas";
import type { DeliveryTask } from "./dispatch";
import { endpointObject, getEndpoint } from "./endpoints";

interface MessageListRow {
  id: string;
  livemode: boolean;
  endpoint_id: string;
  event_id: string | null;
  event_type: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
  created: Date;
  updated: Date;
}

interface AttemptRow {
  id: string;
  response_status: number | null;
  latency_ms: number;
  response_excerpt: string;
  error: string | null;
  succeeded: boolean;
  created: Date;
}

/** A message as the delivery log shows it; its id is the `webhook-id` header of every attempt. */
export function messageObject(row: MessageListRow) {
  return {
    id: row.id,
    object: "webhook_message" as const,
    livemode: row.livemode,
    endpoint: row.endpoint_id,
    event: row.event_id,
    event_type: row.event_type,
    status: row.status as "pending" | "succeeded" | "failed",
    attempts: row.attempts,
    next_attempt_at: toTimestamp(row.next_attempt_at),
    created: toTimestamp(row.created) as number,
    updated: toTimestamp(row.updated) as number,
  };
}

const attemptObject = (row: AttemptRow) => ({
  id: row.id,
  object: "webhook_attempt" as const,
  response_status: row.response_status,
  latency_ms: row.latency_ms,
  response_excerpt: row.response_excerpt,
  error: row.error,
  succeeded: row.succeeded,
  created: toTimestamp(row.created) as number,
});

const COLUMNS = "id, livemode, endpoint_id, event_id, event_type, status, attempts, next_attempt_at, created, updated";

export async function listMessages(tx: TransactionSql, endpointId: string, query: PageQuery & { status?: string }) {
  await getEndpoint(tx, endpointId);
  const where = tx`endpoint_id = ${endpointId} ${query.status ? tx`and status = ${query.status}` : tx``}`;
  return listPage<MessageListRow, ReturnType<typeof messageObject>>(tx, {
    table: "webhook_messages",
    where,
    query,
    url: `/v1/webhook_endpoints/${endpointId}/messages`,
    map: messageObject,
  });
}

/** The message with every attempt, newest first. */
export async function getMessage(tx: TransactionSql, id: string) {
  const [row] = await tx<MessageListRow[]>`select ${tx.unsafe(COLUMNS)} from webhook_messages where id = ${id}`;
  if (!row) throw new NotFoundError(`No such webhook message: '${id}'.`, "resource_missing", "id");
  const attempts = await tx<AttemptRow[]>`
    select * from webhook_attempts where message_id = ${id} order by created desc, id desc limit 100`;
  return { ...messageObject(row), attempt_log: attempts.map(attemptObject) };
}

const task = (id: string, scope: { org: string; livemode: boolean }): DeliveryTask => ({
  org: scope.org,
  livemode: scope.livemode,
  message: id,
});

/** Sends a message again now, whatever its state (same `webhook-id`, so receivers can tell it is the same). */
export async function retryMessage(tx: TransactionSql, id: string, scope: { org: string; livemode: boolean }) {
  const [row] = await tx<MessageListRow[]>`
    update webhook_messages set status = 'pending', next_attempt_at = now(), updated = now() where id = ${id} returning ${tx.unsafe(COLUMNS)}`;
  if (!row) throw new NotFoundError(`No such webhook message: '${id}'.`, "resource_missing", "id");
  return { message: messageObject(row), task: task(id, scope) };
}

/** Sends again every message to the endpoint that failed for good and was created at or after `since`. */
export async function replayFailed(tx: TransactionSql, endpointId: string, since: Date, scope: { org: string; livemode: boolean }) {
  await getEndpoint(tx, endpointId);
  const rows = await tx<{ id: string }[]>`
    update webhook_messages set status = 'pending', next_attempt_at = now(), updated = now()
    where endpoint_id = ${endpointId} and status = 'failed' and created >= ${since} returning id`;
  return rows.map((row) => task(row.id, scope));
}

/** A `webhook_endpoint.test` message carrying the endpoint itself, sent through the same path as real events. */
export async function sendTestEvent(tx: TransactionSql, endpointId: string, scope: { org: string; livemode: boolean }) {
  const endpoint = await getEndpoint(tx, endpointId);
  const payload = JSON.stringify({
    id: randomId("evt"),
    object: "event",
    livemode: scope.livemode,
    type: "webhook_endpoint.test",
    created: Math.floor(Date.now() / 1000),
    data: { object: endpointObject(endpoint) },
  });
  const [row] = await tx<MessageListRow[]>`
    insert into webhook_messages (id, org_id, livemode, endpoint_id, event_type, payload, next_attempt_at)
    values (${randomId("msg")}, ${scope.org}, ${scope.livemode}, ${endpointId}, 'webhook_endpoint.test', ${payload}, now())
    returning ${tx.unsafe(COLUMNS)}`;
  const message = messageObject(row as MessageListRow);
  return { message, task: task(message.id, scope) };
}
