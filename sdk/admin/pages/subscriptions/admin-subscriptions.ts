import { html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import type { Column, LoadPage } from "../../elements/admin-table/admin-table";
import { call } from "../../session/admin-api";
import { type Catalogue, loadCatalogue, planName } from "../shared/catalogue";
import { filtersToggle, listStyles } from "../shared/list.styles";
import { SUBSCRIPTION_STATUSES, type Subscription, statusBadge } from "../shared/status";
import {
  NO_SUBSCRIPTION_FILTERS,
  SUBSCRIPTION_SORTS,
  type SubscriptionFilters,
  subscriptionApiQuery,
  subscriptionFiltersFromSearch,
  subscriptionFiltersToSearch,
} from "./subscription-query";

/**
 * Subscriptions: filters (status, plan, renewal date), sort and cursor pages; each row opens the
 * subscription. Filters live in the address bar.
 *
 * @tagname billing-admin-subscriptions
 */
export class AdminSubscriptions extends AdminElement {
  static override styles = [tokenStyles, adminStyles, listStyles];
  static override properties = {
    ...AdminElement.properties,
    filters: { state: true },
    catalogue: { state: true },
    filtersOpen: { state: true },
  };
  declare filters: SubscriptionFilters;
  declare catalogue: Catalogue | undefined;
  /** On phones the filters fold behind a "Filters" button. */
  declare filtersOpen: boolean;
  #load: LoadPage<Subscription> | undefined;

  constructor() {
    super();
    this.filters = subscriptionFiltersFromSearch(globalThis.location?.search ?? "");
    this.filtersOpen = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#load = this.#loader(this.filters);
    loadCatalogue(this.signedIn.api).then(
      (catalogue) => (this.catalogue = catalogue),
      // Without the catalogue, plans show by id and the plan filter offers "Any plan" only.
      () => undefined,
    );
  }

  #loader(filters: SubscriptionFilters): LoadPage<Subscription> {
    const query = subscriptionApiQuery(filters);
    return (page) => call(this.signedIn.api.GET("/v1/subscriptions", { params: { query: { ...query, ...page } } }));
  }

  #apply(filters: SubscriptionFilters): void {
    this.filters = filters;
    this.#load = this.#loader(filters);
    history.replaceState(history.state, "", `${location.pathname}${subscriptionFiltersToSearch(filters)}`);
  }

  #change(key: keyof SubscriptionFilters, value: string): void {
    this.#apply({ ...this.filters, [key]: value } as SubscriptionFilters);
  }

  /** Made on each render: plan names appear once the catalogue has loaded. */
  #columns = (): Column<Subscription>[] => [
    {
      label: "Plan",
      cell: (s) => html`${planName(this.catalogue, s.product, s.price)}${s.quantity > 1 ? ` × ${s.quantity}` : ""}
<br /><span class="muted">${s.id}</span>`,
    },
    {
      label: "Customer",
      cell: (s) =>
        s.customer ? html`<a href=${`/admin/customers/${s.customer}`}><code>${s.customer}</code></a>` : html`<span class="muted">—</span>`,
      secondary: true,
    },
    { label: "Status", cell: (s) => statusBadge(s) },
    { label: "MRR", cell: (s) => this.formatMoney(s.mrr_amount, s.currency, s.currency_exponent), align: "end", secondary: true },
    {
      label: "Renews",
      cell: (s) =>
        s.current_period_end && s.status !== "canceled" ? this.formatDate(s.current_period_end) : html`<span class="muted">—</span>`,
      align: "end",
      secondary: true,
    },
    { label: "Created", cell: (s) => this.formatDate(s.created), align: "end", secondary: true },
  ];

  protected override render() {
    const f = this.filters;
    const select = (key: keyof SubscriptionFilters, label: string, options: Array<{ value: string; label: string }>) =>
      html`<div class="field"><label for=${`filter-${key}`}>${label}</label>
        <select id=${`filter-${key}`} @change=${(e: Event) => this.#change(key, (e.target as HTMLSelectElement).value)}>
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === f[key]}>${o.label}</option>`)}
        </select></div>`;
    const date = (key: "renews_from" | "renews_to", label: string) =>
      html`<div class="field date"><label for=${`filter-${key}`}>${label}</label>
        <input id=${`filter-${key}`} type="date" .value=${f[key]} @change=${(e: Event) => this.#change(key, (e.target as HTMLInputElement).value)} /></div>`;
    const plans = [{ value: "", label: "Any plan" }, ...(this.catalogue?.products ?? []).map((p) => ({ value: p.id, label: p.name }))];
    const filtered = JSON.stringify(f) !== JSON.stringify(NO_SUBSCRIPTION_FILTERS);
    return html`<billing-admin-page-header heading="Subscriptions" description="Every plan your customers pay for, mirrored from Stripe."></billing-admin-page-header>
      <div class=${`filters ${this.filtersOpen ? "open" : ""}`} role="search" aria-label="Filter subscriptions">
        ${filtersToggle(this.filtersOpen, () => (this.filtersOpen = !this.filtersOpen))}
        <div class="more" id="more-filters">
          ${select("status", "Status", [{ value: "", label: "Any status" }, ...SUBSCRIPTION_STATUSES])}
          ${select("product", "Plan", plans)}
          ${date("renews_from", "Renews from")} ${date("renews_to", "Renews to")}
          ${select("sort", "Sort", SUBSCRIPTION_SORTS)}
        </div>
        ${filtered ? html`<button class="button quiet reset" type="button" @click=${() => this.#apply({ ...NO_SUBSCRIPTION_FILTERS })}>Clear</button>` : null}
      </div>
      <billing-admin-table label="Subscriptions" .columns=${this.#columns()} .load=${this.#load}
        .rowHref=${(s: Subscription) => `/admin/subscriptions/${s.id}`}
        empty-text=${filtered ? "No subscription matches these filters." : "No subscriptions yet. They appear here when customers subscribe."}>
      </billing-admin-table>`;
  }
}
