import { html } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import type { Column, ListPage } from "../../elements/admin-table/admin-table";
import { ListFilters } from "../../elements/list-filters";
import { listStyles } from "../../elements/list-filters.styles";
import { saveFile } from "../../elements/save-file";
import { call, errorMessage } from "../../session/admin-api";
import { type Catalogue, loadCatalogue, planOptions } from "../shared/catalogue";
import { SUBSCRIPTION_STATUSES } from "../shared/status";
import { apiQuery, CUSTOMER_FILTERS, type CustomerFilters, SORTS } from "./customer-query";

export type Customer = components["schemas"]["Customer"];

/**
 * Customers: search (e-mail, name, external id), filters (subscription status, plan, created
 * range), sort, cursor pages, and the CSV export of every matching customer. The filters live in
 * the address bar, so a filtered list is a link.
 *
 * @tagname billing-admin-customers
 */
export class AdminCustomers extends AdminElement {
  static override styles = [tokenStyles, adminStyles, listStyles];
  static override properties = {
    ...AdminElement.properties,
    catalogue: { state: true },
    exporting: { state: true },
    exportError: { state: true },
  };
  declare catalogue: Catalogue | undefined;
  declare exporting: boolean;
  declare exportError: string | undefined;
  // The route answers CSV only when asked for it (Accept: text/csv); a page is always the JSON list.
  readonly #filters = new ListFilters<CustomerFilters, Customer>(this, {
    ...CUSTOMER_FILTERS,
    list: async (filters, page) =>
      (await call(this.signedIn.api.GET("/v1/customers", { params: { query: { ...apiQuery(filters), ...page } } }))) as ListPage<Customer>,
  });

  constructor() {
    super();
    this.exporting = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadCatalogue(this.signedIn.api).then(
      (catalogue) => (this.catalogue = catalogue),
      // The plan filter is a convenience: without the catalogue it only offers "Any plan".
      () => undefined,
    );
  }

  async #export(): Promise<void> {
    this.exporting = true;
    this.exportError = undefined;
    try {
      const blob = await call(
        this.signedIn.api.GET("/v1/customers", {
          params: { query: apiQuery(this.#filters.values) },
          headers: { Accept: "text/csv" },
          parseAs: "blob",
        }),
      );
      saveFile(blob, `customers-${new Date().toISOString().slice(0, 10)}.csv`, this.renderRoot);
    } catch (error) {
      this.exportError = errorMessage(error);
    } finally {
      this.exporting = false;
    }
  }

  #columns: Column<Customer>[] = [
    {
      label: "Customer",
      // The table's own styles apply inside it: its .muted, and a line break for the e-mail under the name.
      cell: (c) => html`${c.name || c.email || c.id}${c.name && c.email ? html`<br /><span class="muted">${c.email}</span>` : null}`,
    },
    {
      label: "External id",
      cell: (c) => (c.external_id ? html`<code>${c.external_id}</code>` : html`<span class="muted">—</span>`),
      secondary: true,
    },
    { label: "Created", cell: (c) => this.formatDate(c.created), align: "end" },
  ];

  #filtersBar() {
    const filters = this.#filters;
    return filters.bar("Filter customers", {
      search: filters.search("search", "Search", "E-mail, name or external id"),
      more: html`${filters.select("status", "Subscription", [{ value: "", label: "Any status" }, ...SUBSCRIPTION_STATUSES])}
        ${filters.select("product", "Plan", planOptions(this.catalogue))}
        ${filters.date("created_from", "Created from")} ${filters.date("created_to", "Created to")}
        ${filters.select("sort", "Sort", SORTS)}`,
    });
  }

  protected override render() {
    return html`<billing-admin-page-header heading="Customers" description="Everyone who has an account with your product.">
        <button slot="actions" class="button" type="button" ?disabled=${this.exporting} @click=${() => this.#export()}>
          ${this.exporting ? "Exporting…" : "Export CSV"}
        </button>
      </billing-admin-page-header>
      ${this.exportError ? html`<p class="alert" role="alert">The export failed: ${this.exportError}</p>` : null}
      ${this.#filtersBar()}
      <billing-admin-table label="Customers" .columns=${this.#columns} .load=${this.#filters.load}
        .rowHref=${(c: Customer) => `/admin/customers/${c.id}`}
        empty-text=${this.#filters.filtered ? "No customer matches these filters." : "No customers yet. They appear here when they sign up or your backend creates them."}>
      </billing-admin-table>`;
  }
}
