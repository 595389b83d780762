import { html, type PropertyValues } from "lit";
import { BillingElement } from "../../internal/billing-element";
import { type Catalogue, messagesFor } from "../../internal/localize";
import { tokenStyles } from "../../internal/tokens";
import { styles } from "./billing-dialog.styles";

const messages: Catalogue<{ close: string }> = { en: { close: "Close" }, fr: { close: "Fermer" } };

/**
 * A modal dialog whose content stays in the page's light DOM, so Stripe's Payment Element (which
 * refuses shadow roots) can mount inside it. Native `<dialog>`: focus moves in and is trapped,
 * Escape closes, focus returns to the opener.
 *
 * @summary Modal dialog for BillingOS flows (the pricing table opens the checkout in one).
 *
 * @slot - The dialog's content.
 *
 * @event billing-dialog-close - The dialog closed (close button, Escape or backdrop click).
 *
 * @csspart dialog - The `<dialog>` element.
 * @csspart header - Title bar.
 * @csspart title - The heading.
 * @csspart close - The close button.
 * @csspart body - Wraps the slotted content.
 */
export class BillingDialog extends BillingElement {
  static override styles = [tokenStyles, styles];
  static override properties = {
    ...BillingElement.properties,
    label: {},
    open: { type: Boolean, reflect: true },
  };

  /** The dialog's heading. */
  declare label: string;
  /** Whether the dialog is shown (modal). */
  declare open: boolean;

  constructor() {
    super();
    this.label = "";
    this.open = false;
  }

  get #dialog(): HTMLDialogElement | null | undefined {
    return this.shadowRoot?.querySelector("dialog");
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.#dialog;
    if (!dialog || !changed.has("open")) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  /** The native dialog closed (close button, Escape, backdrop, or `open = false`). */
  #closed = () => {
    this.open = false;
    this.emit("billing-dialog-close", null);
  };

  #backdrop = (event: MouseEvent) => {
    if (event.target === event.currentTarget) (event.currentTarget as HTMLDialogElement).close();
  };

  protected override render() {
    const t = messagesFor(messages, this.resolvedLocale);
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#closed} @click=${this.#backdrop}>
      <div class="panel">
        <header part="header">
          <h2 id="title" part="title">${this.label}</h2>
          <button part="close" type="button" aria-label=${t.close} @click=${() => this.#dialog?.close()}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
          </button>
        </header>
        <div part="body"><slot></slot></div>
      </div>
    </dialog>`;
  }
}
