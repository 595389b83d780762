import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../admin.styles";
import { AdminElement } from "../admin-element";

/**
 * A value to copy (an API key shown once, the embed snippet): shown as code under its `label`
 * ("API key"), with a Copy button named "Copy <label>" for assistive technology that says "Copied"
 * for a moment (announced) and emits `billing-admin-copy`.
 *
 * @tagname billing-admin-copy
 * @event billing-admin-copy - The value was copied to the clipboard: `{ value }`.
 */
export class AdminCopy extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      figure {
        margin: 0;
      }
      figcaption {
        margin-bottom: 6px;
        font-size: 0.875rem;
        font-weight: 500;
      }
      .box {
        display: flex;
        align-items: flex-start;
        gap: 8px;
        padding: 8px 8px 8px 12px;
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-control);
        background: var(--_color-surface);
      }
      pre {
        flex: 1;
        min-width: 0;
        margin: 0;
        padding-top: 6px;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    `,
  ];
  static override properties = { ...AdminElement.properties, value: {}, label: {}, copied: { state: true }, failed: { state: true } };

  declare value: string;
  /** What the value is ("API key"): shown above it, and the button is "Copy <label>". */
  declare label: string;
  declare copied: boolean;
  declare failed: boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.value = "";
    this.label = "";
    this.copied = false;
    this.failed = false;
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.value);
      this.failed = false;
      this.copied = true;
      this.emit("billing-admin-copy", { value: this.value });
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => (this.copied = false), 2000);
    } catch {
      // Clipboard refused (permissions, insecure origin): select the text so the person can copy it.
      this.failed = true;
      const range = document.createRange();
      const code = this.shadowRoot?.querySelector("code");
      if (code) range.selectNodeContents(code);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }

  protected override render() {
    const label = this.label.trim();
    return html`<figure>
        ${label ? html`<figcaption part="label">${label}</figcaption>` : nothing}
        <div class="box" part="box">
          <pre><code>${this.value}</code></pre>
          <button class="button" type="button" @click=${() => this.#copy()}>${this.copied ? "Copied" : "Copy"}${
            label ? html`<span class="sr-only"> ${label}</span>` : nothing
          }</button>
        </div>
      </figure>
      <p class="sr-only" role="status">${this.copied ? "Copied to the clipboard." : this.failed ? "Select the text and copy it." : ""}</p>`;
  }
}
