import type { TransactionSql } from "postgres";
import type Stripe from "stripe";
import { idOf } from "../../stripe/expandable";
import { invoiceSubscription, mirrorInvoice } from "../invoices";
import { type EventHandler, onAccount } from "../stripe-events/event-handler";
import { MRR_EXPAND } from "../subscriptions/mrr";
import { ENDED_SUBSCRIPTION_STATUSES } from "../subscriptions/subscription-objects";
import { mirrorSubscription } from "../subscriptions/subscriptions";
import { recordDunningNotice } from "./notices";
import { type BillingSettings, getBillingSettings } from "./settings";

interface FailedPayment {
  invoice: Stripe.Invoice;
  subscription: Stripe.Subscription | null;
  settings: BillingSettings;
}

/** Stripe's own retries of a renewal are over when the failure it reports has no next attempt. */
const retriesExhausted = (snapshot: Stripe.Invoice) => snapshot.next_payment_attempt === null;

/**
 * Dunning concerns renewals: a failed first payment is the checkout's to handle, on session, and so
 * is a plan change made now (its decline was answered with a 402 and the change waits, unapplied,
 * for that invoice: the subscription's pending_update).
 */
const isDunning = (invoice: Stripe.Invoice, subscription: Stripe.Subscription) =>
  invoice.billing_reason !== "subscription_create" &&
  !(subscription.pending_update !== null && idOf(subscription.latest_invoice) === invoice.id);

/**
 * `invoice.payment_failed`: mirrors the invoice and its subscription, records one e-mail for this
 * attempt (sent after commit), and when Stripe's retries ran out applies the merchant's
 * `after_failed_retries`: "cancel" cancels a subscription that Stripe's own setting left open
 * (in `fetch`, before the event is claimed, so a failed cancel is retried with the event).
 */
export const invoicePaymentFailed: EventHandler<FailedPayment> = {
  async fetch(stripe, event, read) {
    const options = onAccount(event);
    const snapshot = event.data.object as Stripe.Invoice;
    const invoice = await stripe.invoices.retrieve(snapshot.id as string, {}, options);
    const settings = await read(getBillingSettings);
    const subscriptionId = invoiceSubscription(invoice);
    if (!subscriptionId) return { invoice, subscription: null, settings };
    let subscription = await stripe.subscriptions.retrieve(subscriptionId, { expand: ["latest_invoice", ...MRR_EXPAND] }, options);
    const mustCancel =
      isDunning(invoice, subscription) &&
      retriesExhausted(snapshot) &&
      settings.after_failed_retries === "cancel" &&
      invoice.status === "open" &&
      !ENDED_SUBSCRIPTION_STATUSES.includes(subscription.status);
    if (mustCancel) {
      subscription = await stripe.subscriptions.cancel(
        subscription.id,
        { expand: [...MRR_EXPAND] },
        { ...options, idempotencyKey: `billingos-dunning-cancel-${invoice.id}` },
      );
    }
    return { invoice, subscription, settings };
  },
  async apply(tx, { invoice, subscription, settings }, event) {
    await mirrorInvoice(tx, invoice, event.type);
    if (subscription) await mirrorSubscription(tx, subscription, event.type);
    if (!subscription || !isDunning(invoice, subscription)) return;
    const snapshot = event.data.object as Stripe.Invoice;
    const recipient = invoice.customer_email ?? (await customerEmail(tx, subscription));
    const updateUrl = settings.update_payment_url ?? invoice.hosted_invoice_url;
    if (!recipient || !updateUrl || snapshot.attempt_count < 1) return;
    await recordDunningNotice(tx, {
      invoiceId: invoice.id as string,
      attempt: snapshot.attempt_count,
      subscriptionId: subscription.id,
      recipient,
      amountDue: snapshot.amount_due,
      currency: snapshot.currency,
      updateUrl,
      willRetry: !retriesExhausted(snapshot),
    });
  },
};

async function customerEmail(tx: TransactionSql, subscription: Stripe.Subscription): Promise<string | null> {
  const stripeCustomer = idOf(subscription.customer);
  const [row] = await tx<{ email: string | null }[]>`
    select email from customers where stripe_customer_id = ${stripeCustomer} and deleted_at is null limit 1`;
  return row?.email ?? null;
}
