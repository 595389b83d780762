import type { Appearance, Stripe, StripeElementLocale, StripeElements, StripeError } from "@stripe/stripe-js";
import { loadStripe } from "./stripe-loader";

/** What Stripe.js needs for one checkout session: `stripe` and `intent` of the session. */
export interface PaymentSetup {
  publishableKey: string;
  /** The merchant's connected account the intent lives on. */
  account: string;
  clientSecret: string;
  kind: "payment_intent" | "setup_intent";
  appearance: Appearance;
  locale: string;
}

/** How a confirmation ended: paid (or card saved), or why not, in words a customer can act on. */
export type ConfirmOutcome =
  | { status: "succeeded"; intent: string }
  | { status: "declined"; message: string; code: string | undefined }
  | { status: "network" };

/**
 * Stripe's Payment Element for one intent, mounted in a light-DOM node (Stripe.js refuses shadow
 * roots). `loadStripe` (nothing loads before checkout needs it) uses a Stripe.js already on the
 * page, so locally the Stripe emulator's stand-in, loaded first by a script tag, is used by this
 * same code.
 */
export class StripePayment {
  #stripe: Stripe;
  #elements: StripeElements;
  #kind: PaymentSetup["kind"];
  #complete = false;

  private constructor(stripe: Stripe, elements: StripeElements, kind: PaymentSetup["kind"]) {
    this.#stripe = stripe;
    this.#elements = elements;
    this.#kind = kind;
  }

  /** Loads Stripe.js (once per page) and mounts the Payment Element into `target`; resolves when it is ready. */
  static async mount(target: HTMLElement, setup: PaymentSetup, onChange: (complete: boolean) => void): Promise<StripePayment> {
    const stripe = await loadStripe(setup.publishableKey, { stripeAccount: setup.account, locale: stripeLocale(setup.locale) });
    const elements = stripe.elements({ clientSecret: setup.clientSecret, appearance: setup.appearance });
    const payment = new StripePayment(stripe, elements, setup.kind);
    const element = elements.create("payment", { layout: "tabs" });
    element.on("change", (event) => {
      payment.#complete = event.complete;
      onChange(event.complete);
    });
    const ready = new Promise<void>((resolve) => element.on("ready", () => resolve()));
    element.mount(target);
    await ready;
    return payment;
  }

  /**
   * Confirms in place: `redirect: "if_required"` keeps the customer on the page, and 3-D Secure
   * opens in Stripe's own modal. Never throws for a refused card; a lost connection is `network`.
   */
  async confirm(): Promise<ConfirmOutcome> {
    try {
      const submitted = await this.#elements.submit();
      if (submitted.error) return declined(submitted.error);
      if (this.#kind === "setup_intent") {
        const result = await this.#stripe.confirmSetup({ elements: this.#elements, redirect: "if_required" });
        return result.error ? declined(result.error) : { status: "succeeded", intent: result.setupIntent.id };
      }
      const result = await this.#stripe.confirmPayment({ elements: this.#elements, redirect: "if_required" });
      return result.error ? declined(result.error) : { status: "succeeded", intent: result.paymentIntent.id };
    } catch {
      return { status: "network" };
    }
  }

  get complete(): boolean {
    return this.#complete;
  }

  destroy(): void {
    this.#elements.getElement("payment")?.destroy();
  }
}

function declined(error: StripeError): ConfirmOutcome {
  if (error.type === "api_connection_error" || error.type === "rate_limit_error") return { status: "network" };
  // Stripe's card and validation messages are written (and localised) for customers.
  return { status: "declined", message: error.message ?? "", code: error.decline_code ?? error.code };
}

const STRIPE_LOCALES = new Set(["en", "fr", "de", "es", "it", "ja", "nl", "pt", "sv", "da", "fi", "nb", "pl"]);

/** Stripe's locale for ours ("fr-CA" → "fr"), or "auto" (the browser's). */
function stripeLocale(locale: string): StripeElementLocale {
  const language = locale.toLowerCase().split("-")[0] ?? "";
  return (STRIPE_LOCALES.has(language) ? language : "auto") as StripeElementLocale;
}
