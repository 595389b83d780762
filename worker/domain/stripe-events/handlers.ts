import type Stripe from "stripe";
import { idOf } from "../../stripe/expandable";
import { CHECKOUT_EVENT_HANDLERS } from "../checkout/checkout-events";
import { mirrorAccount } from "../connect";
import { invoicePaymentFailed } from "../dunning/payment-failed";
import { invoiceWithCharge } from "../fees/charge-of";
import { returnExcessFee } from "../fees/fee-collection";
import { orgFee } from "../fees/org-fee";
import { invoiceFee, invoiceSubscription, mirrorInvoice } from "../invoices";
import { MIRROR_EXPAND, mirrorSubscription } from "../subscriptions/subscriptions";
import { addOverageItems, overageLines } from "../usage/overage";
import { type EventHandler, objectId, onAccount } from "./event-handler";
import { LIFECYCLE_HANDLERS } from "./lifecycle-handlers";
import { testClockChanged } from "./test-clock-events";

const accountUpdated: EventHandler<Stripe.Account> = {
  fetch: (stripe, event) => stripe.accounts.retrieve(objectId(event)),
  apply: async (tx, account) => {
    await mirrorAccount(tx, account);
  },
};

const subscriptionChanged: EventHandler<Stripe.Subscription> = {
  fetch: (stripe, event) => stripe.subscriptions.retrieve(objectId(event), { expand: MIRROR_EXPAND }, onAccount(event)),
  apply: (tx, subscription, event) => mirrorSubscription(tx, subscription, event.type),
};

/** A schedule's phases changed (here or in Stripe's dashboard): re-read its subscription, whose scheduled change they are. */
const scheduleUpdated: EventHandler<Stripe.Subscription | null> = {
  fetch: async (stripe, event) => {
    const id = idOf((event.data.object as Stripe.SubscriptionSchedule).subscription);
    return id ? stripe.subscriptions.retrieve(id, { expand: MIRROR_EXPAND }, onAccount(event)) : null;
  },
  apply: async (tx, subscription, event) => {
    if (subscription) await mirrorSubscription(tx, subscription, event.type);
  },
};

/**
 * A paid invoice whose fee came from a percentage rounded up (fee-collection.ts) gets the excess back
 * before the ledger records it, so the ledger, Stripe and the fee rule agree on the exact fee.
 */
const invoiceChanged: EventHandler<Awaited<ReturnType<typeof invoiceWithCharge>>> = {
  fetch: async (stripe, event, read) => {
    const { invoice, charge } = await invoiceWithCharge(stripe, objectId(event), onAccount(event));
    if (!charge?.applicationFeeId) return { invoice, charge };
    const exact = await read((tx) => orgFee(tx, invoice.amount_paid, invoice.currency));
    return { invoice, charge: { ...charge, applicationFeeAmount: await returnExcessFee(stripe, charge.applicationFeeId, exact.fee) } };
  },
  apply: (tx, { invoice, charge }, event) => mirrorInvoice(tx, invoice, event.type, charge),
};

/**
 * A new subscription invoice is a draft for an hour: add the ended period's overage to it, then set
 * BillingOS's fee on the whole, so the fixed part applies per invoice (application_fee_percent
 * could not express it).
 */
const invoiceCreated: EventHandler<Stripe.Invoice> = {
  fetch: async (stripe, event, read) => {
    let invoice = await stripe.invoices.retrieve(objectId(event), {}, onAccount(event));
    if (invoice.status !== "draft" || !invoiceSubscription(invoice) || !event.account) return invoice;
    // Usage above the quota of the period that just ended, before the fee, so the fee covers it.
    const overage = await read((tx) => overageLines(tx, invoice));
    if (overage.length) {
      await addOverageItems(stripe, invoice, overage, onAccount(event));
      invoice = await stripe.invoices.retrieve(invoice.id as string, {}, onAccount(event));
    }
    if (invoice.amount_due === 0) return invoice;
    const fee = await read((tx) => invoiceFee(tx, invoice));
    return stripe.invoices.update(invoice.id as string, { application_fee_amount: fee }, onAccount(event));
  },
  apply: (tx, invoice, event) => mirrorInvoice(tx, invoice, event.type),
};

const SUBSCRIPTION_EVENTS = [
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "customer.subscription.paused",
  "customer.subscription.resumed",
  "customer.subscription.trial_will_end",
  "customer.subscription.pending_update_applied",
  "customer.subscription.pending_update_expired",
] as const;
const INVOICE_EVENTS = [
  "invoice.finalized",
  "invoice.paid",
  "invoice.payment_action_required",
  "invoice.marked_uncollectible",
  "invoice.voided",
] as const;

export const EVENT_HANDLERS: Partial<Record<Stripe.Event.Type, EventHandler<unknown>>> = {
  "account.updated": accountUpdated as EventHandler<unknown>,
  "invoice.created": invoiceCreated as EventHandler<unknown>,
  "invoice.payment_failed": invoicePaymentFailed as EventHandler<unknown>,
  "subscription_schedule.updated": scheduleUpdated as EventHandler<unknown>,
  ...Object.fromEntries(SUBSCRIPTION_EVENTS.map((type) => [type, subscriptionChanged])),
  ...Object.fromEntries(INVOICE_EVENTS.map((type) => [type, invoiceChanged])),
  ...CHECKOUT_EVENT_HANDLERS,
  ...LIFECYCLE_HANDLERS,
  "test_helpers.test_clock.created": testClockChanged as EventHandler<unknown>,
  "test_helpers.test_clock.ready": testClockChanged as EventHandler<unknown>,
};
