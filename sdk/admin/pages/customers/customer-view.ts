import { css, html } from "lit";
import type { BillingClient } from "../../../client/client";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { customerClient } from "../../session/customer-client";
import type { Customer } from "./admin-customers";

export type PaymentMethod = components["schemas"]["PaymentMethod"];

/**
 * "View as customer": the customer's own `<billing-portal>`, in a dialog, through a short-lived
 * customer session the member mints: what the customer sees, and what they can do, exactly.
 *
 * @tagname billing-admin-customer-view
 * @event billing-admin-close - Dismissed.
 */
export class AdminCustomerView extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      billing-dialog {
        --width: 960px;
      }
      .notice {
        margin-bottom: 16px;
      }
    `,
  ];
  static override properties = { ...AdminElement.properties, customer: { attribute: false } };
  declare customer: Customer;
  #client: BillingClient | undefined;

  protected override render() {
    this.#client ??= customerClient(this.signedIn, this.customer.id);
    const name = this.customer.name || this.customer.email || this.customer.id;
    return html`<billing-dialog open label=${`${name}'s portal`} theme=${this.theme ?? this.signedIn.theme}
      @billing-dialog-close=${() => this.emit("billing-admin-close", {})}>
      <p class="notice">You are acting as this customer: changes you make here are theirs, and are billed.</p>
      <billing-provider .client=${this.#client} theme=${this.theme ?? this.signedIn.theme}>
        <billing-portal></billing-portal>
      </billing-provider>
    </billing-dialog>`;
  }
}
