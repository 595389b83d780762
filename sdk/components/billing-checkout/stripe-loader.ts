import type { Stripe, StripeConstructor, StripeConstructorOptions } from "@stripe/stripe-js";

/**
 * Stripe.js from Stripe, loaded once per page when a payment form first needs it (never before).
 * A Stripe.js already on the page wins: the merchant's own tag, or locally the Stripe emulator's
 * stand-in. Does what `@stripe/stripe-js/pure`'s `loadStripe` did for us (find or inject the script,
 * share one load, try a failed load once more, let a later call retry) in a tenth of its bytes.
 */
export const STRIPE_JS_URL = "https://js.stripe.com/endive/stripe.js"; // the release train @stripe/stripe-js@10's types describe

let loading: Promise<StripeConstructor> | undefined;

function loadScript(): Promise<StripeConstructor> {
  return new Promise((resolve, reject) => {
    const loaded = (window as { Stripe?: StripeConstructor }).Stripe;
    if (loaded) return resolve(loaded);
    let script = document.querySelector<HTMLScriptElement>('script[src^="https://js.stripe.com/"]');
    // A tag that already failed fires no second event: put a fresh one in its place.
    if (!script || script.dataset.billingFailed) {
      script?.remove();
      script = Object.assign(document.createElement("script"), { src: STRIPE_JS_URL });
      document.head.append(script);
    }
    const tag = script;
    tag.addEventListener("load", () => {
      const Stripe = (window as { Stripe?: StripeConstructor }).Stripe;
      Stripe ? resolve(Stripe) : reject(new Error("Stripe.js not available"));
    });
    tag.addEventListener("error", () => {
      tag.dataset.billingFailed = "true";
      reject(new Error("Failed to load Stripe.js"));
    });
  });
}

export async function loadStripe(publishableKey: string, options: StripeConstructorOptions): Promise<Stripe> {
  loading ??= loadScript()
    .catch(loadScript)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return (await loading)(publishableKey, options);
}
