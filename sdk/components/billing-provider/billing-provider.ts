import { ContextProvider } from "@lit/context";
import { html, type PropertyValues } from "lit";
import type { BillingClient } from "../../client/client";
import { sharedClient } from "../../client/registry";
import type { FetchSession } from "../../client/session";
import { BillingElement } from "../../internal/billing-element";
import { type BillingContext, billingContext } from "../../internal/context";
import { pageLocale } from "../../internal/localize";
import { StoreController } from "../../internal/store-controller";
import { styles } from "./billing-provider.styles";

/**
 * Shares one BillingOS client (and so one fetch of each thing) with every element inside it.
 *
 * @tagname billing-provider
 * @summary Configures the BillingOS elements inside it: publishable key, API origin, locale, currency, theme.
 *
 * @slot - The page content holding BillingOS elements.
 *
 * @cssproperty --billing-color-accent - Buttons, highlights and focus rings.
 * @cssproperty --billing-color-background - Cards and dialogs.
 * @cssproperty --billing-color-surface - Secondary surfaces (toggles, table stripes).
 * @cssproperty --billing-color-text - Body text.
 * @cssproperty --billing-color-text-muted - Secondary text.
 * @cssproperty --billing-color-border - Borders and dividers.
 * @cssproperty --billing-font-family - Every element's font.
 * @cssproperty --billing-radius - Card corner radius.
 */
export class BillingProvider extends BillingElement {
  static override styles = styles;
  static override properties = {
    ...BillingElement.properties,
    fetchSession: { attribute: false },
    client: { attribute: false },
    pollInterval: { attribute: "poll-interval", type: Number },
  };

  /**
   * Mints a customer session on your backend (`createCustomerSession` from `@billingos/sdk/server`)
   * and resolves `{ token, expires_at }`, or null for an anonymous visitor. Called again before the
   * session expires. The token stays in memory. Set null when the customer signs out.
   */
  declare fetchSession: FetchSession | null | undefined;
  /**
   * Seconds between polls of the customer state that gates and meters read (at least 5); by default
   * the API's hint (`expires_at`, 60 s). Any purchase or plan change made on the page refreshes it at once.
   */
  declare pollInterval: number | undefined;
  /** Set to share a client you made yourself (e.g. with an injected `fetch`); otherwise made from the attributes. */
  declare client: BillingClient | undefined;

  readonly #context = new ContextProvider(this, { context: billingContext });
  /** Follows the pricing document (loaded by the elements that show prices) for the saved branding. */
  readonly #stores = new StoreController(this);

  /** The client made here from the attributes (it follows them); a client set by the page is kept as is. */
  #made: BillingClient | undefined;

  protected override get billingClient(): BillingClient | undefined {
    return this.client ?? super.billingClient;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const followsAttributes = !this.client || this.client === this.#made;
    if (followsAttributes && this.publishableKey && (changed.has("publishableKey") || changed.has("apiBase") || !this.client)) {
      this.client = sharedClient({ publishableKey: this.publishableKey, ...(this.apiBase ? { apiBase: this.apiBase } : {}) });
      this.#made = this.client;
    }
    // undefined: leave the client's own callback; null: the customer signed out.
    if (this.client && this.fetchSession !== undefined && this.client.fetchSession !== (this.fetchSession ?? undefined)) {
      this.client.fetchSession = this.fetchSession ?? undefined;
    }
    if (this.client && this.pollInterval !== undefined && Number.isFinite(this.pollInterval)) {
      this.client.customerStatePollInterval = this.pollInterval;
    }
    this.#stores.watch(this.client ? [this.client.$pricing] : []);
    const value: BillingContext | undefined = this.client && {
      client: this.client,
      locale: this.locale || pageLocale(this),
      currency: this.currency?.toLowerCase(),
      theme: this.theme ?? this.savedAppearance?.theme ?? "auto",
    };
    const current = this.#context.value;
    const same = current && value && (Object.keys(value) as (keyof BillingContext)[]).every((key) => current[key] === value[key]);
    if (!same) this.#context.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
