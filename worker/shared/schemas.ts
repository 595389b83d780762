import { z } from "@hono/zod-openapi";

/** A list page's size when the request names none, and the largest it may ask for. */
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/** Seconds since the epoch, as Stripe writes `created`. */
export const Timestamp = z.number().int().describe("Unix time in seconds.");
/** The latest time the API accepts, the end of year 9999: later ones are beyond what Postgres and Stripe store as dates. */
export const MAX_UNIX_TIME = 253_402_300_799;
const unixTimeRange = `must be a Unix time in seconds, at most ${MAX_UNIX_TIME} (the end of year 9999).`;
/** A time the client sends, in Unix seconds; bounded so the database never sees a date it cannot hold. */
export const UnixTime = z.number().int().min(0, unixTimeRange).max(MAX_UNIX_TIME, unixTimeRange).describe("Unix time in seconds.");
/** The same as a query parameter (`created[gte]=…`). */
export const UnixTimeQuery = z.coerce.number().int().min(0, unixTimeRange).max(MAX_UNIX_TIME, unixTimeRange);
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

export const MAX_METADATA_KEYS = 50;
/**
 * Stripe's metadata rules: at most 50 keys (also after merging into what is stored), keys up to 40
 * characters, values up to 500; an empty value unsets its key.
 */
export const Metadata = z
  .record(z.string().min(1).max(40), z.string().max(500))
  .refine((value) => Object.keys(value).length <= MAX_METADATA_KEYS, `at most ${MAX_METADATA_KEYS} keys`)
  .openapi({ example: { crm_id: "6735" } });

/** A required JSON request body with `schema`, for route definitions. */
export const jsonBody = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });

/** A JSON response of a route: its description and schema. */
export const jsonResponse = <T extends z.ZodTypeAny>(description: string, schema: T) => ({
  description,
  content: { "application/json": { schema } },
});

/** The `{id}` path parameter of a resource route. */
export const IdParam = z.object({
  id: z
    .string()
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});
