import type Stripe from "stripe";

/** Stripe's error envelope (the `stripe` package's raw error type) and the HTTP statuses Stripe answers them with. */
export type StripeErrorType = Extract<Stripe.RawErrorType, "api_error" | "card_error" | "idempotency_error" | "invalid_request_error">;

export interface StripeErrorBody extends Pick<Stripe.StripeRawError, "code" | "decline_code" | "param" | "doc_url" | "request_log_url"> {
  type: StripeErrorType;
  message: string;
  payment_intent?: unknown;
  setup_intent?: unknown;
  payment_method?: unknown;
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }

  toJSON(requestId: string) {
    return { error: { ...body(this.body), request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` } };
  }
}

function body(error: StripeErrorBody): StripeErrorBody {
  return error.code ? { doc_url: `https://stripe.com/docs/error-codes/${error.code.replace(/_/g, "-")}`, ...error } : error;
}

export const errors = {
  unknownParam: (param: string) =>
    new StripeApiError(400, {
      type: "invalid_request_error",
      code: "parameter_unknown",
      param,
      message: `Received unknown parameter: ${param}`,
    }),
  missingParam: (param: string) =>
    new StripeApiError(400, {
      type: "invalid_request_error",
      code: "parameter_missing",
      param,
      message: `Missing required param: ${param}.`,
    }),
  invalidParam: (param: string, message: string, code = "parameter_invalid_empty") =>
    new StripeApiError(400, { type: "invalid_request_error", code, param, message }),
  invalidInteger: (param: string, value: string) =>
    new StripeApiError(400, {
      type: "invalid_request_error",
      code: "parameter_invalid_integer",
      param,
      message: `Invalid integer: ${value}`,
    }),
  notFound: (kind: string, id: string, param = "id") =>
    new StripeApiError(404, {
      type: "invalid_request_error",
      code: "resource_missing",
      param,
      message: `No such ${kind}: '${id}'`,
    }),
  badRequest: (message: string, code?: string, param?: string) =>
    new StripeApiError(400, { type: "invalid_request_error", message, ...(code ? { code } : {}), ...(param ? { param } : {}) }),
  unrecognizedUrl: (method: string, path: string) =>
    new StripeApiError(404, {
      type: "invalid_request_error",
      message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    }),
};
