import { z } from "@hono/zod-openapi";
import { defineRoute, forMembers } from "../../auth/access";
import { ROLES } from "../../shared/permissions";
import { jsonBody, listSchema, Timestamp, UserId } from "../../shared/schemas";

const tags = ["Team"];
const UserParam = z.object({ user_id: UserId.openapi({ param: { name: "user_id", in: "path" } }) });

export const MemberSchema = z
  .object({
    object: z.literal("member"),
    user_id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(ROLES),
    created: Timestamp,
  })
  .openapi("Member");

const Deleted = z.object({ user_id: z.string(), object: z.literal("member"), deleted: z.literal(true) });

export const listMembers = defineRoute({
  method: "get",
  path: "/v1/members",
  tags,
  summary: "List the organization's members",
  access: forMembers("team:read"),
  responses: { 200: { description: "Members.", content: { "application/json": { schema: listSchema(MemberSchema, "MemberList") } } } },
});

export const updateMember = defineRoute({
  method: "post",
  path: "/v1/members/{user_id}",
  tags,
  summary: "Change a member's role (the last owner cannot be demoted)",
  access: forMembers("team:write"),
  errors: ["owner_required", "last_owner"],
  request: { params: UserParam, body: jsonBody(z.strictObject({ role: z.enum(ROLES) })) },
  responses: { 200: { description: "Updated.", content: { "application/json": { schema: MemberSchema } } } },
});

export const removeMember = defineRoute({
  method: "delete",
  path: "/v1/members/{user_id}",
  tags,
  summary: "Remove a member (their tokens stop working for this organization at once)",
  access: forMembers("team:write"),
  errors: ["owner_required", "last_owner"],
  request: { params: UserParam },
  responses: { 200: { description: "Removed.", content: { "application/json": { schema: Deleted } } } },
});

export const leave = defineRoute({
  method: "post",
  path: "/v1/members/leave",
  tags,
  summary: "Leave the organization (the last owner cannot leave)",
  access: forMembers("team:read"),
  errors: ["last_owner"],
  responses: { 200: { description: "Left.", content: { "application/json": { schema: Deleted } } } },
});

export const transferOwnership = defineRoute({
  method: "post",
  path: "/v1/members/transfer_ownership",
  tags,
  summary: "Make another member the owner; you become an admin",
  access: forMembers("organization:delete"),
  errors: ["owner_required", "last_owner"],
  request: { body: jsonBody(z.strictObject({ user_id: UserId })) },
  responses: { 200: { description: "The new owner.", content: { "application/json": { schema: MemberSchema } } } },
});
