import { z } from "@hono/zod-openapi";
import { DEFAULT_LIMIT, MAX_LIMIT } from "../db/paginate";

/** Seconds since the epoch, as Stripe writes `created`. */
export const Timestamp = z.number().int().describe("Unix time in seconds.");
export const toTimestamp = (date: Date | string | null) => (date === null ? null : Math.floor(new Date(date).getTime() / 1000));

/** `?limit=&starting_after=&ending_before=`; limit is clamped to 1…100. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .optional()
    .transform((value) => (value === undefined ? DEFAULT_LIMIT : Math.min(Math.max(value, 1), MAX_LIMIT)))
    .openapi({ description: `1 to ${MAX_LIMIT}, default ${DEFAULT_LIMIT}; out-of-range values are clamped.`, example: DEFAULT_LIMIT }),
  starting_after: z.string().max(100).optional(),
  ending_before: z.string().max(100).optional(),
});

export function listSchema<T extends z.ZodTypeAny>(item: T, name: string) {
  return z.object({ object: z.literal("list"), data: z.array(item), has_more: z.boolean(), url: z.string() }).openapi(name);
}

/** Plain text fields: no control characters (stored and returned as data, never as markup). */
export const PlainText = (max: number) =>
  z
    .string()
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), "must not contain control characters");

export const Email = z.string().max(320).email().openapi({ example: "jenny@example.com" });
export const UserId = z.string().uuid();

/** Stripe's metadata rules: at most 50 keys, keys up to 40 characters, values up to 500. */
export const Metadata = z
  .record(z.string().min(1).max(40), z.string().max(500))
  .refine((value) => Object.keys(value).length <= 50, "at most 50 keys")
  .openapi({ example: { crm_id: "6735" } });

/** A required JSON request body with `schema`, for route definitions. */
export const jsonBody = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });

/** The `{id}` path parameter of a resource route. */
export const IdParam = z.object({
  id: z
    .string()
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});
