import { z } from "@hono/zod-openapi";

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
      code: z.string().describe("Stable snake_case code."),
      message: z.string(),
      param: z.string().optional().describe("The offending parameter, for 400s."),
      request_id: z.string(),
    }),
  })
  .openapi("Error");

export type ErrorStatus = 400 | 401 | 402 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503;

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

export function errorResponses(statuses: ErrorStatus[]) {
  return Object.fromEntries(
    [...new Set(statuses)]
      .sort()
      .map((status) => [status, { description: DESCRIPTIONS[status], content: { "application/json": { schema: ErrorSchema } } }]),
  );
}
