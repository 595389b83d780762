import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../../db/paginate";
import { NotFoundError } from "../../shared/errors";
import { toTimestamp } from "../../shared/schemas";
import type { EventType } from "./record";

/** Events are listed and retrieved for 30 days (older rows stay for the delivery log but are not shown). */
export const EVENT_RETENTION_DAYS = 30;

export interface EventRow {
  id: string;
  livemode: boolean;
  type: string;
  object_id: string;
  data: Record<string, unknown>;
  created: Date;
}

/** The event as the API shows it and as webhooks deliver it. */
export function eventObject(row: EventRow) {
  return {
    id: row.id,
    object: "event" as const,
    livemode: row.livemode,
    type: row.type as EventType,
    created: toTimestamp(row.created) as number,
    data: { object: row.data },
  };
}

const recent = (tx: TransactionSql) => tx`created > now() - make_interval(days => ${EVENT_RETENTION_DAYS})`;

export async function getEvent(tx: TransactionSql, id: string) {
  const [row] = await tx<EventRow[]>`select * from events where id = ${id} and ${recent(tx)}`;
  if (!row) throw new NotFoundError(`No such event: '${id}'.`, "resource_missing", "id");
  return eventObject(row);
}

export function listEvents(tx: TransactionSql, query: PageQuery & { type?: string; object?: string }) {
  const where = tx`${recent(tx)}
    ${query.type ? (query.type.endsWith(".*") ? tx`and type like ${`${query.type.slice(0, -1)}%`}` : tx`and type = ${query.type}`) : tx``}
    ${query.object ? tx`and object_id = ${query.object}` : tx``}`;
  return listPage<EventRow, ReturnType<typeof eventObject>>(tx, { table: "events", where, query, url: "/v1/events", map: eventObject });
}
