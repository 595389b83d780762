import { createRoute, z } from "@hono/zod-openapi";
import type Stripe from "stripe";
import { createRouter, type Router } from "../../app/router";
import { sweepDunningNotices } from "../../domain/dunning/notices";
import { receiveStripeEvent } from "../../domain/stripe-events/receive";
import { errorResponses } from "../../shared/error-schema";
import { InvalidRequestError, ServiceUnavailableError } from "../../shared/errors";
import { stripeClient, webCrypto } from "../../stripe/client";

/** Stripe's default tolerance: a signature older or newer than five minutes is refused. */
const TOLERANCE_SECONDS = 300;

export const stripeWebhookRoute = createRoute({
  method: "post",
  path: "/v1/webhooks/stripe",
  tags: ["Webhooks"],
  summary: "Stripe events for the platform and connected accounts (signed; Stripe only)",
  description:
    "Authenticated by the `Stripe-Signature` header (5-minute tolerance; during a secret rotation both secrets are accepted). Each event takes effect exactly once; a failure answers 500 and records nothing, so Stripe's retry applies it.",
  responses: {
    200: {
      description: "Received.",
      content: {
        "application/json": { schema: z.object({ received: z.literal(true), outcome: z.enum(["applied", "duplicate", "ignored"]) }) },
      },
    },
    // Stripe is the only caller: it reads the status, not the code.
    ...errorResponses("post", "/v1/webhooks/stripe", [
      "signature_missing",
      "signature_invalid",
      "parameter_invalid",
      "parameter_missing",
      "parameter_unknown",
      "body_missing",
      "body_invalid",
      "unsupported_media_type",
      "payload_too_large",
      "rate_limited",
      "internal_error",
      "service_unavailable",
    ]),
  },
});

async function verify(env: Env, payload: string, signature: string | undefined): Promise<Stripe.Event> {
  if (!signature) throw new InvalidRequestError("signature_missing", "Missing Stripe-Signature header.", "Stripe-Signature");
  // The SDK refuses signatures that are too old; we also refuse ones from the future.
  const timestamp = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1]);
  if (!Number.isFinite(timestamp) || timestamp > Date.now() / 1000 + TOLERANCE_SECONDS) {
    throw new InvalidRequestError("signature_invalid", "The Stripe-Signature timestamp is missing or in the future.", "Stripe-Signature");
  }
  const secrets = [env.STRIPE_WEBHOOK_SECRET, env.STRIPE_WEBHOOK_SECRET_PREVIOUS].filter((secret): secret is string => Boolean(secret));
  if (secrets.length === 0) throw new ServiceUnavailableError("Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET).", 60);
  // Any Stripe instance verifies; the key is irrelevant to signature checks.
  const stripe = stripeClient({ ...env, STRIPE_SECRET_KEY_TEST: env.STRIPE_SECRET_KEY_TEST ?? "sk_test_unused" }, false);
  for (const secret of secrets) {
    try {
      return await stripe.webhooks.constructEventAsync(payload, signature, secret, TOLERANCE_SECONDS, webCrypto);
    } catch {
      // try the next secret
    }
  }
  throw new InvalidRequestError(
    "signature_invalid",
    "The Stripe-Signature does not match this payload, or its timestamp is outside the tolerance.",
    "Stripe-Signature",
  );
}

export const stripeWebhookRouter: Router = createRouter().openapi(stripeWebhookRoute, async (c) => {
  const event = await verify(c.env, await c.req.text(), c.req.header("Stripe-Signature"));
  const outcome = await receiveStripeEvent(c.var.db(), stripeClient(c.env, event.livemode), event);
  c.var.logger.info("stripe event", { event: event.id, type: event.type, account: event.account, outcome });
  // After commit: the failed-payment e-mail recorded with the event (a refused send waits for the cron sweep).
  if (outcome === "applied" && event.type === "invoice.payment_failed" && event.account) {
    await sweepDunningNotices(c.var.db(), { url: c.env.EMAIL_API_URL, key: c.env.EMAIL_API_KEY }, event.account);
  }
  return c.json({ received: true as const, outcome }, 200);
});
