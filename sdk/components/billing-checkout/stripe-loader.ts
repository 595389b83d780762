import type { Stripe, StripeConstructor, StripeConstructorOptions } from "@stripe/stripe-js";

/** The release train @stripe/stripe-js@10's types describe. */
export const STRIPE_JS_URL = "https://js.stripe.com/endive/stripe.js";

type LoadStripe = (publishableKey: string, options: StripeConstructorOptions) => Promise<Stripe>;

/**
 * Loads Stripe.js from `url` once per page when a payment form first needs it (never before). A
 * Stripe.js already on the page wins: `window.Stripe`, or a tag matching `existing` (the merchant's
 * own, or locally the Stripe emulator's stand-in). Does what `@stripe/stripe-js/pure`'s
 * `loadStripe` did for us (find or inject the script, share one load, try a failed load once more,
 * let a later call retry) in a tenth of its bytes.
 */
export function stripeLoader(url: string, existing: string): LoadStripe {
  let loading: Promise<StripeConstructor> | undefined;
  const stripeOnPage = () => (window as { Stripe?: StripeConstructor }).Stripe;
  const loadScript = () =>
    new Promise<StripeConstructor>((resolve, reject) => {
      const loaded = stripeOnPage();
      if (loaded) return resolve(loaded);
      let script = document.querySelector<HTMLScriptElement>(existing);
      // A tag that already failed fires no second event: put a fresh one in its place.
      if (!script || script.dataset.billingFailed) {
        script?.remove();
        script = Object.assign(document.createElement("script"), { src: url });
        document.head.append(script);
      }
      const tag = script;
      tag.addEventListener("load", () => {
        const Stripe = stripeOnPage();
        Stripe ? resolve(Stripe) : reject(new Error("Stripe.js not available"));
      });
      tag.addEventListener("error", () => {
        tag.dataset.billingFailed = "true";
        reject(new Error("Failed to load Stripe.js"));
      });
    });
  return async (publishableKey, options) => {
    loading ??= loadScript()
      .catch(loadScript)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return (await loading)(publishableKey, options);
  };
}

export const loadStripe = stripeLoader(STRIPE_JS_URL, 'script[src^="https://js.stripe.com/"]');
