import type { ErrorCode, ErrorStatus } from "./error-codes";

/** Error types, as in Stripe's envelope, so clients that know Stripe know ours. */
export type ErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "permission_error"
  | "idempotency_error"
  | "rate_limit_error"
  | "card_error"
  | "api_error";

export interface ErrorBody {
  error: {
    type: ErrorType;
    code: ErrorCode;
    message: string;
    param?: string;
    request_id: string;
  };
}

/**
 * A domain error: a stable snake_case code from the closed lists of `error-codes.ts`, an HTTP status
 * and a message a developer can act on.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly type: ErrorType,
    readonly code: ErrorCode,
    message: string,
    readonly param?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  body(requestId: string): ErrorBody {
    const error: ErrorBody["error"] = { type: this.type, code: this.code, message: this.message, request_id: requestId };
    if (this.param !== undefined) error.param = this.param;
    return { error };
  }
}

export class InvalidRequestError extends ApiError {
  constructor(code: ErrorCode, message: string, param?: string) {
    super(400, "invalid_request_error", code, message, param);
  }
}

/** A declined payment (Stripe's card_error): the caller should try another payment method. */
export class PaymentDeclinedError extends ApiError {
  constructor(code: ErrorCode, message: string, param?: string) {
    super(402, "card_error", code, message, param);
  }
}

export class NotFoundError extends ApiError {
  constructor(message = "No such resource.", code: ErrorCode = "resource_missing", param?: string) {
    super(404, "invalid_request_error", code, message, param);
  }
}

export class MethodNotAllowedError extends ApiError {
  constructor(method: string, allowed: string[]) {
    super(405, "invalid_request_error", "method_not_allowed", `${method} is not allowed here; use ${allowed.join(", ")}.`, undefined, {
      Allow: allowed.join(", "),
    });
  }
}

export class PayloadTooLargeError extends ApiError {
  constructor(maxBytes: number) {
    super(413, "invalid_request_error", "payload_too_large", `Request bodies are limited to ${maxBytes} bytes.`);
  }
}

export class UnsupportedMediaTypeError extends ApiError {
  constructor(contentType: string | undefined) {
    super(
      415,
      "invalid_request_error",
      "unsupported_media_type",
      `Send the request body as JSON with Content-Type: application/json (got ${contentType?.split(";")[0]?.trim() || "none"}).`,
      "Content-Type",
    );
  }
}

export class ServiceUnavailableError extends ApiError {
  constructor(message: string, retryAfterSeconds = 5) {
    super(503, "api_error", "service_unavailable", message, undefined, { "Retry-After": String(retryAfterSeconds) });
  }
}

export class InternalError extends ApiError {
  constructor() {
    super(500, "api_error", "internal_error", "Something went wrong on our side. Retry later or quote the request id to support.");
  }
}
