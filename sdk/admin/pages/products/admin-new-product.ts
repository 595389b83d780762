import { css, html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { call } from "../../session/admin-api";
import { productBody, productFields } from "./product-form";

/**
 * A new product: name, description, the pricing table's bullet points, visibility and order.
 * Prices and features are added on the product's page, where the product is opened next.
 *
 * @tagname billing-admin-new-product
 */
export class AdminNewProduct extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    css`
      form {
        max-width: 640px;
      }
    `,
  ];

  readonly #form = new FormController(this);

  async #submit(event: SubmitEvent) {
    const product = await this.#form.submit(event, (values) =>
      call(this.signedIn.api.POST("/v1/products", { body: { name: values.name ?? "", ...productBody(values) } })),
    );
    if (product) this.signedIn.navigate(`/admin/products/${product.id}`);
  }

  protected override render() {
    return html`<billing-admin-page-header heading="New product" back-href="/admin/products" back-label="Products"></billing-admin-page-header>
      <form class="card" @submit=${this.#submit} novalidate>
        ${field(this.#form, { name: "name", label: "Name", required: true, maxlength: 250, placeholder: "Pro" })}
        ${productFields(this.#form)}
        ${formError(this.#form)}
        <div class="actions">
          <a class="button" href="/admin/products">Cancel</a>
          <button class="button primary" ?disabled=${this.#form.pending}>Create product</button>
        </div>
      </form>`;
  }
}
