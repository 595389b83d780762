import { css, html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";

/**
 * Home: how the business is doing and what is left to set up.
 *
 * @tagname billing-admin-home
 */
export class AdminHome extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      .stack {
        display: grid;
        gap: 24px;
      }
    `,
  ];

  protected override render() {
    const session = this.signedIn;
    return html`<billing-admin-page-header heading="Home" description=${session.organization.name}></billing-admin-page-header>
      <div class="stack">
        <billing-admin-onboarding></billing-admin-onboarding>
      </div>`;
  }
}
