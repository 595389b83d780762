import type { RouteHandler } from "@hono/zod-openapi";
import type { Context } from "hono";
import { clientIp, requestContext } from "../../app/request-context";
import { userOf } from "../../auth/access";
import { withTenant } from "../../db/tenant";
import { escapeHtml, sendEmail } from "../../domain/email";
import * as invitations from "../../domain/invitations";
import { getOrganization } from "../../domain/organizations";
import type { AppEnv } from "../../shared/env";
import { toTimestamp } from "../../shared/schemas";
import type * as routes from "./invitations.routes";

const serialize = (row: invitations.InvitationRow) => ({
  id: row.id,
  object: "invitation" as const,
  email: row.email,
  role: row.role,
  status: row.status === "pending" && row.expires_at <= new Date() ? ("expired" as const) : row.status,
  expires_at: toTimestamp(row.expires_at) as number,
  created: toTimestamp(row.created) as number,
});

/** E-mails the accept link (after the transaction committed, so a mail never points at nothing). */
async function emailInvitation(c: Context<AppEnv>, invitation: invitations.InvitationRow, token: string, orgName: string) {
  const link = `${new URL(c.req.url).origin}/admin/accept-invitation?token=${encodeURIComponent(token)}`;
  const sent = await sendEmail(
    { url: c.env.EMAIL_API_URL, key: c.env.EMAIL_API_KEY },
    {
      to: invitation.email,
      subject: `You are invited to ${orgName} on BillingOS`,
      text: `You have been invited to join ${orgName} on BillingOS as ${invitation.role}.\n\nAccept: ${link}\n\nThe link expires in ${invitations.INVITATION_TTL_DAYS} days.`,
      html: `<p>You have been invited to join <strong>${escapeHtml(orgName)}</strong> on BillingOS as ${invitation.role}.</p><p><a href="${escapeHtml(link)}">Accept the invitation</a></p><p>The link expires in ${invitations.INVITATION_TTL_DAYS} days.</p>`,
    },
  );
  if (!sent) c.var.logger.warn("invitation e-mail not accepted", { invitation: invitation.id });
  return sent;
}

const actorRole = (c: Context<AppEnv>) => (c.var.principal.kind === "user" ? c.var.principal.org?.role : undefined);

export const create: RouteHandler<typeof routes.createInvitation, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { invitation, token, orgName } = await withTenant(c.var.db(), context.tenant, async (tx) => ({
    ...(await invitations.createInvitation(tx, context, actorRole(c), c.req.valid("json"))),
    orgName: (await getOrganization(tx, context.tenant.orgId)).name,
  }));
  const email_sent = await emailInvitation(c, invitation, token, orgName);
  return c.json({ ...serialize(invitation), email_sent }, 201);
};

export const list: RouteHandler<typeof routes.listInvitations, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const rows = await withTenant(c.var.db(), tenant, invitations.listInvitations);
  return c.json({ object: "list" as const, data: rows.map(serialize), has_more: false, url: "/v1/invitations" }, 200);
};

export const resend: RouteHandler<typeof routes.resendInvitation, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { invitation, token, orgName } = await withTenant(c.var.db(), context.tenant, async (tx) => ({
    ...(await invitations.resendInvitation(tx, context, c.req.valid("param").id)),
    orgName: (await getOrganization(tx, context.tenant.orgId)).name,
  }));
  const email_sent = await emailInvitation(c, invitation, token, orgName);
  return c.json({ ...serialize(invitation), email_sent }, 200);
};

export const revoke: RouteHandler<typeof routes.revokeInvitation, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const row = await withTenant(c.var.db(), context.tenant, (tx) => invitations.revokeInvitation(tx, context, c.req.valid("param").id));
  return c.json(serialize(row), 200);
};

export const accept: RouteHandler<typeof routes.acceptInvitation, AppEnv> = async (c) => {
  const result = await invitations.acceptInvitation(c.var.db(), userOf(c), c.req.valid("json").token, {
    requestId: c.var.requestId,
    ip: clientIp(c),
  });
  return c.json({ object: "membership" as const, organization: result.orgId, role: result.role }, 200);
};
