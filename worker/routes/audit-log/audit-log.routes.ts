import { z } from "@hono/zod-openapi";
import { defineRoute, forMembers } from "../../auth/access";
import { listSchema, PageQuerySchema, Timestamp, UnixTimeQuery } from "../../shared/schemas";

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    object: z.literal("audit_log_entry"),
    livemode: z.boolean(),
    actor: z.object({ type: z.enum(["user", "api_key", "system"]), id: z.string() }),
    action: z.string(),
    target: z.object({ type: z.string(), id: z.string() }),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    request_id: z.string().nullable(),
    ip: z.string().nullable(),
    created: Timestamp,
  })
  .openapi("AuditLogEntry");

export const AuditQuerySchema = PageQuerySchema.extend({
  action: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/)
    .optional(),
  actor_id: z.string().max(100).optional(),
  target_id: z.string().max(100).optional(),
  "created[gte]": UnixTimeQuery.optional(),
  "created[lte]": UnixTimeQuery.optional(),
});

export const listAuditLog = defineRoute({
  method: "get",
  path: "/v1/audit_log",
  tags: ["Audit log"],
  summary: "List audit log entries of the current mode, newest first",
  access: forMembers("audit_log:read"),
  request: { query: AuditQuerySchema },
  responses: {
    200: { description: "Entries.", content: { "application/json": { schema: listSchema(AuditEntrySchema, "AuditLogList") } } },
  },
});
