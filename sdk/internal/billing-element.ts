import { LitElement } from "lit";
import { formatMoney } from "./money";

/**
 * Base class of every BillingOS element: idempotent registration (a page may load our script
 * twice), typed events that bubble out of shadow roots, and shared formatting.
 */
export class BillingElement extends LitElement {
  /** Registers `this` as `tag` unless that tag is already defined (by this or another copy of the SDK). */
  static define(tag: string): void {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass being registered.
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /**
   * Dispatches a `billing-…` event that bubbles and crosses shadow roots. Returns false when a
   * listener called `preventDefault()` on a cancelable event, so the caller skips its default action.
   */
  protected emit<T>(type: `billing-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /** Money in minor units, formatted in the page's language. */
  protected formatMoney(amount: number, currency: string): string {
    return formatMoney(amount, currency, this.closest("[lang]")?.getAttribute("lang") ?? undefined);
  }
}
