import type { Sql, TransactionSql } from "postgres";
import { withTenant, withUser } from "../db/tenant";
import { sha256Hex } from "../shared/api-key-format";
import type { ErrorCode } from "../shared/error-codes";
import { ApiError, NotFoundError } from "../shared/errors";
import { randomId } from "../shared/ids";
import type { Role } from "../shared/permissions";
import { PermissionError } from "../shared/permissions";
import { recordAudit } from "./audit";
import type { ActionContext } from "./context";

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  status: "pending" | "accepted" | "revoked";
  expires_at: Date;
  created: Date;
}

export const INVITATION_TTL_DAYS = 7;
const COLUMNS = "id, email, role, status, expires_at, created";

const conflict = (code: ErrorCode, message: string, param?: string) => new ApiError(409, "invalid_request_error", code, message, param);

/** Creates an invitation and returns it with the one-time token for the e-mailed link. */
export async function createInvitation(
  tx: TransactionSql,
  context: ActionContext,
  actorRole: Role | undefined,
  input: { email: string; role: Role },
) {
  if (input.role === "owner" && actorRole !== "owner") throw new PermissionError("owner_required", "Only an owner can invite an owner.");
  const [member] = await tx`select 1 from memberships m join users u on u.id = m.user_id where lower(u.email) = lower(${input.email})`;
  if (member) throw conflict("already_member", `${input.email} is already a member.`, "email");
  const token = randomId("x", 40).slice(2);
  const id = randomId("inv");
  try {
    const [row] = await tx<InvitationRow[]>`
      insert into invitations (id, org_id, email, role, token_hash, invited_by, expires_at)
      values (${id}, ${context.tenant.orgId}, ${input.email}, ${input.role}, ${await sha256Hex(token)},
              ${context.actor.type === "user" ? context.actor.id : null}, now() + make_interval(days => ${INVITATION_TTL_DAYS}))
      returning ${tx.unsafe(COLUMNS)}`;
    await recordAudit(tx, context, {
      action: "invitation.created",
      target: { type: "invitation", id },
      after: { email: input.email, role: input.role },
    });
    return { invitation: row as InvitationRow, token };
  } catch (error) {
    if ((error as { code?: string }).code === "23505")
      throw conflict("invitation_exists", `${input.email} already has a pending invitation; resend it instead.`, "email");
    throw error;
  }
}

export function listInvitations(tx: TransactionSql): Promise<InvitationRow[]> {
  return tx<InvitationRow[]>`select ${tx.unsafe(COLUMNS)} from invitations order by created desc, id desc`;
}

async function getPending(tx: TransactionSql, id: string): Promise<InvitationRow> {
  const [row] = await tx<InvitationRow[]>`select ${tx.unsafe(COLUMNS)} from invitations where id = ${id} for update`;
  if (!row) throw new NotFoundError(`No such invitation: '${id}'.`, "resource_missing", "id");
  if (row.status !== "pending") throw conflict("invitation_not_pending", `This invitation is already ${row.status}.`);
  return row;
}

/** A fresh token and expiry (the old link stops working), for e-mailing again. */
export async function resendInvitation(tx: TransactionSql, context: ActionContext, id: string) {
  await getPending(tx, id);
  const token = randomId("x", 40).slice(2);
  const [row] = await tx<InvitationRow[]>`
    update invitations set token_hash = ${await sha256Hex(token)}, expires_at = now() + make_interval(days => ${INVITATION_TTL_DAYS}), updated = now()
    where id = ${id} returning ${tx.unsafe(COLUMNS)}`;
  await recordAudit(tx, context, { action: "invitation.resent", target: { type: "invitation", id } });
  return { invitation: row as InvitationRow, token };
}

export async function revokeInvitation(tx: TransactionSql, context: ActionContext, id: string): Promise<InvitationRow> {
  await getPending(tx, id);
  const [row] = await tx<
    InvitationRow[]
  >`update invitations set status = 'revoked', updated = now() where id = ${id} returning ${tx.unsafe(COLUMNS)}`;
  await recordAudit(tx, context, { action: "invitation.revoked", target: { type: "invitation", id } });
  return row as InvitationRow;
}

/**
 * Accepts an invitation for the signed-in user, whose e-mail must be the invited address.
 * A new user signs up through the same magic link first, so the link works for both.
 */
export async function acceptInvitation(
  sql: Sql,
  user: { userId: string; email: string },
  token: string,
  meta: { requestId: string; ip: string | null },
) {
  const hash = await sha256Hex(token);
  const invalid = new NotFoundError("This invitation link is invalid, expired or already used.", "invitation_invalid", "token");
  const orgId = await withUser(sql, user.userId, async (tx) => {
    const [row] = await tx<{ org_id: string | null }[]>`select tenant.invitation_org(${hash}) as org_id`;
    return row?.org_id ?? null;
  });
  if (!orgId) throw invalid;
  return withTenant(sql, { orgId, livemode: false, userId: user.userId }, async (tx) => {
    const [invitation] = await tx<(InvitationRow & { org_id: string })[]>`
      select ${tx.unsafe(COLUMNS)}, org_id from invitations where token_hash = ${hash} for update`;
    if (invitation?.status !== "pending" || invitation.expires_at <= new Date()) throw invalid;
    if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new PermissionError(
        "invitation_email_mismatch",
        `This invitation is for another e-mail address; sign in as the invited address.`,
      );
    }
    await tx`insert into users (id, email) values (${user.userId}, ${user.email}) on conflict (id) do nothing`;
    const inserted =
      await tx`insert into memberships (org_id, user_id, role) values (${orgId}, ${user.userId}, ${invitation.role}) on conflict do nothing returning 1`;
    if (inserted.length === 0) throw conflict("already_member", "You are already a member of this organization.");
    await tx`update invitations set status = 'accepted', accepted_by = ${user.userId}, updated = now() where id = ${invitation.id}`;
    const context: ActionContext = { tenant: { orgId, livemode: false }, actor: { type: "user", id: user.userId }, ...meta };
    await recordAudit(tx, context, {
      action: "invitation.accepted",
      target: { type: "invitation", id: invitation.id },
      after: { role: invitation.role },
    });
    return { orgId, role: invitation.role };
  });
}
