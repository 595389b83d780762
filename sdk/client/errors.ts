import type { components } from "./openapi";

/** The API's error envelope body (`{ error: { type, code, message, param?, request_id } }`). */
export type ApiErrorBody = components["schemas"]["Error"]["error"];

/** The API answered with its error envelope; `error` is that envelope's body, as sent. */
export class BillingApiError extends Error {
  override readonly name = "BillingApiError";
  constructor(
    readonly status: number,
    readonly error: ApiErrorBody,
  ) {
    super(error.message);
  }
  get code(): string {
    return this.error.code;
  }
  get param(): string | undefined {
    return this.error.param;
  }
}

/** The API could not be reached (offline, DNS, CORS refusal) or did not answer with JSON. */
export class BillingNetworkError extends Error {
  override readonly name = "BillingNetworkError";
  readonly code = "network_error";
}

/** A customer call was made with no signed-in customer (no `fetchSession`, or it resolved null). */
export class BillingSessionError extends Error {
  override readonly name = "BillingSessionError";
  readonly code = "customer_session_required";
}

export type BillingError = BillingApiError | BillingNetworkError | BillingSessionError;

/** An envelope from any JSON body, or undefined when the body is not one. */
export function envelopeOf(body: unknown): ApiErrorBody | undefined {
  const error = (body as { error?: Partial<ApiErrorBody> } | null)?.error;
  return error && typeof error.code === "string" && typeof error.message === "string" ? (error as ApiErrorBody) : undefined;
}

/** Wraps whatever a failed call threw into one of the two typed errors. */
export function toBillingError(thrown: unknown): BillingError {
  if (thrown instanceof BillingApiError || thrown instanceof BillingNetworkError || thrown instanceof BillingSessionError) return thrown;
  return new BillingNetworkError(thrown instanceof Error ? thrown.message : String(thrown));
}
