import type Stripe from "stripe";
import type { BillingOrganization } from "./billing-fixtures";

/**
 * A subscription created directly on the connected account (as checkout would), paid with a
 * working card by a customer created through our API, then delivered to our mirror.
 */
export async function subscribe(org: BillingOrganization, stripePrice: string, currency?: string): Promise<Stripe.Subscription> {
  const customer = await org.newCustomer();
  const card = await org.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.stripe_customer_id }, org.on);
  const subscription = await org.stripe.subscriptions.create(
    {
      customer: customer.stripe_customer_id,
      items: [{ price: stripePrice }],
      default_payment_method: card.id,
      ...(currency ? { currency } : {}),
    },
    org.on,
  );
  await org.deliverEvents();
  return subscription;
}

/** The subscription object as GET /v1/subscriptions shows it to the merchant. */
export async function listedSubscription(org: BillingOrganization, id: string): Promise<Record<string, unknown> | undefined> {
  const list = await org.as<{ data: Array<Record<string, unknown>> }>("/v1/subscriptions?limit=100");
  return list.body.data.find((row) => row.id === id);
}

export interface Subscribed {
  customer: { id: string; stripe_customer_id: string };
  price: { id: string; stripe_id: string; product: string };
  subscription: Stripe.Subscription;
  paymentMethod: string;
}

/**
 * A customer paying a monthly price by card: the subscription is made directly on the connected
 * account (as checkout would) and its events delivered, so our mirror has it.
 */
export async function subscribedCustomer(
  org: BillingOrganization,
  options: { unit_amount?: number; price?: Subscribed["price"]; application_fee_percent?: number } = {},
): Promise<Subscribed> {
  const customer = await org.newCustomer();
  const price =
    options.price ?? (await org.newPrice({ currency: "usd", unit_amount: options.unit_amount ?? 2000, recurring: { interval: "month" } }));
  const method = await org.stripe.paymentMethods.attach("pm_card_visa", { customer: customer.stripe_customer_id }, org.on);
  const subscription = await org.stripe.subscriptions.create(
    {
      customer: customer.stripe_customer_id,
      items: [{ price: price.stripe_id }],
      default_payment_method: method.id,
      ...(options.application_fee_percent ? { application_fee_percent: options.application_fee_percent } : {}),
    },
    org.on,
  );
  await org.deliverEvents();
  return { customer, price, subscription, paymentMethod: method.id };
}

/** A customer session token for one customer. */
export async function sessionFor(org: BillingOrganization, customer: string): Promise<string> {
  const response = await org.as<{ token: string }>("/v1/customer_sessions", { body: { customer } });
  if (response.status !== 201 && response.status !== 200) throw new Error(`session: ${response.status}`);
  return response.body.token;
}

/** How many events the connected account has: unchanged means nothing was sent to Stripe. */
export async function stripeEventCount(org: BillingOrganization): Promise<number> {
  let count = 0;
  for await (const _event of org.stripe.events.list({ limit: 100 }, org.on)) count += 1;
  return count;
}

/** An open invoice: a subscription whose first payment failed (the card attaches, then every charge fails). */
export async function openInvoice(org: BillingOrganization) {
  const customer = await org.newCustomer();
  const price = await org.newPrice({ currency: "usd", unit_amount: 1500, recurring: { interval: "month" } });
  const method = await org.stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.stripe_customer_id }, org.on);
  const subscription = await org.stripe.subscriptions.create(
    {
      customer: customer.stripe_customer_id,
      items: [{ price: price.stripe_id }],
      default_payment_method: method.id,
      payment_behavior: "allow_incomplete",
    },
    org.on,
  );
  await org.deliverEvents();
  return { invoice: String(subscription.latest_invoice), customer, subscription, failingMethod: method.id };
}
