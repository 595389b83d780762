import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { idOf } from "../../stripe/expandable";
import { type ChargeRef, chargeRefOf } from "../fees/charge-of";
import { ledgerSplit } from "../fees/org-fee";
import { customerDefaultWhenNone, defaultWhenNone } from "../payment-methods";
import { type EventHandler, objectId, onAccount, type TenantRead } from "../stripe-events/event-handler";
import { MIRROR_EXPAND, mirrorSubscription } from "../subscriptions/subscriptions";
import { closeSessionOfIntent } from "./checkout-sessions";

/**
 * A one-time checkout payment (our metadata on a PaymentIntent we created) goes into the fee ledger
 * once, keyed by the PaymentIntent, with the charge and the application fee Stripe took on it.
 */
async function recordOneTimeFee(tx: TransactionSql, intent: Stripe.PaymentIntent, charge: ChargeRef) {
  if (!intent.metadata.billingos_checkout_session || intent.amount_received <= 0) return;
  const split = await ledgerSplit(tx, intent.amount_received, intent.currency, charge);
  // Paid when Stripe made the charge (the analytics' revenue counts it then).
  const latest = intent.latest_charge;
  const paidAt = latest && typeof latest !== "string" ? new Date(latest.created * 1000) : null;
  await tx`insert into fee_ledger (payment_intent_id, charge_id, application_fee_id, org_id, livemode, currency, gross, fee, net, paid_at)
           values (${intent.id}, ${charge.chargeId}, ${charge.applicationFeeId}, tenant.org_id(), ${intent.livemode}, ${intent.currency},
                   ${split.gross}, ${split.fee}, ${split.net}, ${paidAt})
           on conflict (payment_intent_id) where payment_intent_id is not null do nothing`;
}

/**
 * The subscription a checkout's first payment bought, read for its mirror: the session completes and
 * the subscription turns active in one transaction, whichever of Stripe's events comes first. The
 * card that paid becomes the customer's default when they have none (Stripe sets it on the
 * subscription only).
 */
async function boughtSubscription(stripe: Stripe, event: Stripe.Event, read: TenantRead, intent: Stripe.PaymentIntent) {
  const [session] = await read(
    (tx) => tx<{ stripe_subscription_id: string | null }[]>`
      select stripe_subscription_id from checkout_sessions where stripe_payment_intent_id = ${intent.id}`,
  );
  const id = session?.stripe_subscription_id;
  if (!id) return null;
  const customer = idOf(intent.customer);
  const method = idOf(intent.payment_method);
  if (customer && method) await customerDefaultWhenNone(stripe, onAccount(event), customer, method);
  return stripe.subscriptions.retrieve(id, { expand: MIRROR_EXPAND }, onAccount(event));
}

/** Re-read from Stripe, so a late or repeated delivery applies the current state, never an older one. */
const paymentIntentChanged: EventHandler<{
  intent: Stripe.PaymentIntent;
  charge: ChargeRef | null;
  subscription: Stripe.Subscription | null;
}> = {
  fetch: async (stripe, event, read) => {
    const intent = await stripe.paymentIntents.retrieve(objectId(event), { expand: ["latest_charge"] }, onAccount(event));
    const succeeded = intent.status === "succeeded";
    return {
      intent,
      charge: succeeded ? chargeRefOf(intent) : null,
      subscription: succeeded ? await boughtSubscription(stripe, event, read, intent) : null,
    };
  },
  apply: async (tx, { intent, charge, subscription }, event) => {
    if (intent.status === "succeeded") {
      if (subscription) await mirrorSubscription(tx, subscription, event.type);
      await closeSessionOfIntent(tx, "stripe_payment_intent_id", intent.id, "complete");
      if (charge) await recordOneTimeFee(tx, intent, charge);
    } else if (intent.status === "canceled") await closeSessionOfIntent(tx, "stripe_payment_intent_id", intent.id, "expired");
  },
};

/**
 * The card of a trial checkout arrived: it becomes the subscription's default payment method (if
 * Stripe has not set it already) and the customer's, when they have none, so later checkouts and
 * invoices can use it; the session completes. A card saved outside a checkout (the portal's
 * SetupIntent) becomes the default when the customer has none.
 */
const setupIntentSucceeded: EventHandler<Stripe.SetupIntent> = {
  fetch: async (stripe, event, read) => {
    const setup = await stripe.setupIntents.retrieve(objectId(event), {}, onAccount(event));
    const method = idOf(setup.payment_method);
    const [session] = await read(
      (tx) => tx<{ stripe_subscription_id: string | null }[]>`
        select stripe_subscription_id from checkout_sessions where stripe_setup_intent_id = ${setup.id}`,
    );
    if (setup.status === "succeeded" && method && session?.stripe_subscription_id) {
      const subscription = await stripe.subscriptions.retrieve(session.stripe_subscription_id, {}, onAccount(event));
      if (!subscription.default_payment_method)
        await stripe.subscriptions.update(subscription.id, { default_payment_method: method }, onAccount(event));
      await customerDefaultWhenNone(stripe, onAccount(event), idOf(subscription.customer) as string, method);
    } else if (setup.status === "succeeded" && method && !session) {
      const customer = idOf(setup.customer);
      if (customer) await defaultWhenNone(stripe, onAccount(event), customer, method);
    }
    return setup;
  },
  apply: async (tx, setup) => {
    if (setup.status === "succeeded") await closeSessionOfIntent(tx, "stripe_setup_intent_id", setup.id, "complete");
  },
};

export const CHECKOUT_EVENT_HANDLERS: Partial<Record<Stripe.Event.Type, EventHandler<unknown>>> = {
  "payment_intent.succeeded": paymentIntentChanged as EventHandler<unknown>,
  "payment_intent.payment_failed": paymentIntentChanged as EventHandler<unknown>,
  "payment_intent.canceled": paymentIntentChanged as EventHandler<unknown>,
  "setup_intent.succeeded": setupIntentSucceeded as EventHandler<unknown>,
};
