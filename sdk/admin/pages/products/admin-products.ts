import { css, html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import type { Column, LoadPage } from "../../elements/admin-table/admin-table";
import { badge } from "../../elements/page-states";
import { call } from "../../session/admin-api";
import type { Product } from "./catalogue";

/**
 * Products: the catalogue, with whether each is on sale and shown in the public pricing table;
 * links to each product, to a new one and to the pricing preview; the pricing table's order
 * (`<billing-admin-product-order>`: move a product up or down).
 *
 * @tagname billing-admin-products
 */
export class AdminProducts extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      billing-admin-product-order {
        display: block;
        margin-top: 24px;
      }
    `,
  ];

  readonly #columns: Column<Product>[] = [
    { label: "Name", cell: (product) => html`<strong>${product.name}</strong>` },
    {
      label: "Status",
      cell: (product) => (product.active ? (product.visible ? badge("In pricing table", "success") : badge("Hidden")) : badge("Archived")),
    },
    { label: "Order", cell: (product) => String(product.display_order), align: "end", secondary: true },
    { label: "Version", cell: (product) => `v${product.version}`, align: "end", secondary: true },
    { label: "Created", cell: (product) => this.formatDate(product.created), align: "end", secondary: true },
  ];

  readonly #load: LoadPage<Product> = async (page) => call(this.signedIn.api.GET("/v1/products", { params: { query: page } }));

  protected override render() {
    const canWrite = this.signedIn.canWrite("catalogue");
    return html`<billing-admin-page-header heading="Products" description="Plans, their prices and what they include.">
        <a slot="actions" class="button" href="/admin/products/preview">Pricing preview and embed</a>
        ${canWrite ? html`<a slot="actions" class="button primary" href="/admin/products/new">New product</a>` : ""}
      </billing-admin-page-header>
      <billing-admin-table label="Products" .columns=${this.#columns} .load=${this.#load}
        .rowHref=${(product: Product) => `/admin/products/${product.id}`}
        empty-text="No products yet. Create one to start selling."></billing-admin-table>
      <billing-admin-product-order></billing-admin-product-order>`;
  }
}
