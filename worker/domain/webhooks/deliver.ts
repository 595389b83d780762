import type { Sql, TransactionSql } from "postgres";
import { withTenant } from "../../db/tenant";
import { randomId } from "../../shared/ids";
import { escapeHtml } from "../email";
import type { DeliveryQueue, DeliveryTask } from "./dispatch";
import { activeSecrets, allowsLocalTestUrls, type EndpointRow } from "./endpoints";
import { type EndpointTrouble, recordOutcome } from "./outcome";
import { signedHeaders } from "./signing";
import { checkWebhookUrl } from "./url-safety";

/** A receiver has this long to answer; then the attempt counts as failed (`timeout`). */
export const DELIVERY_TIMEOUT_MS = 15_000;
/** How much of a response body the delivery log keeps. */
export const EXCERPT_CHARS = 1_000;
/** How long a claimed attempt holds its message: longer than the timeout, so two senders never overlap. */
const LEASE_MS = 60_000;

export interface DeliveryDeps {
  queue: DeliveryQueue;
  /** Tells the organisation's owners that an endpoint was disabled (after the transaction). */
  notify: (trouble: EndpointTrouble) => Promise<void>;
  now?: () => Date;
}

export interface MessageRow {
  id: string;
  endpoint_id: string;
  payload: string;
  status: "pending" | "succeeded" | "failed";
  attempts: number;
}

export interface AttemptResult {
  status: number | null;
  latencyMs: number;
  excerpt: string;
  error: "timeout" | "refused_address" | "network" | "redirect" | null;
  succeeded: boolean;
}

/**
 * Claims a due message for one attempt: only one sender wins, and only while it is pending and due.
 * A queue message delivered twice, or the sweep and the queue at once, make one attempt.
 */
async function claim(tx: TransactionSql, id: string, now: Date) {
  const [message] = await tx<MessageRow[]>`
    update webhook_messages set next_attempt_at = ${new Date(now.getTime() + LEASE_MS)}, updated = now()
    where id = ${id} and status = 'pending' and next_attempt_at <= ${now}
    returning id, endpoint_id, payload, status, attempts`;
  if (!message) return null;
  const [endpoint] = await tx<EndpointRow[]>`select * from webhook_endpoints where id = ${message.endpoint_id}`;
  return { message, endpoint: endpoint as EndpointRow, allowLocal: await allowsLocalTestUrls(tx) };
}

/** Control characters and markup escaped, then cut: the log shows receivers' answers as data, never as markup. */
export function responseExcerpt(body: string): string {
  const escaped = escapeHtml(body.slice(0, EXCERPT_CHARS * 2)).replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return escaped.length > EXCERPT_CHARS ? `${escaped.slice(0, EXCERPT_CHARS)}…` : escaped;
}

/** One HTTP attempt: signed, 15 s, redirects answered as failures (never followed), the URL checked again first. */
export async function attempt(
  endpoint: EndpointRow,
  allowLocal: boolean,
  message: Pick<MessageRow, "id" | "payload">,
  now: Date,
): Promise<AttemptResult> {
  const verdict = checkWebhookUrl(endpoint.url, { livemode: endpoint.livemode, allowLocalTestUrls: allowLocal });
  if (!verdict.ok) return { status: null, latencyMs: 0, excerpt: verdict.message, error: "refused_address", succeeded: false };
  const started = Date.now();
  try {
    const headers = await signedHeaders(activeSecrets(endpoint, now), message.id, Math.floor(now.getTime() / 1000), message.payload);
    const response = await fetch(verdict.url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "user-agent": "BillingOS-Webhooks/1" },
      body: message.payload,
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    const text = await response.text();
    const redirected = response.status >= 300 && response.status < 400;
    return {
      status: response.status,
      latencyMs: Date.now() - started,
      excerpt: responseExcerpt(text),
      error: redirected ? "redirect" : null,
      succeeded: response.status >= 200 && response.status < 300,
    };
  } catch (error) {
    const timedOut = (error as Error).name === "TimeoutError" || (error as Error).name === "AbortError";
    return { status: null, latencyMs: Date.now() - started, excerpt: "", error: timedOut ? "timeout" : "network", succeeded: false };
  }
}

export type DeliveryOutcome = "succeeded" | "retrying" | "failed" | "skipped";

/**
 * Tries one message once and records the attempt, the message's next state and the endpoint's
 * health in one transaction; queues the next try (with its delay) after it commits. A disabled
 * endpoint's messages fail without a request (replay them once it is enabled again).
 */
export async function deliverMessage(sql: Sql, deps: DeliveryDeps, task: DeliveryTask): Promise<DeliveryOutcome> {
  const now = deps.now?.() ?? new Date();
  const scope = { orgId: task.org, livemode: task.livemode };
  const claimed = await withTenant(sql, scope, (tx) => claim(tx, task.message, now));
  if (!claimed) return "skipped";
  const result: AttemptResult = claimed.endpoint.enabled
    ? await attempt(claimed.endpoint, claimed.allowLocal, claimed.message, now)
    : { status: null, latencyMs: 0, excerpt: "The endpoint is disabled.", error: null, succeeded: false };
  const outcome = await withTenant(sql, scope, async (tx) => {
    await tx`insert into webhook_attempts (id, org_id, livemode, message_id, response_status, latency_ms, response_excerpt, error, succeeded)
             values (${randomId("whatt")}, ${task.org}, ${task.livemode}, ${claimed.message.id}, ${result.status}, ${result.latencyMs},
                     ${result.excerpt}, ${result.error}, ${result.succeeded})`;
    return recordOutcome(tx, claimed.endpoint, claimed.message, result.succeeded, now);
  });
  if (outcome.trouble) await deps.notify(outcome.trouble);
  if (outcome.retryInSeconds !== null) await deps.queue.send(task, { delaySeconds: outcome.retryInSeconds });
  return outcome.state;
}
