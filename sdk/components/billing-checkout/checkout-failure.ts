import { BillingApiError, BillingSessionError } from "../../client/errors";
import type { CheckoutMessages } from "./billing-checkout.messages";

/** Why checkout could not go on, in words for the customer, and whether trying again can help. */
export interface Failure {
  code: string;
  message: string;
  retry: boolean;
}

/** The API's error (its envelope, typed by the client) or a lost connection, as a customer should read it. */
export function describeFailure(error: unknown, text: CheckoutMessages, locale: string): Failure {
  if (error instanceof BillingSessionError) return { code: error.code, message: text.signIn, retry: false };
  if (!(error instanceof BillingApiError)) return { code: "network_error", message: text.network, retry: true };
  const { code, status } = error;
  if (code === "already_subscribed") return { code, message: text.alreadySubscribed, retry: false };
  if (code === "account_not_ready" || code === "stripe_account_missing") return { code, message: text.notReady, retry: false };
  // The API words promotion-code refusals for customers ("The promotion code 'X' has expired."), in English.
  if (code === "promotion_code_invalid")
    return { code, message: locale.toLowerCase().startsWith("en") ? error.message : text.promotionInvalid, retry: false };
  if (status === 401) return { code, message: text.signIn, retry: false };
  return { code, message: text.failed(code), retry: status >= 500 || status === 429 || status === 409 };
}
