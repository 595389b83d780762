import type { Sql, TransactionSql } from "postgres";
import { withTenant, withUser } from "../db/tenant";
import { textArray } from "../db/text-array";
import { ApiError, InvalidRequestError, NotFoundError } from "../shared/errors";
import { randomId } from "../shared/ids";
import type { Role } from "../shared/permissions";
import { changedFields, recordAudit } from "./audit";
import type { ActionContext } from "./context";

export interface OrganizationRow {
  id: string;
  name: string;
  slug: string;
  legal_name: string | null;
  country: string | null;
  support_email: string | null;
  website: string | null;
  default_currency: string;
  allowed_origins: string[];
  logo_url: string | null;
  /** The BillingOS plan, set only by the platform's subscription trigger (never through the API). */
  billing_tier: BillingTier;
  created: Date;
  updated: Date;
}

export const BILLING_TIERS = ["standard", "starter", "growth", "scale", "enterprise"] as const;
export type BillingTier = (typeof BILLING_TIERS)[number];

export type OrganizationDetails = Partial<Omit<OrganizationRow, "id" | "billing_tier" | "created" | "updated">>;

/** Creates an organisation with its creator as owner, in one transaction. */
export async function createOrganization(
  sql: Sql,
  user: { userId: string; email: string },
  input: OrganizationDetails & { name: string },
  meta: { requestId: string; ip: string | null },
): Promise<OrganizationRow & { role: Role }> {
  const id = randomId("org");
  const slug = input.slug ?? `${slugify(input.name)}-${randomId("x", 6).slice(2).toLowerCase()}`;
  try {
    return await withTenant(sql, { orgId: id, livemode: false, userId: user.userId }, async (tx) => {
      await tx`insert into users (id, email) values (${user.userId}, ${user.email}) on conflict (id) do nothing`;
      const [org] = await tx<OrganizationRow[]>`insert into organizations ${tx(columns(tx, { ...input, id, slug }))} returning *`;
      await tx`insert into memberships (org_id, user_id, role) values (${id}, ${user.userId}, 'owner')`;
      const context: ActionContext = { tenant: { orgId: id, livemode: false }, actor: { type: "user", id: user.userId }, ...meta };
      await recordAudit(tx, context, {
        action: "organization.created",
        target: { type: "organization", id },
        after: { name: input.name, slug },
      });
      return { ...(org as OrganizationRow), role: "owner" as const };
    });
  } catch (error) {
    throw uniqueSlugError(error);
  }
}

/** The organisations the user belongs to, with their role in each. */
export function listMyOrganizations(sql: Sql, userId: string) {
  return withUser(
    sql,
    userId,
    (tx) =>
      tx<(OrganizationRow & { role: Role })[]>`
      select o.*, m.role from organizations o join memberships m on m.org_id = o.id
      where m.user_id = ${userId} order by o.created, o.id`,
  );
}

export async function getOrganization(tx: TransactionSql, id: string): Promise<OrganizationRow> {
  const [org] = await tx<OrganizationRow[]>`select * from organizations where id = ${id}`;
  if (!org) throw new NotFoundError(`No such organization: '${id}'.`, "resource_missing", "id");
  return org;
}

export async function updateOrganization(tx: TransactionSql, context: ActionContext, patch: OrganizationDetails): Promise<OrganizationRow> {
  const current = await getOrganization(tx, context.tenant.orgId);
  const diff = changedFields(current as unknown as Record<string, unknown>, patch as Record<string, unknown>);
  if (!diff.changed) return current;
  try {
    const [updated] = await tx<OrganizationRow[]>`
      update organizations set ${tx(columns(tx, diff.after))}, updated = now() where id = ${context.tenant.orgId} returning *`;
    await recordAudit(tx, context, { action: "organization.updated", target: { type: "organization", id: context.tenant.orgId }, ...diff });
    return updated as OrganizationRow;
  } catch (error) {
    throw uniqueSlugError(error);
  }
}

/** Deletes the organisation and everything in it; `confirm` must repeat its slug. */
export async function deleteOrganization(tx: TransactionSql, context: ActionContext, confirm: string): Promise<void> {
  const org = await getOrganization(tx, context.tenant.orgId);
  if (confirm !== org.slug) {
    throw new InvalidRequestError("confirmation_mismatch", `To delete this organization, pass confirm="${org.slug}".`, "confirm");
  }
  await tx`delete from organizations where id = ${org.id}`;
}

/** Column values as postgres.js must send them (arrays through the `textArray` codec, see db/text-array.ts). */
function columns(tx: TransactionSql, values: Record<string, unknown>): Record<string, never> {
  const out: Record<string, unknown> = { ...values };
  if (Array.isArray(out.allowed_origins)) out.allowed_origins = tx.typed(out.allowed_origins as never, textArray.to);
  return out as Record<string, never>;
}

function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug.length >= 2 ? slug : "org";
}

function uniqueSlugError(error: unknown): unknown {
  if ((error as { code?: string }).code === "23505" && String((error as { constraint_name?: string }).constraint_name).includes("slug")) {
    return new ApiError(409, "invalid_request_error", "slug_taken", "That slug is taken; choose another.", "slug");
  }
  return error;
}
