import type { TransactionSql } from "postgres";
import { type Email, escapeHtml } from "../email";
import type { EndpointRow } from "./endpoints";
import { DISABLE_AFTER_FAILING_MS, retryDelaySeconds } from "./retry-schedule";

/** An endpoint just disabled for failing, and who to tell. */
export interface EndpointTrouble {
  endpoint: string;
  url: string;
  livemode: boolean;
  owners: string[];
}

export interface Outcome {
  state: "succeeded" | "retrying" | "failed";
  retryInSeconds: number | null;
  trouble: EndpointTrouble | null;
}

/**
 * After an attempt: a success ends the message and the endpoint's run of failures; a failure
 * schedules the next try (retry-schedule.ts) or ends the message as failed, and an endpoint that has
 * failed without a success for five days is disabled, its owners to be e-mailed.
 */
export async function recordOutcome(
  tx: TransactionSql,
  endpoint: EndpointRow,
  message: { id: string; attempts: number },
  succeeded: boolean,
  now: Date,
): Promise<Outcome> {
  const attempts = message.attempts + 1;
  if (succeeded) {
    await tx`update webhook_messages set status = 'succeeded', attempts = ${attempts}, next_attempt_at = null, updated = now() where id = ${message.id}`;
    await tx`update webhook_endpoints set failing_since = null where id = ${endpoint.id} and failing_since is not null`;
    return { state: "succeeded", retryInSeconds: null, trouble: null };
  }
  const delay = endpoint.enabled ? retryDelaySeconds(attempts) : null;
  await tx`update webhook_messages set attempts = ${attempts}, updated = now(),
             status = ${delay === null ? "failed" : "pending"},
             next_attempt_at = ${delay === null ? null : new Date(now.getTime() + delay * 1000)}
           where id = ${message.id}`;
  const state = delay === null ? "failed" : "retrying";
  if (!endpoint.enabled) return { state, retryInSeconds: null, trouble: null };
  const [health] = await tx<{ failing_since: Date }[]>`
    update webhook_endpoints set failing_since = coalesce(failing_since, ${now}) where id = ${endpoint.id} returning failing_since`;
  if (!health || now.getTime() - health.failing_since.getTime() < DISABLE_AFTER_FAILING_MS) {
    return { state, retryInSeconds: delay, trouble: null };
  }
  await tx`update webhook_endpoints set enabled = false, disabled_reason = 'failing', updated = now() where id = ${endpoint.id}`;
  const owners = await tx<{ email: string }[]>`
    select u.email from memberships m join users u on u.id = m.user_id where m.role = 'owner' order by u.email`;
  return {
    state,
    retryInSeconds: delay,
    trouble: { endpoint: endpoint.id, url: endpoint.url, livemode: endpoint.livemode, owners: owners.map((owner) => owner.email) },
  };
}

/** The e-mail that tells an owner their endpoint was disabled. */
export function disabledEndpointEmail(to: string, trouble: EndpointTrouble): Email {
  const mode = trouble.livemode ? "live" : "test";
  const text = `Every delivery to your ${mode}-mode webhook endpoint ${trouble.url} (${trouble.endpoint}) has failed for five days, so BillingOS disabled it. Its messages are kept: fix the receiver, enable the endpoint again and replay the failed messages from the dashboard or with POST /v1/webhook_endpoints/${trouble.endpoint}/replay.`;
  return {
    to,
    subject: "BillingOS disabled a failing webhook endpoint",
    text,
    html: `<p>${escapeHtml(text)}</p>`,
  };
}
