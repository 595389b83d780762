import Stripe from "stripe";
import { ENDED_SUBSCRIPTION_STATUSES } from "../subscriptions/subscription-objects";
import type { CheckoutSessionRow, CheckoutStatus, IntentKind } from "./checkout-sessions";

type On = { stripeAccount: string };

/** What a checkout's subscription must be read (or created) with for `subscriptionView`. */
export const SUBSCRIPTION_EXPAND = ["latest_invoice.confirmation_secret", "pending_setup_intent"];

/** A subscription is bought once it is active, or trialing with its card collected (or none needed). */
function subscriptionStatus(subscription: Stripe.Subscription): CheckoutStatus {
  if (subscription.status === "active" || subscription.status === "past_due") return "complete";
  if (subscription.status === "trialing") return subscription.pending_setup_intent ? "open" : "complete";
  if (ENDED_SUBSCRIPTION_STATUSES.includes(subscription.status)) return "expired";
  return "open";
}

/** Stripe's client secrets start with the intent's id (`pi_…_secret_…`). */
const intentIdOf = (clientSecret: string) => clientSecret.split("_secret_")[0] as string;

/**
 * What a subscription (expanded with SUBSCRIPTION_EXPAND) means for its checkout: the customer
 * confirms the open first invoice's PaymentIntent, else the pending SetupIntent of a trial that
 * requires a card, else nothing.
 */
export function subscriptionView(subscription: Stripe.Subscription) {
  const invoice = subscription.latest_invoice as Stripe.Invoice | null;
  const setup = subscription.pending_setup_intent as Stripe.SetupIntent | null;
  const paymentSecret = invoice?.status === "open" ? (invoice.confirmation_secret?.client_secret ?? null) : null;
  const kind: IntentKind = paymentSecret ? "payment_intent" : setup ? "setup_intent" : "none";
  return {
    status: subscriptionStatus(subscription),
    kind,
    clientSecret: paymentSecret ?? setup?.client_secret ?? null,
    paymentIntentId: paymentSecret ? intentIdOf(paymentSecret) : null,
    setupIntentId: setup?.id ?? null,
  };
}

interface StripeView {
  status: CheckoutStatus;
  clientSecret: string | null;
  /** The session's subscription as read, if it has one (for cancelStripeObjects). */
  subscription: Stripe.Subscription | null;
}

function intentStatus(intent: Stripe.PaymentIntent): CheckoutStatus {
  if (intent.status === "succeeded") return "complete";
  return intent.status === "canceled" ? "expired" : "open";
}

/** What Stripe says about the session now (its status and the secret the browser confirms with). */
export async function stripeView(stripe: Stripe, on: On, row: CheckoutSessionRow): Promise<StripeView> {
  if (row.stripe_subscription_id) {
    const subscription = await stripe.subscriptions.retrieve(row.stripe_subscription_id, { expand: SUBSCRIPTION_EXPAND }, on);
    const { status, clientSecret } = subscriptionView(subscription);
    return { status, clientSecret, subscription };
  }
  if (row.stripe_payment_intent_id) {
    const intent = await stripe.paymentIntents.retrieve(row.stripe_payment_intent_id, {}, on);
    return { status: intentStatus(intent), clientSecret: intent.client_secret, subscription: null };
  }
  return { status: row.status, clientSecret: null, subscription: null };
}

const alreadyFinal = (error: unknown) => error instanceof Stripe.errors.StripeInvalidRequestError;

/**
 * Leaves nothing of an abandoned (open) checkout active: voids the unpaid first invoice (which
 * cancels its PaymentIntent) or cancels the pending SetupIntent, then cancels the incomplete
 * subscription or the trial still waiting for its required card; or cancels the one-time
 * PaymentIntent. `subscription` is the one stripeView just read. Objects that moved on meanwhile
 * are refused by Stripe and left as they are; a customer who paid (or gave the card) between that
 * read and the void keeps the subscription. The caller then reads Stripe's view again to decide
 * between expired and complete.
 */
export async function cancelStripeObjects(
  stripe: Stripe,
  on: On,
  row: CheckoutSessionRow,
  subscription: Stripe.Subscription | null,
): Promise<void> {
  const attempt = (call: () => Promise<unknown>) =>
    call().then(
      () => true,
      (error) => (alreadyFinal(error) ? false : Promise.reject(error)),
    );
  if (subscription) {
    const invoice = subscription.latest_invoice as Stripe.Invoice | null;
    if (invoice?.status === "open" && !(await attempt(() => stripe.invoices.voidInvoice(invoice.id as string, {}, on)))) {
      if ((await stripe.invoices.retrieve(invoice.id as string, {}, on)).status === "paid") return;
    }
    const setupIntent = row.stripe_setup_intent_id;
    if (setupIntent && !(await attempt(() => stripe.setupIntents.cancel(setupIntent, {}, on)))) {
      if ((await stripe.setupIntents.retrieve(setupIntent, {}, on)).status === "succeeded") return;
    }
    await attempt(() => stripe.subscriptions.cancel(subscription.id, {}, on));
    return;
  }
  if (row.stripe_payment_intent_id) await attempt(() => stripe.paymentIntents.cancel(row.stripe_payment_intent_id as string, {}, on));
}
