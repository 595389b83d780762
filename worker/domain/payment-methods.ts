import type Stripe from "stripe";
import type { PageQuery } from "../db/paginate";
import { NotFoundError } from "../shared/errors";
import { idOf } from "../stripe/expandable";
import { recordAudit } from "./audit";
import { type BillingContext, billedCustomer } from "./billing-context";
import { ensureStripeCustomer } from "./customers";

/** Statuses whose default payment method pays the next invoice. */
const BILLED_STATUSES = new Set(["active", "trialing", "past_due", "unpaid", "paused", "incomplete"]);

/** The only card details BillingOS ever returns: enough to recognise a card, nothing to use it. */
export function cardSummary(method: Stripe.PaymentMethod, defaultId: string | null) {
  return {
    id: method.id,
    object: "payment_method" as const,
    brand: method.card?.brand ?? null,
    last4: method.card?.last4 ?? null,
    exp_month: method.card?.exp_month ?? null,
    exp_year: method.card?.exp_year ?? null,
    default: method.id === defaultId,
  };
}

/** The customer's Stripe mirror; a customer never mirrored has no cards (404 where one is named). */
async function stripeCustomerOf(billing: BillingContext, customer: string): Promise<string> {
  const row = await billing.inTenant((tx) => billedCustomer(tx, billing, customer));
  if (!row.stripe_customer_id) throw new NotFoundError(`Customer '${customer}' has no payment methods.`, "resource_missing", "id");
  return row.stripe_customer_id;
}

/**
 * A payment method of this customer on Stripe; any other id (another customer's, unknown,
 * malformed) is answered as missing, before anything is changed.
 */
export async function ownedPaymentMethod(billing: BillingContext, stripeCustomer: string, id: string, param: string) {
  const missing = new NotFoundError(`No such payment method: '${id}'.`, "resource_missing", param);
  if (!/^pm_[A-Za-z0-9_]+$/.test(id)) throw missing;
  const method = await billing.stripe.paymentMethods.retrieve(id, {}, billing.on).catch((error: { statusCode?: number }) => {
    if (error.statusCode === 404) throw missing;
    throw error;
  });
  if (idOf(method.customer) !== stripeCustomer) throw missing;
  return method;
}

async function defaultOf(billing: { stripe: Stripe; on: Stripe.RequestOptions }, stripeCustomer: string): Promise<string | null> {
  const customer = await billing.stripe.customers.retrieve(stripeCustomer, {}, billing.on);
  return customer.deleted ? null : idOf(customer.invoice_settings.default_payment_method);
}

export async function listPaymentMethods(billing: BillingContext, customer: string, query: PageQuery) {
  const row = await billing.inTenant((tx) => billedCustomer(tx, billing, customer));
  const url = `/v1/customers/${customer}/payment_methods`;
  if (!row.stripe_customer_id) return { object: "list" as const, data: [], has_more: false, url };
  const stripeCustomer = row.stripe_customer_id;
  const [page, defaultId] = await Promise.all([
    billing.stripe.customers.listPaymentMethods(
      stripeCustomer,
      {
        type: "card",
        ...(query.limit ? { limit: query.limit } : {}),
        ...(query.starting_after ? { starting_after: query.starting_after } : {}),
        ...(query.ending_before ? { ending_before: query.ending_before } : {}),
      },
      billing.on,
    ),
    defaultOf(billing, stripeCustomer),
  ]);
  return {
    object: "list" as const,
    data: page.data.map((method) => cardSummary(method, defaultId)),
    has_more: page.has_more,
    url,
  };
}

/** A SetupIntent for Stripe.js to add a card for later (off-session) payments; mirrors the customer to Stripe first if needed. */
export async function createSetupIntent(billing: BillingContext, customer: string) {
  const row = await billing.inTenant((tx) => billedCustomer(tx, billing, customer));
  const stripeCustomer = (await ensureStripeCustomer(billing.sql, billing.stripe, billing.context, row)).stripe_customer_id as string;
  const intent = await billing.stripe.setupIntents.create({ customer: stripeCustomer, usage: "off_session" }, billing.on);
  return { object: "setup_intent" as const, client_secret: intent.client_secret as string, account: billing.on.stripeAccount };
}

/**
 * Makes a card (already the customer's) their default and that of every subscription it still pays
 * for. Resolves whether anything changed.
 */
export async function makeDefault(stripe: Stripe, on: Stripe.RequestOptions, stripeCustomer: string, id: string): Promise<boolean> {
  let changed = false;
  if ((await defaultOf({ stripe, on }, stripeCustomer)) !== id) {
    await stripe.customers.update(stripeCustomer, { invoice_settings: { default_payment_method: id } }, on);
    changed = true;
  }
  for await (const subscription of stripe.subscriptions.list({ customer: stripeCustomer, status: "all", limit: 100 }, on)) {
    if (!BILLED_STATUSES.has(subscription.status) || idOf(subscription.default_payment_method) === id) continue;
    await stripe.subscriptions.update(subscription.id, { default_payment_method: id }, on);
    changed = true;
  }
  return changed;
}

/** Makes a card the customer's default, and the default of every subscription it still pays for. */
export async function setDefaultPaymentMethod(billing: BillingContext, customer: string, id: string) {
  const stripeCustomer = await stripeCustomerOf(billing, customer);
  const method = await ownedPaymentMethod(billing, stripeCustomer, id, "payment_method");
  await makeDefault(billing.stripe, billing.on, stripeCustomer, id);
  await billing.inTenant((tx) =>
    recordAudit(tx, billing.context, {
      action: "payment_method.default_set",
      target: { type: "customer", id: customer },
      after: { payment_method: id },
    }),
  );
  return cardSummary(method, id);
}

/** Makes `method` the customer's default unless they have one: the card a checkout took shows as theirs in the portal. */
export async function customerDefaultWhenNone(stripe: Stripe, on: Stripe.RequestOptions, stripeCustomer: string, method: string) {
  if ((await defaultOf({ stripe, on }, stripeCustomer)) === null)
    await stripe.customers.update(stripeCustomer, { invoice_settings: { default_payment_method: method } }, on);
}

/**
 * A card saved while nothing pays (say, a trial started without a card, then a card added in the
 * portal) becomes the customer's default and that of each subscription it still bills, as Stripe
 * would not do by itself: without it the renewal after the trial finds no card. A customer that
 * already has a default (its own, or one a billed subscription pays with) keeps it.
 */
export async function defaultWhenNone(stripe: Stripe, on: Stripe.RequestOptions, stripeCustomer: string, method: string) {
  const customer = await stripe.customers.retrieve(stripeCustomer, {}, on);
  if (customer.deleted || customer.invoice_settings.default_payment_method) return;
  const billed: Stripe.Subscription[] = [];
  for await (const subscription of stripe.subscriptions.list({ customer: stripeCustomer, status: "all", limit: 100 }, on)) {
    if (!BILLED_STATUSES.has(subscription.status)) continue;
    if (subscription.default_payment_method) return;
    billed.push(subscription);
  }
  await stripe.customers.update(stripeCustomer, { invoice_settings: { default_payment_method: method } }, on);
  for (const subscription of billed) await stripe.subscriptions.update(subscription.id, { default_payment_method: method }, on);
}

export async function removePaymentMethod(billing: BillingContext, customer: string, id: string) {
  const stripeCustomer = await stripeCustomerOf(billing, customer);
  await ownedPaymentMethod(billing, stripeCustomer, id, "payment_method");
  await billing.stripe.paymentMethods.detach(id, {}, billing.on);
  await billing.inTenant((tx) =>
    recordAudit(tx, billing.context, {
      action: "payment_method.removed",
      target: { type: "customer", id: customer },
      after: { payment_method: id },
    }),
  );
  return { id, object: "payment_method" as const, deleted: true as const };
}
