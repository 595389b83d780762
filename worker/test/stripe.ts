import { env } from "cloudflare:workers";
import Stripe from "stripe";
import { stripeClient } from "../stripe/client";
import { call } from "./fixtures";

/** The platform's Stripe client in the tests (the emulator started by global-setup). */
export const platformStripe = (livemode = false) => stripeClient(env, livemode);

/** POSTs `event` to the worker the way Stripe delivers it, signed with `secret` at `timestamp`. */
export async function deliver(event: Stripe.Event | string, options: { secret?: string; timestamp?: number; signature?: string } = {}) {
  const payload = typeof event === "string" ? event : JSON.stringify(event);
  const signature =
    options.signature ??
    (await Stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: options.secret ?? (env.STRIPE_WEBHOOK_SECRET as string),
      ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
      cryptoProvider: Stripe.createSubtleCryptoProvider(),
    }));
  const response = await call("/v1/webhooks/stripe", {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { "Stripe-Signature": signature } : {}) },
    body: payload,
  });
  return { status: response.status, body: (await response.json()) as { outcome?: string; error?: { code: string; param?: string } } };
}

/** Completes the emulator's onboarding page for `url` as the merchant would (submitting its form). */
export async function completeOnboarding(url: string): Promise<void> {
  const response = await fetch(url, { method: "POST", redirect: "manual" });
  if (response.status !== 303) throw new Error(`onboarding page answered ${response.status}`);
}

/** Makes the emulator fail the next matching requests (see local/stripe/http/faults.ts). */
export async function injectStripeFault(fault: {
  method?: string;
  path: string;
  account: string;
  status?: 429 | 500 | 503;
  when?: "before" | "after";
  times?: number;
}): Promise<void> {
  const response = await fetch(`${env.STRIPE_API_BASE}/_emulator/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`fault refused: ${response.status} ${await response.text()}`);
}
