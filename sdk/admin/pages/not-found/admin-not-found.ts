import { html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";

/**
 * An admin path that names no page.
 *
 * @tagname billing-admin-not-found
 */
export class AdminNotFound extends AdminElement {
  static override styles = [tokenStyles, adminStyles];

  protected override render() {
    return html`<billing-admin-page-header heading="Page not found"
        description="There is no page at this address. It may have moved, or the link is incomplete."></billing-admin-page-header>
      <a class="button" href="/admin/">Go to Home</a>`;
  }
}
