import type { TransactionSql } from "postgres";
import { type ApiKeyType, generateApiKey } from "../shared/api-key-format";
import { InvalidRequestError, NotFoundError } from "../shared/errors";
import { randomId } from "../shared/ids";
import { recordAudit } from "./audit";
import type { ActionContext } from "./context";

export interface ApiKeyRow {
  id: string;
  livemode: boolean;
  type: ApiKeyType;
  name: string | null;
  last4: string;
  scopes: Record<string, "read" | "write"> | null;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
  created: Date;
}

const COLUMNS = "id, livemode, type, name, last4, scopes, expires_at, revoked_at, last_used_at, created";

/** Longest a rolled key may keep working: long enough to redeploy, short enough to matter. */
export const MAX_ROLL_EXPIRY_SECONDS = 7 * 24 * 3600;

export async function createApiKey(
  tx: TransactionSql,
  context: ActionContext,
  input: { type: ApiKeyType; name?: string | null; scopes?: Record<string, "read" | "write"> | null },
): Promise<ApiKeyRow & { secret: string }> {
  if ((input.type === "restricted") !== Boolean(input.scopes)) {
    throw new InvalidRequestError("parameter_invalid", "Restricted keys need scopes; other keys take none.", "scopes");
  }
  const generated = await generateApiKey(input.type, context.tenant.livemode);
  const id = randomId("key");
  const [row] = await tx<ApiKeyRow[]>`
    insert into api_keys (id, org_id, livemode, type, name, lookup, secret_hash, last4, scopes, created_by)
    values (${id}, ${context.tenant.orgId}, ${context.tenant.livemode}, ${input.type}, ${input.name ?? null}, ${generated.lookup},
            ${generated.secretHash}, ${generated.last4}, ${input.scopes ? tx.json(input.scopes) : null},
            ${context.actor.type === "user" ? context.actor.id : null})
    returning ${tx.unsafe(COLUMNS)}`;
  await recordAudit(tx, context, {
    action: "api_key.created",
    target: { type: "api_key", id },
    after: { type: input.type, name: input.name ?? null, scopes: input.scopes ?? null },
  });
  return { ...(row as ApiKeyRow), secret: generated.key };
}

export async function listApiKeys(tx: TransactionSql): Promise<ApiKeyRow[]> {
  return tx<ApiKeyRow[]>`select ${tx.unsafe(COLUMNS)} from api_keys order by created desc, id desc`;
}

async function getUsableKey(tx: TransactionSql, id: string): Promise<ApiKeyRow> {
  const [row] = await tx<ApiKeyRow[]>`select ${tx.unsafe(COLUMNS)} from api_keys where id = ${id} for update`;
  if (!row) throw new NotFoundError(`No such API key: '${id}'.`, "resource_missing", "id");
  if (row.revoked_at || (row.expires_at && row.expires_at <= new Date())) {
    throw new InvalidRequestError("api_key_inactive", "This key is already revoked or expired.", "id");
  }
  return row;
}

/** Revokes at once: the next request with this key is refused. */
export async function revokeApiKey(tx: TransactionSql, context: ActionContext, id: string): Promise<ApiKeyRow> {
  await getUsableKey(tx, id);
  const [row] = await tx<ApiKeyRow[]>`update api_keys set revoked_at = now() where id = ${id} returning ${tx.unsafe(COLUMNS)}`;
  await recordAudit(tx, context, { action: "api_key.revoked", target: { type: "api_key", id } });
  return row as ApiKeyRow;
}

/** A new key with the same type, name and scopes; the old one keeps working for `expiresIn` seconds. */
export async function rollApiKey(tx: TransactionSql, context: ActionContext, id: string, expiresIn: number) {
  const old = await getUsableKey(tx, id);
  const [expired] = await tx<ApiKeyRow[]>`
    update api_keys set expires_at = now() + make_interval(secs => ${expiresIn}) where id = ${id} returning ${tx.unsafe(COLUMNS)}`;
  const fresh = await createApiKey(tx, context, { type: old.type, name: old.name, scopes: old.scopes });
  await recordAudit(tx, context, {
    action: "api_key.rolled",
    target: { type: "api_key", id },
    after: { replaced_by: fresh.id, expires_at: (expired as ApiKeyRow).expires_at },
  });
  return { rolled: expired as ApiKeyRow, replacement: fresh };
}
