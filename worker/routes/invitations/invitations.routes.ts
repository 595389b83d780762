import { z } from "@hono/zod-openapi";
import { defineRoute, forMembers, forSignedIn } from "../../auth/access";
import { ROLES } from "../../shared/permissions";
import { Email, IdParam, jsonBody, listSchema, Timestamp } from "../../shared/schemas";

const tags = ["Team"];

export const InvitationSchema = z
  .object({
    id: z.string(),
    object: z.literal("invitation"),
    email: z.string(),
    role: z.enum(ROLES),
    status: z.enum(["pending", "accepted", "revoked", "expired"]),
    expires_at: Timestamp,
    email_sent: z.boolean().optional().describe("Whether the e-mail with the link was accepted for delivery (create and resend)."),
    created: Timestamp,
  })
  .openapi("Invitation");

export const createInvitation = defineRoute({
  method: "post",
  path: "/v1/invitations",
  tags,
  summary: "Invite someone by e-mail",
  access: forMembers("team:write"),
  errors: ["owner_required", "already_member", "invitation_exists"],
  request: { body: jsonBody(z.strictObject({ email: Email, role: z.enum(ROLES) })) },
  responses: { 201: { description: "Invited.", content: { "application/json": { schema: InvitationSchema } } } },
});

export const listInvitations = defineRoute({
  method: "get",
  path: "/v1/invitations",
  tags,
  summary: "List invitations",
  access: forMembers("team:read"),
  responses: {
    200: { description: "Invitations.", content: { "application/json": { schema: listSchema(InvitationSchema, "InvitationList") } } },
  },
});

export const resendInvitation = defineRoute({
  method: "post",
  path: "/v1/invitations/{id}/resend",
  tags,
  summary: "Send the invitation again with a fresh link (the old link stops working)",
  access: forMembers("team:write"),
  errors: ["invitation_not_pending"],
  request: { params: IdParam },
  responses: { 200: { description: "Sent again.", content: { "application/json": { schema: InvitationSchema } } } },
});

export const revokeInvitation = defineRoute({
  method: "post",
  path: "/v1/invitations/{id}/revoke",
  tags,
  summary: "Revoke a pending invitation",
  access: forMembers("team:write"),
  errors: ["invitation_not_pending"],
  request: { params: IdParam },
  responses: { 200: { description: "Revoked.", content: { "application/json": { schema: InvitationSchema } } } },
});

export const acceptInvitation = defineRoute({
  method: "post",
  path: "/v1/invitations/accept",
  tags,
  summary: "Accept an invitation as the signed-in user (the e-mail must match)",
  access: forSignedIn,
  errors: ["invitation_invalid", "invitation_email_mismatch", "already_member"],
  request: { body: jsonBody(z.strictObject({ token: z.string().min(1).max(100) })) },
  responses: {
    200: {
      description: "You are now a member.",
      content: {
        "application/json": { schema: z.object({ object: z.literal("membership"), organization: z.string(), role: z.enum(ROLES) }) },
      },
    },
  },
});
