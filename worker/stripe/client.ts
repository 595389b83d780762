import Stripe from "stripe";

/**
 * A Stripe client for one mode (test or live), optionally acting on a connected account.
 * `STRIPE_API_BASE` points the official SDK at the local emulator (`http://127.0.0.1:12111`);
 * empty means api.stripe.com. The SDK retries network errors, 409s and 5xx with the same
 * idempotency key, so a retried create never makes two objects.
 */
export function stripeClient(env: Env, livemode: boolean): Stripe {
  const key = livemode ? env.STRIPE_SECRET_KEY_LIVE : env.STRIPE_SECRET_KEY_TEST;
  if (!key) throw new StripeNotConfiguredError(livemode);
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : undefined;
  return new Stripe(key, {
    httpClient: Stripe.createFetchHttpClient(),
    maxNetworkRetries: 2,
    timeout: 15_000,
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === "https:" ? 443 : 80)),
          protocol: base.protocol.replace(":", "") as "http" | "https",
        }
      : {}),
  });
}

export class StripeNotConfiguredError extends Error {
  constructor(livemode: boolean) {
    super(`No Stripe secret key for ${livemode ? "live" : "test"} mode (set STRIPE_SECRET_KEY_${livemode ? "LIVE" : "TEST"}).`);
    this.name = "StripeNotConfiguredError";
  }
}

export const webCrypto = Stripe.createSubtleCryptoProvider();
