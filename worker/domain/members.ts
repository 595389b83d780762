import type { TransactionSql } from "postgres";
import { ApiError, InvalidRequestError, NotFoundError } from "../shared/errors";
import type { Role } from "../shared/permissions";
import { PermissionError } from "../shared/permissions";
import { recordAudit } from "./audit";
import type { ActionContext } from "./context";

export interface MemberRow {
  user_id: string;
  email: string;
  name: string | null;
  role: Role;
  created: Date;
}

export class LastOwnerError extends ApiError {
  constructor() {
    super(409, "invalid_request_error", "last_owner", "An organization needs at least one owner: make someone else owner first.");
  }
}

export function listMembers(tx: TransactionSql): Promise<MemberRow[]> {
  return tx<MemberRow[]>`
    select m.user_id, u.email, u.name, m.role, m.created from memberships m join users u on u.id = m.user_id
    order by m.created, m.user_id`;
}

async function getMember(tx: TransactionSql, userId: string): Promise<MemberRow> {
  const [member] = await tx<MemberRow[]>`
    select m.user_id, u.email, u.name, m.role, m.created from memberships m join users u on u.id = m.user_id
    where m.user_id = ${userId} for update of m`;
  if (!member) throw new NotFoundError(`No such member: '${userId}'.`, "resource_missing", "user_id");
  return member;
}

async function ownerCount(tx: TransactionSql): Promise<number> {
  // Lock the org's owner rows so two concurrent demotions cannot both see "another owner remains".
  const rows = await tx`select user_id from memberships where role = 'owner' for update`;
  return rows.length;
}

/** Only owners may make owners or change an owner's membership. */
function assertMayTouchOwner(actorRole: Role | undefined, target: Role, next?: Role) {
  if ((target === "owner" || next === "owner") && actorRole !== "owner") {
    throw new PermissionError("owner_required", "Only an owner can grant, change or remove the owner role.");
  }
}

export async function changeRole(
  tx: TransactionSql,
  context: ActionContext,
  actorRole: Role | undefined,
  userId: string,
  role: Role,
): Promise<MemberRow> {
  const member = await getMember(tx, userId);
  assertMayTouchOwner(actorRole, member.role, role);
  if (member.role === role) return member;
  if (member.role === "owner" && (await ownerCount(tx)) <= 1) throw new LastOwnerError();
  await tx`update memberships set role = ${role} where user_id = ${userId}`;
  await recordAudit(tx, context, {
    action: "member.role_changed",
    target: { type: "user", id: userId },
    before: { role: member.role },
    after: { role },
  });
  return { ...member, role };
}

export async function removeMember(tx: TransactionSql, context: ActionContext, actorRole: Role | undefined, userId: string): Promise<void> {
  const member = await getMember(tx, userId);
  if (userId !== context.actor.id) assertMayTouchOwner(actorRole, member.role);
  if (member.role === "owner" && (await ownerCount(tx)) <= 1) throw new LastOwnerError();
  await tx`delete from memberships where user_id = ${userId}`;
  const action = userId === context.actor.id ? "member.left" : "member.removed";
  await recordAudit(tx, context, { action, target: { type: "user", id: userId }, before: { role: member.role, email: member.email } });
}

/** Makes `userId` an owner and the acting owner an admin, in one step. */
export async function transferOwnership(tx: TransactionSql, context: ActionContext, userId: string): Promise<MemberRow> {
  if (userId === context.actor.id) throw new InvalidRequestError("parameter_invalid", "You already own this organization.", "user_id");
  const member = await getMember(tx, userId);
  await tx`update memberships set role = 'owner' where user_id = ${userId}`;
  await tx`update memberships set role = 'admin' where user_id = ${context.actor.id}`;
  await recordAudit(tx, context, {
    action: "organization.ownership_transferred",
    target: { type: "user", id: userId },
    before: { owner: context.actor.id, role: member.role },
    after: { owner: userId },
  });
  return { ...member, role: "owner" };
}
