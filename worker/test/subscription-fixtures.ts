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
