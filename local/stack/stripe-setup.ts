import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import Stripe from "stripe";
import { SUBSCRIBED_STRIPE_EVENTS } from "../../worker/domain/stripe-events/subscribed-events";
import type { LocalSecrets } from "./local-secrets";

/** The emulator accepts any key of the right shape; these name the local platform account. */
export const LOCAL_STRIPE_KEYS = { test: "sk_test_billingos_local_platform", live: "sk_live_billingos_local_platform" } as const;

export interface StripeVars {
  STRIPE_API_BASE?: string;
  STRIPE_SECRET_KEY_TEST?: string;
  STRIPE_SECRET_KEY_LIVE?: string;
  STRIPE_WEBHOOK_SECRET?: string;
}

/** A real Stripe account: STRIPE_SECRET_KEY (sk_test_… or sk_live_…) and the endpoint's STRIPE_WEBHOOK_SECRET. */
export function stripeFromEnvironment(secretKey: string): StripeVars {
  return {
    ...(secretKey.startsWith("sk_live_") ? { STRIPE_SECRET_KEY_LIVE: secretKey } : { STRIPE_SECRET_KEY_TEST: secretKey }),
    ...(process.env.STRIPE_WEBHOOK_SECRET ? { STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET } : {}),
  };
}

/**
 * Registers the worker's webhook URL with the emulator for the connected-account events BillingOS
 * handles, once per state directory (Stripe shows an endpoint's secret only at creation, so we keep
 * it with the other local secrets), and returns the signing secret. An endpoint kept from an
 * earlier start is brought to the current event list.
 */
export async function ensureWebhookEndpoint(emulatorUrl: string, workerUrl: string, secrets: LocalSecrets, home: string): Promise<string> {
  const base = new URL(emulatorUrl);
  const stripe = new Stripe(LOCAL_STRIPE_KEYS.test, {
    host: base.hostname,
    port: Number(base.port),
    protocol: "http",
    maxNetworkRetries: 2,
  });
  const saved = secrets.stripeWebhook;
  if (saved?.url === workerUrl) {
    const existing = await stripe.webhookEndpoints.retrieve(saved.id).catch(() => undefined);
    if (existing && existing.status === "enabled") {
      if (existing.enabled_events.join() !== SUBSCRIBED_STRIPE_EVENTS.join())
        await stripe.webhookEndpoints.update(existing.id, { enabled_events: [...SUBSCRIBED_STRIPE_EVENTS] });
      return saved.secret;
    }
  }
  const endpoint = await stripe.webhookEndpoints.create({
    url: workerUrl,
    enabled_events: [...SUBSCRIBED_STRIPE_EVENTS],
    connect: true,
    description: "BillingOS worker (npm start)",
  });
  const updated: LocalSecrets = { ...secrets, stripeWebhook: { id: endpoint.id, url: workerUrl, secret: endpoint.secret as string } };
  await writeFile(join(home, "secrets.json"), `${JSON.stringify(updated, null, 2)}\n`, { mode: 0o600 });
  return endpoint.secret as string;
}
