import { html, nothing, type PropertyValues } from "lit";
import { BillingElement } from "../../internal/billing-element";
import { messagesFor } from "../../internal/localize";
import { tokenStyles } from "../../internal/tokens";
import { styles } from "./billing-dialog.styles";

/** English; French is in locales/fr.ts. */
const en = { close: "Close" };

/**
 * A modal dialog whose content stays in the page's light DOM, so Stripe's Payment Element (which
 * refuses shadow roots) can mount inside it. Native `<dialog>` opened with `show()` (see #show):
 * focus moves in and is kept there, Escape and the backdrop close, focus returns to the opener.
 *
 * @tagname billing-dialog
 * @summary Modal dialog for BillingOS flows (the pricing table opens the checkout in one).
 *
 * @slot - The dialog's content.
 *
 * @event billing-dialog-close - The dialog closed (close button, Escape or backdrop click).
 *
 * @csspart dialog - The `<dialog>` element.
 * @csspart backdrop - The layer behind the dialog that covers the page.
 * @csspart header - Title bar (a plain element: the page keeps its own banner landmark).
 * @csspart title - The heading.
 * @csspart close - The close button.
 * @csspart body - Wraps the slotted content.
 *
 * @cssproperty --width - The dialog's width on wide screens (560px; a pricing table inside wants about 1080px).
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
    if (this.open && !dialog.open) this.#show(dialog);
    if (!this.open && dialog.open) dialog.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release();
  }

  /** What had focus before the dialog opened; it gets focus back on close. */
  #opener: Element | null = null;

  /**
   * Opens non-modally (`show()`) and keeps the page behind out of reach itself (backdrop, Escape,
   * focus brought back): a `showModal()` dialog sits in the top layer and makes everything else
   * inert, including the 3-D Secure challenge Stripe.js appends to <body>, which then could not be
   * completed. Stripe's frame is stacked above this dialog.
   */
  #show(dialog: HTMLDialogElement): void {
    this.#opener = document.activeElement;
    dialog.show();
    document.addEventListener("keydown", this.#keydown);
    document.addEventListener("focusin", this.#focusin);
  }

  #release(): void {
    document.removeEventListener("keydown", this.#keydown);
    document.removeEventListener("focusin", this.#focusin);
  }

  #keydown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !event.defaultPrevented) this.#dialog?.close();
  };

  /** Focus that leaves for the page behind comes back; frames outside (Stripe's challenge) may keep it. */
  #focusin = (event: FocusEvent) => {
    if (event.composedPath().includes(this) || event.target instanceof HTMLIFrameElement) return;
    this.shadowRoot?.querySelector<HTMLElement>("[part=close]")?.focus();
  };

  /** The native dialog closed (close button, Escape, backdrop, or `open = false`). */
  #closed = () => {
    this.#release();
    this.open = false;
    if (this.#opener instanceof HTMLElement && this.#opener.isConnected) this.#opener.focus();
    this.emit("billing-dialog-close", null);
  };

  protected override render() {
    const t = messagesFor("dialog", en, this.resolvedLocale);
    return html`${this.open ? html`<div class="backdrop" part="backdrop" @click=${() => this.#dialog?.close()}></div>` : nothing}
      <dialog part="dialog" aria-labelledby="title" aria-modal="true" @close=${this.#closed}>
      <div class="panel">
        <div class="header" part="header">
          <h2 id="title" part="title">${this.label}</h2>
          <button part="close" type="button" aria-label=${t.close} @click=${() => this.#dialog?.close()}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
          </button>
        </div>
        <div part="body"><slot></slot></div>
      </div>
    </dialog>`;
  }
}
