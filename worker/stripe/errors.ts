import Stripe from "stripe";
import { stripeCode } from "../shared/error-codes";
import { type ApiError, InvalidRequestError, ServiceUnavailableError } from "../shared/errors";
import { StripeNotConfiguredError } from "./client";

/**
 * Stripe failures in our envelope. Outages (connection, 5xx, rate limit — after the SDK's own
 * retries with the same idempotency key) are a 503 to retry; a request Stripe refused is a 400
 * naming Stripe's `param`; anything else is left to the generic 500.
 */
export function fromStripeError(error: unknown): ApiError | undefined {
  if (error instanceof StripeNotConfiguredError) return new ServiceUnavailableError(error.message, 60);
  if (!(error instanceof Stripe.errors.StripeError)) return undefined;
  if (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    (error.statusCode ?? 500) >= 500
  ) {
    return new ServiceUnavailableError("Stripe is not answering right now; retry shortly with the same Idempotency-Key.", 10);
  }
  if (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeCardError) {
    return new InvalidRequestError(stripeCode(error.code, "stripe_error"), `Stripe: ${error.message}`, error.param);
  }
  return undefined;
}
