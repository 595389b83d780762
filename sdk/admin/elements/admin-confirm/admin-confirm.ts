import { css, html } from "lit";
import type { Theme } from "../../../internal/context";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../admin.styles";
import { AdminElement } from "../admin-element";

export interface ConfirmOptions {
  title: string;
  /** What will happen, in plain words ("Cancels Ada's subscription now and refunds nothing."). */
  message: string;
  /** The confirming button's text: say what it does ("Cancel subscription"), not "OK". */
  confirmLabel: string;
  /** Destructive (red button). Defaults to true: confirmations are for what cannot be undone. */
  danger?: boolean;
  theme?: Theme;
}

/**
 * A confirmation in the SDK's `<billing-dialog>` (focus kept inside, Escape and the backdrop
 * cancel, focus back to the opener). Use `confirmAction()` rather than the tag.
 *
 * @tagname billing-admin-confirm
 * @event billing-admin-confirm - `{ confirmed }` once the person decided (or dismissed the dialog).
 */
export class AdminConfirm extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      .body {
        display: grid;
        gap: 20px;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
        flex-wrap: wrap;
      }
    `,
  ];
  static override properties = { ...AdminElement.properties, options: { attribute: false } };
  declare options: ConfirmOptions;
  #decided = false;

  #decide(confirmed: boolean): void {
    if (this.#decided) return;
    this.#decided = true;
    this.emit("billing-admin-confirm", { confirmed });
  }

  protected override firstUpdated(): void {
    // The safe choice has focus first, so Enter never destroys anything by accident.
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLButtonElement>("button.cancel")?.focus());
  }

  protected override render() {
    const { title, message, confirmLabel, danger = true } = this.options;
    return html`<billing-dialog open label=${title} theme=${this.theme ?? "auto"} @billing-dialog-close=${() => this.#decide(false)}>
      <div class="body">
        <p>${message}</p>
        <div class="actions">
          <button class="button cancel" type="button" @click=${() => this.#decide(false)}>Cancel</button>
          <button class=${`button ${danger ? "danger" : "primary"}`} type="button" @click=${() => this.#decide(true)}>${confirmLabel}</button>
        </div>
      </div>
    </billing-dialog>`;
  }
}

/**
 * Asks before a destructive action; resolves true only when the person pressed the confirming
 * button. `host` is where the dialog is added (the page, so it inherits the page's tokens).
 *
 * ```ts
 * if (!(await confirmAction(this, { title: "Revoke key?", message: "…", confirmLabel: "Revoke key" }))) return;
 * ```
 */
export function confirmAction(host: HTMLElement, options: ConfirmOptions): Promise<boolean> {
  const dialog = document.createElement("billing-admin-confirm") as AdminConfirm;
  dialog.options = options;
  if (options.theme) dialog.theme = options.theme;
  const root = host.shadowRoot ?? host;
  return new Promise((resolve) => {
    dialog.addEventListener("billing-admin-confirm", (event) => {
      resolve((event as CustomEvent<{ confirmed: boolean }>).detail.confirmed);
      dialog.remove();
    });
    root.append(dialog);
  });
}
