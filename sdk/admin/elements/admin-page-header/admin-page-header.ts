import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../admin.styles";
import { AdminElement } from "../admin-element";

/**
 * The top of every page: its title (the page's one `<h1>`, also the document title), an optional
 * way back to the parent list, a description, and the page's actions on the right (wrapping under
 * the title on narrow screens).
 *
 * @tagname billing-admin-page-header
 * @slot actions - Buttons for the page (hide write actions from roles that cannot use them).
 * @slot - Extra content under the title (badges, ids).
 */
export class AdminPageHeader extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      .header {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        justify-content: space-between;
        gap: 12px 24px;
        margin-bottom: 24px;
      }
      .titles {
        display: grid;
        gap: 6px;
        min-width: 0;
      }
      h1 {
        font-size: 1.5rem;
        letter-spacing: -0.01em;
        overflow-wrap: anywhere;
      }
      .back {
        font-size: 0.875rem;
        color: var(--_color-text-muted);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    heading: {},
    description: {},
    backHref: { attribute: "back-href" },
    backLabel: { attribute: "back-label" },
  };

  declare heading: string;
  declare description: string | undefined;
  declare backHref: string | undefined;
  declare backLabel: string | undefined;

  constructor() {
    super();
    this.heading = "";
  }

  protected override updated(): void {
    const org = this.session?.organization.name;
    document.title = [this.heading, org, "BillingOS"].filter(Boolean).join(" · ");
  }

  protected override render() {
    // A div, not <header>: inside <main> a page's header is no banner landmark (the layout's top bar is).
    return html`<div class="header" part="header">
      <div class="titles">
        ${this.backHref ? html`<a class="back" href=${this.backHref}>← ${this.backLabel ?? "Back"}</a>` : nothing}
        <h1>${this.heading}</h1>
        ${this.description ? html`<p class="muted">${this.description}</p>` : nothing}
        <slot></slot>
      </div>
      <div class="actions"><slot name="actions"></slot></div>
    </div>`;
  }
}
