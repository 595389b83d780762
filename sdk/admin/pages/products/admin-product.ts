import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { badge, pageLoading, recordError } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import type { Product } from "./catalogue";
import { productBody, productFields } from "./product-form";

/**
 * One product (deep link /admin/products/<id>): its details (edit), archive or restore, its prices
 * and its features.
 *
 * @tagname billing-admin-product
 */
export class AdminProduct extends AdminElement {
  static override properties = { ...AdminElement.properties, productId: { attribute: "product-id" }, editing: { state: true } };
  declare productId: string;
  declare editing: boolean;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    css`
      .stack {
        display: grid;
        gap: 24px;
      }
      ul.bullets {
        margin: 4px 0 0;
        padding-left: 20px;
      }
    `,
  ];

  readonly #form = new FormController(this);
  #actionError: string | undefined;

  constructor() {
    super();
    this.editing = false;
  }

  readonly #product = new Task(this, {
    task: async ([id]) => call(this.signedIn.api.GET("/v1/products/{id}", { params: { path: { id: id as string } } })),
    args: () => [this.productId],
  });

  async #save(event: SubmitEvent) {
    const saved = await this.#form.submit(event, (values) =>
      call(
        this.signedIn.api.POST("/v1/products/{id}", {
          params: { path: { id: this.productId } },
          body: { name: values.name ?? "", ...productBody(values) },
        }),
      ),
    );
    if (saved) {
      this.editing = false;
      this.#product.run();
    }
  }

  async #setActive(product: Product, active: boolean) {
    if (!active) {
      const ok = await confirmAction(this, {
        title: `Archive ${product.name}?`,
        message: "It leaves the pricing table and cannot be bought. Existing subscribers keep it.",
        confirmLabel: "Archive product",
        danger: true,
      });
      if (!ok) return;
    }
    try {
      await call(this.signedIn.api.POST("/v1/products/{id}", { params: { path: { id: product.id } }, body: { active } }));
      this.#actionError = undefined;
      this.#product.run();
    } catch (error) {
      this.#actionError = errorMessage(error);
      this.requestUpdate();
    }
  }

  #details(product: Product) {
    if (this.editing)
      return html`<form class="card" @submit=${this.#save} novalidate aria-label="Edit product">
        ${field(this.#form, { name: "name", label: "Name", required: true, maxlength: 250, value: product.name })}
        ${productFields(this.#form, product)}
        ${formError(this.#form)}
        <div class="actions">
          <button class="button" type="button" @click=${() => (this.editing = false)}>Cancel</button>
          <button class="button primary" ?disabled=${this.#form.pending}>Save</button>
        </div>
      </form>`;
    return html`<section class="card">
      <dl class="fields">
        <dt>Status</dt>
        <dd>${product.active ? (product.visible ? badge("In pricing table", "success") : badge("Hidden")) : badge("Archived")}
          ${product.highlighted ? badge("Most popular") : nothing}</dd>
        <dt>Description</dt>
        <dd>${product.description ?? html`<span class="muted">None</span>`}</dd>
        <dt>Bullet points</dt>
        <dd>${
          product.marketing_features.length
            ? html`<ul class="bullets">${product.marketing_features.map((line) => html`<li>${line}</li>`)}</ul>`
            : html`<span class="muted">None</span>`
        }</dd>
        <dt>Position</dt>
        <dd>${product.display_order}</dd>
        <dt>ID</dt>
        <dd><code>${product.id}</code></dd>
      </dl>
    </section>`;
  }

  protected override render() {
    const session = this.signedIn;
    return this.#product.render({
      pending: () => pageLoading("Loading product…"),
      error: (error) => recordError(session, error, () => this.#product.run(), "product"),
      complete: (product) => {
        const canWrite = session.canWrite("catalogue");
        return html`<billing-admin-page-header heading=${product.name} back-href="/admin/products" back-label="Products">
            ${
              canWrite && !this.editing
                ? html`<button slot="actions" class="button" type="button" @click=${() => (this.editing = true)}>Edit</button>
                  ${
                    product.active
                      ? html`<button slot="actions" class="button danger" type="button" @click=${() => this.#setActive(product, false)}>Archive</button>`
                      : html`<button slot="actions" class="button" type="button" @click=${() => this.#setActive(product, true)}>Restore</button>`
                  }`
                : nothing
            }
          </billing-admin-page-header>
          <div class="stack">
            ${this.#actionError ? html`<p class="alert" role="alert">${this.#actionError}</p>` : nothing}
            ${this.#details(product)}
            <billing-admin-product-prices product-id=${product.id}></billing-admin-product-prices>
            <billing-admin-product-grants product-id=${product.id}></billing-admin-product-grants>
          </div>`;
      },
    });
  }
}
