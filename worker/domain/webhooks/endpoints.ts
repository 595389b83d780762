import type { TransactionSql } from "postgres";
import { textArray } from "../../db/text-array";
import { InvalidRequestError, NotFoundError } from "../../shared/errors";
import { randomId } from "../../shared/ids";
import { toTimestamp } from "../../shared/schemas";
import { recordAudit } from "../audit";
import type { ActionContext } from "../context";
import type { EventType } from "../events/record";
import { newSigningSecret } from "./signing";
import { checkWebhookUrl } from "./url-safety";

export interface EndpointRow {
  id: string;
  livemode: boolean;
  url: string;
  description: string | null;
  event_types: EventType[] | null;
  enabled: boolean;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  failing_since: Date | null;
  disabled_reason: "failing" | "manual" | null;
  created: Date;
  updated: Date;
}

export interface EndpointInput {
  url?: string;
  description?: string | null;
  /** Null or omitted on create: every event type. */
  event_types?: EventType[] | null;
  enabled?: boolean;
}

/** How long the old secret keeps signing beside the new one after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

/** The endpoint as the API shows it; `secret` only in the answer that creates or rotates it. */
export function endpointObject(row: EndpointRow, secret?: string) {
  return {
    id: row.id,
    object: "webhook_endpoint" as const,
    livemode: row.livemode,
    url: row.url,
    description: row.description,
    event_types: row.event_types,
    enabled: row.enabled,
    disabled_reason: row.disabled_reason,
    failing_since: toTimestamp(row.failing_since),
    previous_secret_expires_at: toTimestamp(row.previous_secret_expires_at),
    ...(secret ? { secret } : {}),
    created: toTimestamp(row.created) as number,
    updated: toTimestamp(row.updated) as number,
  };
}

/** The secrets a delivery signs with now: the current one, and the previous one during its overlap. */
export function activeSecrets(row: Pick<EndpointRow, "secret" | "previous_secret" | "previous_secret_expires_at">, now = new Date()) {
  return row.previous_secret && row.previous_secret_expires_at && row.previous_secret_expires_at > now
    ? [row.secret, row.previous_secret]
    : [row.secret];
}

export async function allowsLocalTestUrls(tx: TransactionSql): Promise<boolean> {
  const [row] = await tx<{ allow_local_test_urls: boolean }[]>`select allow_local_test_urls from webhook_settings`;
  return row?.allow_local_test_urls ?? false;
}

export async function setAllowLocalTestUrls(tx: TransactionSql, context: ActionContext, allow: boolean): Promise<boolean> {
  await tx`insert into webhook_settings (org_id, allow_local_test_urls) values (tenant.org_id(), ${allow})
           on conflict (org_id) do update set allow_local_test_urls = excluded.allow_local_test_urls, updated = now()`;
  await recordAudit(tx, context, {
    action: "webhook_settings.updated",
    target: { type: "organization", id: context.tenant.orgId },
    after: { allow_local_test_urls: allow },
  });
  return allow;
}

/** Refuses a URL the sender would refuse (url-safety.ts), with the reason, before anything is written. */
async function assertSafeUrl(tx: TransactionSql, context: ActionContext, url: string) {
  const verdict = checkWebhookUrl(url, { livemode: context.tenant.livemode, allowLocalTestUrls: await allowsLocalTestUrls(tx) });
  if (!verdict.ok) throw new InvalidRequestError(`url_${verdict.reason}`, `The webhook URL ${verdict.message}`, "url");
}

const eventTypes = (tx: TransactionSql, types: EventType[] | null | undefined) => (types ? tx.typed(types as never, textArray.to) : null);

export async function getEndpoint(tx: TransactionSql, id: string): Promise<EndpointRow> {
  const [row] = await tx<EndpointRow[]>`select * from webhook_endpoints where id = ${id}`;
  if (!row) throw new NotFoundError(`No such webhook endpoint: '${id}'.`, "resource_missing", "id");
  return row;
}

export async function createEndpoint(tx: TransactionSql, context: ActionContext, input: EndpointInput & { url: string }) {
  await assertSafeUrl(tx, context, input.url);
  const secret = newSigningSecret();
  const [row] = await tx<EndpointRow[]>`
    insert into webhook_endpoints (id, org_id, livemode, url, description, event_types, enabled, secret)
    values (${randomId("we")}, ${context.tenant.orgId}, ${context.tenant.livemode}, ${input.url}, ${input.description ?? null},
            ${eventTypes(tx, input.event_types)}, ${input.enabled ?? true}, ${secret})
    returning *`;
  const endpoint = row as EndpointRow;
  await recordAudit(tx, context, {
    action: "webhook_endpoint.created",
    target: { type: "webhook_endpoint", id: endpoint.id },
    after: { url: input.url },
  });
  return endpointObject(endpoint, secret);
}

export async function updateEndpoint(tx: TransactionSql, context: ActionContext, id: string, patch: EndpointInput) {
  const current = await getEndpoint(tx, id);
  if (patch.url !== undefined) await assertSafeUrl(tx, context, patch.url);
  // Enabling again starts a fresh failure count; disabling by hand is remembered as such.
  const enabled = patch.enabled ?? current.enabled;
  const [row] = await tx<EndpointRow[]>`
    update webhook_endpoints set url = ${patch.url ?? current.url},
      description = ${patch.description === undefined ? current.description : patch.description},
      event_types = ${eventTypes(tx, patch.event_types === undefined ? current.event_types : patch.event_types)},
      enabled = ${enabled},
      disabled_reason = ${enabled ? null : patch.enabled === false ? "manual" : current.disabled_reason},
      failing_since = ${enabled && !current.enabled ? null : current.failing_since},
      updated = now()
    where id = ${id} returning *`;
  await recordAudit(tx, context, {
    action: "webhook_endpoint.updated",
    target: { type: "webhook_endpoint", id },
    after: patch as Record<string, unknown>,
  });
  return endpointObject(row as EndpointRow);
}

export async function deleteEndpoint(tx: TransactionSql, context: ActionContext, id: string) {
  await getEndpoint(tx, id);
  await tx`delete from webhook_endpoints where id = ${id}`;
  await recordAudit(tx, context, { action: "webhook_endpoint.deleted", target: { type: "webhook_endpoint", id } });
}

/** A new secret; the current one keeps signing beside it for 24 hours, so receivers can switch without a gap. */
export async function rotateSecret(tx: TransactionSql, context: ActionContext, id: string, now = new Date()) {
  await getEndpoint(tx, id);
  const secret = newSigningSecret();
  const [row] = await tx<EndpointRow[]>`
    update webhook_endpoints set previous_secret = secret, previous_secret_expires_at = ${new Date(now.getTime() + ROTATION_OVERLAP_MS)},
      secret = ${secret}, updated = now()
    where id = ${id} returning *`;
  await recordAudit(tx, context, { action: "webhook_endpoint.secret_rotated", target: { type: "webhook_endpoint", id } });
  return endpointObject(row as EndpointRow, secret);
}
