import type Stripe from "stripe";

export const DAY = 86_400;

/** Advances a test clock and waits until Stripe reports it ready (immediate on the emulator). */
export async function advance(stripe: Stripe, clock: Stripe.TestHelpers.TestClock, to: number, stripeAccount?: string): Promise<void> {
  const request = stripeAccount ? { stripeAccount } : undefined;
  await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: to }, request);
  for (let i = 0; i < 120; i++) {
    const current = await stripe.testHelpers.testClocks.retrieve(clock.id, {}, request);
    if (current.status === "ready") return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error("test clock did not become ready");
}

/** A clock, a customer on it with a default card, and a monthly price (USD). */
export async function billingFixture(stripe: Stripe, options: { card?: string; amount?: number; stripeAccount?: string } = {}) {
  const request = options.stripeAccount ? { stripeAccount: options.stripeAccount } : undefined;
  const start = Math.floor(Date.UTC(2027, 0, 15, 12) / 1000);
  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: start, name: "contract" }, request);
  const customer = await stripe.customers.create({ email: "billing@example.com", test_clock: clock.id }, request);
  let method: Stripe.PaymentMethod | undefined;
  if (options.card !== "none") {
    method = await stripe.paymentMethods.attach(options.card ?? "pm_card_visa", { customer: customer.id }, request);
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: method.id } }, request);
  }
  const product = await stripe.products.create({ name: "Basic" }, request);
  const basic = await stripe.prices.create(
    { product: product.id, currency: "usd", unit_amount: options.amount ?? 1_000, recurring: { interval: "month" } },
    request,
  );
  const proProduct = await stripe.products.create({ name: "Pro" }, request);
  const pro = await stripe.prices.create(
    { product: proProduct.id, currency: "usd", unit_amount: 3_000, recurring: { interval: "month" } },
    request,
  );
  return { clock, customer, method, basic, pro, start };
}

export async function latestInvoice(stripe: Stripe, subscriptionId: string, stripeAccount?: string): Promise<Stripe.Invoice> {
  const subscription = await stripe.subscriptions.retrieve(
    subscriptionId,
    { expand: ["latest_invoice"] },
    stripeAccount ? { stripeAccount } : undefined,
  );
  return subscription.latest_invoice as Stripe.Invoice;
}
