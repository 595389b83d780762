import type { Sql } from "postgres";
import { withTenant } from "../../db/tenant";
import { type DeliveryQueue, dispatchEvents } from "./dispatch";

/** A message this far past its time was lost by the queue (or never reached it): queue it again. */
const OVERDUE_MS = 5 * 60_000;

/**
 * The cron's safety net: dispatches events no request dispatched (a failed `waitUntil`, a crash
 * after commit) and queues again messages whose queue message was lost. A message queued twice is
 * still tried once (deliver.ts claims it).
 */
export async function sweepWebhooks(sql: Sql, queue: DeliveryQueue, now = new Date()) {
  const dispatched = await dispatchEvents(sql, queue);
  const before = new Date(now.getTime() - OVERDUE_MS);
  const tenants = await sql<{ org_id: string; livemode: boolean }[]>`select * from tenant.webhook_messages_due(${before})`;
  let requeued = 0;
  for (const tenant of tenants) {
    const due = await withTenant(
      sql,
      { orgId: tenant.org_id, livemode: tenant.livemode },
      (tx) =>
        tx<{ id: string }[]>`select id from webhook_messages where status = 'pending' and next_attempt_at <= ${before}
                           order by next_attempt_at limit 1000`,
    );
    for (let start = 0; start < due.length; start += 100) {
      await queue.sendBatch(
        due.slice(start, start + 100).map((row) => ({ body: { org: tenant.org_id, livemode: tenant.livemode, message: row.id } })),
      );
    }
    requeued += due.length;
  }
  return { dispatched, requeued };
}
