import { Task, TaskStatus } from "@lit/task";
import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { pageLoading } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import type { Product } from "./catalogue";

/** `products` with `from` moved to `to`, numbered from 1 as the list shows them: only the ones whose position changes. */
export function reordered(products: Product[], from: number, to: number): Array<{ id: string; display_order: number }> {
  const order = [...products];
  const [moved] = order.splice(from, 1);
  if (!moved) return [];
  order.splice(to, 0, moved);
  return order.flatMap((product, index) => (product.display_order === index + 1 ? [] : [{ id: product.id, display_order: index + 1 }]));
}

/**
 * The order of the pricing table: the products on sale and shown there (active and visible), by
 * position (`display_order`), with Move up / Move down for people who may change the catalogue.
 * A move renumbers the products from 1 (as listed) and saves only the positions that changed.
 *
 * @tagname billing-admin-product-order
 */
export class AdminProductOrder extends AdminElement {
  static override properties = { ...AdminElement.properties, saving: { state: true } };
  declare saving: boolean;

  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      section.card {
        display: grid;
        gap: 12px;
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
      }
      li {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        padding: 8px 0;
        border-bottom: 1px solid var(--_color-border);
      }
      li:last-child {
        border-bottom: none;
      }
      .position {
        color: var(--_color-text-muted);
        font-variant-numeric: tabular-nums;
        min-width: 2ch;
        display: inline-block;
      }
      .moves {
        display: flex;
        gap: 4px;
        flex-shrink: 0;
      }
    `,
  ];

  #error: string | undefined;

  constructor() {
    super();
    this.saving = false;
  }

  readonly #products = new Task(this, {
    task: async () => {
      const list = await call(this.signedIn.api.GET("/v1/products", { params: { query: { limit: 100, active: "true" } } }));
      return list.data.filter((product) => product.visible).sort((a, b) => a.display_order - b.display_order || a.created - b.created);
    },
    args: () => [],
  });

  async #move(products: Product[], from: number, to: number) {
    this.saving = true;
    this.#error = undefined;
    try {
      for (const change of reordered(products, from, to)) {
        await call(
          this.signedIn.api.POST("/v1/products/{id}", {
            params: { path: { id: change.id } },
            body: { display_order: change.display_order },
          }),
        );
      }
    } catch (error) {
      this.#error = errorMessage(error);
    } finally {
      await this.#products.run();
      this.saving = false;
    }
    // Keep the keyboard on the product that moved, so it can move on.
    const moved = products[from];
    await this.updateComplete;
    const buttons = [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>("button[aria-label]") ?? [])].filter(
      (button) => moved && button.getAttribute("aria-label")?.startsWith(`Move ${moved.name} `) && !button.disabled,
    );
    (buttons.find((button) => button.getAttribute("aria-label")?.endsWith(to < from ? " up" : " down")) ?? buttons[0])?.focus();
  }

  #row(product: Product, index: number, products: Product[], canWrite: boolean) {
    return html`<li>
      <span><span class="position">${index + 1}.</span> ${product.name}</span>
      ${
        canWrite
          ? html`<span class="moves">
              <button class="button quiet" type="button" aria-label=${`Move ${product.name} up`} ?disabled=${index === 0 || this.saving}
                @click=${() => this.#move(products, index, index - 1)}>↑</button>
              <button class="button quiet" type="button" aria-label=${`Move ${product.name} down`}
                ?disabled=${index === products.length - 1 || this.saving} @click=${() => this.#move(products, index, index + 1)}>↓</button>
            </span>`
          : nothing
      }
    </li>`;
  }

  /** The last order loaded stays on screen while a move saves and reloads it. */
  #list(canWrite: boolean) {
    const products = this.#products.value;
    if (this.#products.status === TaskStatus.ERROR)
      return html`<div role="alert"><p>${errorMessage(this.#products.error)}</p>
        <button class="button" type="button" @click=${() => this.#products.run()}>Try again</button></div>`;
    if (!products) return pageLoading("Loading the order…");
    return products.length
      ? html`<ol aria-label="Pricing table order">${products.map((product, index) => this.#row(product, index, products, canWrite))}</ol>`
      : html`<p class="muted">No product is in the pricing table yet.</p>`;
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("catalogue");
    return html`<section class="card" aria-labelledby="order-heading">
      <h2 id="order-heading">Pricing table order</h2>
      <p class="muted">The products shown in the pricing table, left to right.</p>
      <div role="alert">${this.#error ? html`<p class="alert">${this.#error}</p>` : nothing}</div>
      ${this.#list(canWrite)}
    </section>`;
  }
}
