/** `billing-checkout-complete`: the customer paid, saved a card for a trial, or started a plan that needs no card. */
export interface CheckoutCompleteDetail {
  /** The checkout session (`cs_…`). */
  checkoutSession: string;
  /** The Stripe subscription (recurring prices). */
  subscription: string | null;
  /** The Stripe PaymentIntent that was paid, when there was one (one-time prices, first invoices). */
  paymentIntent: string | null;
  price: string;
  quantity: number;
}

/** `billing-checkout-error`: checkout could not start or a payment failed; the element shows `message`. */
export interface CheckoutErrorDetail {
  /** The API's error code, Stripe's decline code, or `network_error`. */
  code: string;
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    "billing-checkout-complete": CustomEvent<CheckoutCompleteDetail>;
    "billing-checkout-error": CustomEvent<CheckoutErrorDetail>;
  }
}
