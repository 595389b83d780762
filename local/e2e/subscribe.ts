import assert from "node:assert/strict";
import { createCustomerSession } from "../../sdk/server/customer-sessions";
import type { BootedStack } from "./stack";

/**
 * Subscribes `customer` to `price` as a customer would: a checkout session through a customer
 * session, paid with a test card on the Stripe emulator; resolves the subscription's id once the
 * webhook made it active.
 */
export async function subscribeWithCard(stack: BootedStack, secretKey: string, customer: string, price: string): Promise<string> {
  const call = async <T>(path: string, authorization: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${stack.api}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { Authorization: `Bearer ${authorization}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as T;
    assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const session = await createCustomerSession({ secretKey, customer, apiBase: stack.api });
  const checkout = await call<{ intent: { client_secret: string }; stripe: { publishable_key: string; account: string } }>(
    "/v1/checkout_sessions",
    session.token,
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
  for (let attempt = 0; attempt < 150; attempt++) {
    const list = await call<{ data: Array<{ id: string; status: string }> }>(`/v1/subscriptions?customer=${customer}`, secretKey);
    const active = list.data.find((subscription) => subscription.status === "active");
    if (active) return active.id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail("the subscription never became active");
}
