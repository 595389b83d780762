import { z } from "@hono/zod-openapi";
import { type ErrorCode, type ErrorStatus, statusesOf } from "./error-codes";

export const ErrorSchema = z
  .object({
    error: z.object({
      type: z.enum([
        "invalid_request_error",
        "authentication_error",
        "permission_error",
        "idempotency_error",
        "rate_limit_error",
        "card_error",
        "api_error",
      ]),
      code: z.string().describe("Stable snake_case code; each operation lists the codes it can return."),
      message: z.string(),
      param: z.string().optional().describe("The offending parameter, for 400s."),
      request_id: z.string(),
    }),
  })
  .openapi("Error");

const DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: "Invalid request: `param` names the offending parameter.",
  401: "Missing or invalid credentials.",
  402: "The payment was declined: `code` and `message` say why (try another payment method).",
  403: "The credentials are valid but may not do this.",
  404: "No such object for these credentials (another organisation's or mode's objects are also 404).",
  405: "Method not allowed.",
  409: "Conflict with the current state, or an Idempotency-Key reused with another body.",
  413: "Request body over 1 MB.",
  415: "The request body is not sent as JSON (`Content-Type: application/json`).",
  429: "Too many requests.",
  500: "Unexpected error; quote the request id.",
  503: "A dependency is unavailable; retry after Retry-After seconds.",
};

/** The codes each operation declared, by `METHOD /path` (OpenAPI path syntax), for `undeclaredError`. */
export const declaredErrors = new Map<string, ReadonlySet<ErrorCode>>();

/**
 * The error responses of an operation that may return `codes`, one per status, each the `Error`
 * envelope with `code` narrowed to an enum of that status's codes (generated clients get a union).
 * Records the declaration for the check in tests.
 */
export function errorResponses(method: string, path: string, codes: readonly ErrorCode[]) {
  const declared = new Set(codes);
  declaredErrors.set(`${method.toUpperCase()} ${path}`, declared);
  const byStatus = new Map<ErrorStatus, ErrorCode[]>();
  for (const code of [...declared].sort()) {
    for (const status of statusesOf(code)) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, statusCodes]) => [
        status,
        { description: DESCRIPTIONS[status], content: { "application/json": { schema: errorSchemaOf(statusCodes) } } },
      ]),
  );
}

/** `Error` with its `code` restricted to `codes` (an allOf, so the shared envelope stays one component). */
function errorSchemaOf(codes: ErrorCode[]) {
  return ErrorSchema.and(z.object({ error: z.object({ code: z.enum(codes as [ErrorCode, ...ErrorCode[]]) }) }));
}
