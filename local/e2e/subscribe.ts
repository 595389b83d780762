import assert from "node:assert/strict";
import { createCustomerSession } from "../../sdk/server/customer-sessions";
import { requestJson } from "./admin-browser";
import type { BootedStack } from "./stack";

/**
 * Pays `price` for `customer` as a customer would: a checkout session through a customer session,
 * its PaymentIntent confirmed with a test card on the Stripe emulator. The webhooks that follow
 * (the subscription made active, the invoice paid) land a moment later.
 */
export async function payWithCard(stack: BootedStack, secretKey: string, customer: string, price: string): Promise<void> {
  const session = await createCustomerSession({ secretKey, customer, apiBase: stack.api });
  const checkout = await requestJson<{ intent: { client_secret: string }; stripe: { publishable_key: string; account: string } }>(
    stack.api,
    "/v1/checkout_sessions",
    { Authorization: `Bearer ${session.token}` },
    { price },
  );
  const intent = checkout.intent.client_secret.split("_secret_")[0];
  const confirmed = await fetch(`http://127.0.0.1:${stack.ports.stripe}/v1/payment_intents/${intent}/confirm`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${checkout.stripe.publishable_key}`,
      "Stripe-Account": checkout.stripe.account,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ client_secret: checkout.intent.client_secret, payment_method: "pm_card_visa" }),
  });
  assert.ok(confirmed.ok, await confirmed.text());
}

/** Subscribes `customer` to `price` with `payWithCard`; resolves the subscription's id once the webhook made it active. */
export async function subscribeWithCard(stack: BootedStack, secretKey: string, customer: string, price: string): Promise<string> {
  await payWithCard(stack, secretKey, customer, price);
  for (let attempt = 0; attempt < 150; attempt++) {
    const list = await requestJson<{ data: Array<{ id: string; status: string }> }>(stack.api, `/v1/subscriptions?customer=${customer}`, {
      Authorization: `Bearer ${secretKey}`,
    });
    const active = list.data.find((subscription) => subscription.status === "active");
    if (active) return active.id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail("the subscription never became active");
}
