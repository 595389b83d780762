import type Stripe from "stripe";

/**
 * The Stripe events BillingOS acts on, and so the events its Connect webhook endpoint subscribes
 * to: `npm start` registers exactly these with the emulator, and a production endpoint should too
 * (README, Deploying). Anything else would only be delivered to be ignored. A worker test keeps
 * this list equal to the handlers' table.
 */
export const SUBSCRIBED_STRIPE_EVENTS = [
  "account.updated",
  "charge.refund.updated",
  "charge.refunded",
  "customer.deleted",
  "customer.subscription.created",
  "customer.subscription.deleted",
  "customer.subscription.paused",
  "customer.subscription.pending_update_applied",
  "customer.subscription.pending_update_expired",
  "customer.subscription.resumed",
  "customer.subscription.trial_will_end",
  "customer.subscription.updated",
  "customer.updated",
  "invoice.created",
  "invoice.finalized",
  "invoice.marked_uncollectible",
  "invoice.paid",
  "invoice.payment_action_required",
  "invoice.payment_failed",
  "invoice.voided",
  "payment_intent.canceled",
  "payment_intent.payment_failed",
  "payment_intent.succeeded",
  "payment_method.attached",
  "payment_method.detached",
  "setup_intent.succeeded",
  "subscription_schedule.updated",
  "test_helpers.test_clock.created",
  "test_helpers.test_clock.ready",
] as const satisfies readonly Stripe.Event.Type[];
