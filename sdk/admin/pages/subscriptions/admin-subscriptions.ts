import { html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import type { Column } from "../../elements/admin-table/admin-table";
import { ListFilters } from "../../elements/list-filters";
import { listStyles } from "../../elements/list-filters.styles";
import { call } from "../../session/admin-api";
import { type Catalogue, loadCatalogue, planName, planOptions } from "../shared/catalogue";
import { SUBSCRIPTION_STATUSES, type Subscription, statusBadge } from "../shared/status";
import { SUBSCRIPTION_FILTERS, SUBSCRIPTION_SORTS, type SubscriptionFilters, subscriptionApiQuery } from "./subscription-query";

/**
 * Subscriptions: filters (status, plan, renewal date), sort and cursor pages; each row opens the
 * subscription. Filters live in the address bar.
 *
 * @tagname billing-admin-subscriptions
 */
export class AdminSubscriptions extends AdminElement {
  static override styles = [tokenStyles, adminStyles, listStyles];
  static override properties = { ...AdminElement.properties, catalogue: { state: true } };
  declare catalogue: Catalogue | undefined;
  readonly #filters = new ListFilters<SubscriptionFilters, Subscription>(this, {
    ...SUBSCRIPTION_FILTERS,
    list: (filters, page) =>
      call(this.signedIn.api.GET("/v1/subscriptions", { params: { query: { ...subscriptionApiQuery(filters), ...page } } })),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    loadCatalogue(this.signedIn.api).then(
      (catalogue) => (this.catalogue = catalogue),
      // Without the catalogue, plans show by id and the plan filter offers "Any plan" only.
      () => undefined,
    );
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
    const filters = this.#filters;
    return html`<billing-admin-page-header heading="Subscriptions" description="Every plan your customers pay for, mirrored from Stripe."></billing-admin-page-header>
      ${filters.bar("Filter subscriptions", {
        more: html`${filters.select("status", "Status", [{ value: "", label: "Any status" }, ...SUBSCRIPTION_STATUSES])}
          ${filters.select("product", "Plan", planOptions(this.catalogue))}
          ${filters.date("renews_from", "Renews from")} ${filters.date("renews_to", "Renews to")}
          ${filters.select("sort", "Sort", SUBSCRIPTION_SORTS)}`,
      })}
      <billing-admin-table label="Subscriptions" .columns=${this.#columns()} .load=${filters.load}
        .rowHref=${(s: Subscription) => `/admin/subscriptions/${s.id}`}
        empty-text=${filters.filtered ? "No subscription matches these filters." : "No subscriptions yet. They appear here when customers subscribe."}>
      </billing-admin-table>`;
  }
}
