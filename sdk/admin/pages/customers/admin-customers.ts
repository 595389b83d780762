import { html } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import type { Column, ListPage, LoadPage } from "../../elements/admin-table/admin-table";
import { call, errorMessage } from "../../session/admin-api";
import { type Catalogue, loadCatalogue } from "../shared/catalogue";
import { filtersToggle, listStyles } from "../shared/list.styles";
import { SUBSCRIPTION_STATUSES } from "../shared/status";
import { apiQuery, type CustomerFilters, filtersFromSearch, filtersToSearch, NO_FILTERS, SORTS } from "./customer-query";

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
    filters: { state: true },
    catalogue: { state: true },
    exporting: { state: true },
    exportError: { state: true },
    filtersOpen: { state: true },
  };
  declare filters: CustomerFilters;
  declare catalogue: Catalogue | undefined;
  declare exporting: boolean;
  declare exportError: string | undefined;
  /** On phones the filters other than search fold behind a "Filters" button. */
  declare filtersOpen: boolean;
  #load: LoadPage<Customer> | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.filters = filtersFromSearch(globalThis.location?.search ?? "");
    this.exporting = false;
    this.filtersOpen = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#load = this.#loader(this.filters);
    loadCatalogue(this.signedIn.api).then(
      (catalogue) => (this.catalogue = catalogue),
      // The plan filter is a convenience: without the catalogue it only offers "Any plan".
      () => undefined,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  #loader(filters: CustomerFilters): LoadPage<Customer> {
    const query = apiQuery(filters);
    // The route answers CSV only when asked for it (Accept: text/csv); a page is always the JSON list.
    return async (page) =>
      (await call(this.signedIn.api.GET("/v1/customers", { params: { query: { ...query, ...page } } }))) as ListPage<Customer>;
  }

  #apply(filters: CustomerFilters): void {
    this.filters = filters;
    this.#load = this.#loader(filters);
    history.replaceState(history.state, "", `${location.pathname}${filtersToSearch(filters)}`);
  }

  #change(key: keyof CustomerFilters, value: string): void {
    const next = { ...this.filters, [key]: value } as CustomerFilters;
    clearTimeout(this.#searchTimer);
    // Typing searches once the person pauses, not on every key.
    if (key === "search") this.#searchTimer = setTimeout(() => this.#apply(next), 250);
    else this.#apply(next);
  }

  async #export(): Promise<void> {
    this.exporting = true;
    this.exportError = undefined;
    try {
      const blob = await call(
        this.signedIn.api.GET("/v1/customers", {
          params: { query: apiQuery(this.filters) },
          headers: { Accept: "text/csv" },
          parseAs: "blob",
        }),
      );
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `customers-${new Date().toISOString().slice(0, 10)}.csv`;
      this.renderRoot.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
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
    const f = this.filters;
    const select = (key: keyof CustomerFilters, label: string, options: Array<{ value: string; label: string }>) =>
      html`<div class="field"><label for=${`filter-${key}`}>${label}</label>
        <select id=${`filter-${key}`} @change=${(e: Event) => this.#change(key, (e.target as HTMLSelectElement).value)}>
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === f[key]}>${o.label}</option>`)}
        </select></div>`;
    const date = (key: "created_from" | "created_to", label: string) =>
      html`<div class="field date"><label for=${`filter-${key}`}>${label}</label>
        <input id=${`filter-${key}`} type="date" .value=${f[key]} @change=${(e: Event) => this.#change(key, (e.target as HTMLInputElement).value)} /></div>`;
    const plans = [{ value: "", label: "Any plan" }, ...(this.catalogue?.products ?? []).map((p) => ({ value: p.id, label: p.name }))];
    return html`<div class=${`filters ${this.filtersOpen ? "open" : ""}`} role="search" aria-label="Filter customers">
      <div class="field search"><label for="filter-search">Search</label>
        <input id="filter-search" type="search" placeholder="E-mail, name or external id" .value=${f.search}
          @input=${(e: Event) => this.#change("search", (e.target as HTMLInputElement).value)} /></div>
      ${filtersToggle(this.filtersOpen, () => (this.filtersOpen = !this.filtersOpen))}
      <div class="more" id="more-filters">
        ${select("status", "Subscription", [{ value: "", label: "Any status" }, ...SUBSCRIPTION_STATUSES])}
        ${select("product", "Plan", plans)}
        ${date("created_from", "Created from")} ${date("created_to", "Created to")}
        ${select("sort", "Sort", SORTS)}
      </div>
      ${this.#filtered() ? html`<button class="button quiet reset" type="button" @click=${() => this.#apply({ ...NO_FILTERS })}>Clear</button>` : null}
    </div>`;
  }

  protected override render() {
    return html`<billing-admin-page-header heading="Customers" description="Everyone who has an account with your product.">
        <button slot="actions" class="button" type="button" ?disabled=${this.exporting} @click=${() => this.#export()}>
          ${this.exporting ? "Exporting…" : "Export CSV"}
        </button>
      </billing-admin-page-header>
      ${this.exportError ? html`<p class="alert" role="alert">The export failed: ${this.exportError}</p>` : null}
      ${this.#filtersBar()}
      <billing-admin-table label="Customers" .columns=${this.#columns} .load=${this.#load}
        .rowHref=${(c: Customer) => `/admin/customers/${c.id}`}
        empty-text=${this.#filtered() ? "No customer matches these filters." : "No customers yet. They appear here when they sign up or your backend creates them."}>
      </billing-admin-table>`;
  }

  #filtered(): boolean {
    return JSON.stringify(this.filters) !== JSON.stringify(NO_FILTERS);
  }
}
