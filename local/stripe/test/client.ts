import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { freePort } from "../../ports";
import { type StripeEmulator, startStripeEmulator } from "../server";

/** Set to run the contract suite against real Stripe test mode instead of the emulator. */
export const realStripeKey = process.env.STRIPE_TEST_SECRET_KEY;
export const againstRealStripe = Boolean(realStripeKey);
/** For tests that need the emulator's control API, pages or local webhooks (skipped against real Stripe). */
export const emulatorOnly = { skip: againstRealStripe ? "needs the emulator (STRIPE_TEST_SECRET_KEY is set)" : false };

export interface Target {
  stripe: Stripe;
  /** Base URL of the emulator (undefined against real Stripe). */
  url: string | undefined;
  emulator: StripeEmulator | undefined;
  dataDir: string | undefined;
  /** A client with another key (for example `sk_live_…`), same target. */
  client(key: string, options?: Stripe.StripeConfig): Stripe;
  close(): Promise<void>;
}

/** The Stripe the suite talks to: real test mode when STRIPE_TEST_SECRET_KEY is set, else a fresh emulator. */
export async function stripeClient(options: { webhookRetryDelaysMs?: number[] } = {}): Promise<Target> {
  if (realStripeKey) {
    return {
      stripe: new Stripe(realStripeKey, { maxNetworkRetries: 2 }),
      url: undefined,
      emulator: undefined,
      dataDir: undefined,
      client: (key, config) => new Stripe(key, config),
      close: async () => {},
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), "stripe-emulator-"));
  const emulator = await startStripeEmulator({ port: await freePort(), dataDir, webhookRetryDelaysMs: options.webhookRetryDelaysMs });
  const client = (key: string, config: Stripe.StripeConfig = {}) =>
    new Stripe(key, { host: "127.0.0.1", port: emulator.port, protocol: "http", maxNetworkRetries: 0, ...config });
  const target: Target = {
    stripe: client("sk_test_emulator"),
    url: emulator.url,
    emulator,
    dataDir,
    client,
    async close() {
      // A test may have restarted the emulator (persistence); stop whichever instance is current.
      await target.emulator?.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return target;
}

/** The error a call rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise;
  } catch (error) {
    return error as Stripe.errors.StripeError;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
