import { ContextConsumer } from "@lit/context";
import { LitElement, type PropertyValues } from "lit";
import type { BillingClient, Pricing } from "../client/client";
import { sharedClient } from "../client/registry";
import { type BillingContext, billingContext, type Theme } from "./context";
import { formatDate, localeReady, pageLocale } from "./localize";
import { formatMoney } from "./money";

/**
 * Base class of every BillingOS element: idempotent registration (a page may load our script
 * twice), typed events that bubble out of shadow roots, the client and settings shared by the
 * nearest <billing-provider> (or the element's own `publishable-key`/`api-base` when used alone),
 * light/dark theme state, and shared formatting.
 */
export class BillingElement extends LitElement {
  static override properties = {
    publishableKey: { attribute: "publishable-key" },
    apiBase: { attribute: "api-base" },
    locale: {},
    currency: {},
    theme: {},
  };

  /** Used when the element is not inside a <billing-provider>. */
  declare publishableKey: string | undefined;
  declare apiBase: string | undefined;
  /** BCP 47 locale; defaults to the provider's, then the page's `lang`. */
  declare locale: string | undefined;
  /** Preferred currency (ISO 4217); defaults to the provider's. */
  declare currency: string | undefined;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`); defaults to the provider's. */
  declare theme: Theme | undefined;

  protected readonly internals: ElementInternals = this.attachInternals();
  readonly #provider = new ContextConsumer(this, { context: billingContext, subscribe: true });

  /** Registers `this` as `tag` unless that tag is already defined (by this or another copy of the SDK). */
  static define(tag: string): void {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass being registered.
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** What the nearest <billing-provider> shares, if any. */
  protected get billing(): BillingContext | undefined {
    return this.#provider.value;
  }

  /** The provider's client, or one made from this element's own attributes; undefined without a key. */
  protected get billingClient(): BillingClient | undefined {
    if (this.billing) return this.billing.client;
    if (!this.publishableKey) return undefined;
    return sharedClient({ publishableKey: this.publishableKey, ...(this.apiBase ? { apiBase: this.apiBase } : {}) });
  }

  protected get resolvedLocale(): string {
    return this.locale || this.billing?.locale || pageLocale(this);
  }

  protected get preferredCurrency(): string | undefined {
    return (this.currency || this.billing?.currency)?.toLowerCase();
  }

  /**
   * Holds each render until the element's language is loaded (at once for English), so no English
   * flashes first; a load that stalls is waited for 3 s at most (see `localeReady`).
   */
  protected override async scheduleUpdate(): Promise<void> {
    const ready = localeReady(this.resolvedLocale, this);
    if (ready) await ready;
    super.scheduleUpdate();
  }

  /** The merchant's saved branding (the pricing document's `appearance`), once the pricing is loaded. */
  protected get savedAppearance(): Pricing["appearance"] | undefined {
    const pricing = this.billingClient?.$pricing.get();
    return pricing?.status === "ready" ? pricing.data.appearance : undefined;
  }

  /** The element's theme, else the provider's, else the merchant's saved one. */
  protected get resolvedTheme(): Theme {
    return this.theme ?? this.billing?.theme ?? this.savedAppearance?.theme ?? "auto";
  }

  #savedTokens: Record<string, string> | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The saved tokens become `--_saved-…` on the host, the fallback under the page's `--billing-…`
    // (see tokens.ts). setProperty takes one value: a hostile one cannot add CSS.
    const tokens = this.savedAppearance?.tokens;
    if (tokens !== this.#savedTokens) {
      for (const name in this.#savedTokens ?? {}) this.style.removeProperty(`--_saved-${name}`);
      for (const [name, value] of Object.entries(tokens ?? {})) this.style.setProperty(`--_saved-${name}`, value);
      this.#savedTokens = tokens;
    }
    const theme = this.resolvedTheme;
    for (const state of ["light", "dark"] as const) {
      if (state === theme) this.internals.states.add(state);
      else this.internals.states.delete(state);
    }
  }

  /**
   * Dispatches a `billing-…` event that bubbles and crosses shadow roots. Returns false when a
   * listener called `preventDefault()` on a cancelable event, so the caller skips its default action.
   */
  protected emit<T>(type: `billing-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /**
   * Money in minor units, formatted in the element's locale with the exponent the API sent beside
   * the amount (`currency_exponent`, or the pricing document's `currency_exponents`);
   * `whole`: "$20" rather than "$20.00".
   */
  protected formatMoney(amount: number, currency: string, exponent: number, options: { whole?: boolean } = {}): string {
    return formatMoney(amount, currency, exponent, this.resolvedLocale, options);
  }

  /** A date (Unix seconds), formatted in the element's locale. */
  protected formatDate(seconds: number): string {
    return formatDate(seconds, this.resolvedLocale);
  }
}
