import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import type { Column, ListPage, LoadPage } from "../../elements/admin-table/admin-table";
import { recordError } from "../../elements/page-states";
import { call } from "../../session/admin-api";
import { type BillingEvent, eventLabel, type Invoice, invoiceBadge } from "../shared/activity";
import { type Catalogue, loadCatalogue, planName } from "../shared/catalogue";
import { detailStyles } from "../shared/detail.styles";
import { type Loaded, section, track } from "../shared/record";
import { type Subscription, statusBadge } from "../shared/status";
import type { Customer } from "./admin-customers";
import type { PaymentMethod } from "./customer-view";

interface Billing {
  subscriptions: Subscription[];
  invoices: Invoice[];
  paymentMethods: PaymentMethod[];
}

/**
 * One customer (deep link /admin/customers/cus_…): profile, subscriptions, invoices (refund),
 * payment methods (brand and last four), entitlements with usage and manual grants, and the
 * activity timeline; edit and "view as customer" (their `<billing-portal>`). Write actions are
 * hidden from roles that cannot use them.
 *
 * @tagname billing-admin-customer
 */
export class AdminCustomer extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    detailStyles,
    css`
      .wide {
        grid-column: 1 / -1;
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    customerId: { attribute: "customer-id" },
    record: { state: true },
    accounts: { state: true },
    catalogue: { state: true },
    dialog: { state: true },
    notice: { state: true },
  };
  declare customerId: string;
  declare record: Loaded<Customer>;
  declare accounts: Loaded<Billing>;
  declare catalogue: Catalogue | undefined;
  declare dialog: { kind: "edit" } | { kind: "refund"; invoice: Invoice } | { kind: "view" } | undefined;
  declare notice: string | undefined;
  #timeline: LoadPage<BillingEvent> | undefined;

  constructor() {
    super();
    this.customerId = "";
    this.record = { status: "loading" };
    this.accounts = { status: "loading" };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loadRecord();
    this.#loadBilling();
    this.#reloadTimeline();
    loadCatalogue(this.signedIn.api).then(
      (catalogue) => (this.catalogue = catalogue),
      () => undefined,
    );
  }

  #loadRecord(): void {
    void track(
      () => call(this.signedIn.api.GET("/v1/customers/{id}", { params: { path: { id: this.customerId } } })),
      (s) => (this.record = s),
    );
  }

  #loadBilling(): void {
    const api = this.signedIn.api;
    const customer = this.customerId;
    void track(
      async () => {
        const [subscriptions, invoices, paymentMethods] = await Promise.all([
          call(api.GET("/v1/subscriptions", { params: { query: { customer, limit: 100 } } })),
          call(api.GET("/v1/invoices", { params: { query: { customer, limit: 20 } } })),
          call(api.GET("/v1/customers/{id}/payment_methods", { params: { path: { id: customer } } })),
        ]);
        return { subscriptions: subscriptions.data, invoices: invoices.data, paymentMethods: paymentMethods.data };
      },
      (s) => (this.accounts = s),
    );
  }

  #reloadTimeline(): void {
    const id = this.customerId;
    this.#timeline = async (page) =>
      (await call(
        this.signedIn.api.GET("/v1/customers/{id}/timeline", { params: { path: { id }, query: page } }),
      )) as ListPage<BillingEvent>;
    this.requestUpdate();
  }

  #changed(notice: string): void {
    this.dialog = undefined;
    this.notice = notice;
    this.#loadBilling();
    this.#reloadTimeline();
  }

  #profile(c: Customer) {
    const metadata = Object.entries(c.metadata ?? {});
    return html`<section class="card" aria-labelledby="profile"><h2 id="profile">Profile</h2>
      <dl>
        <dt>E-mail</dt><dd>${c.email ?? "—"}</dd>
        <dt>Name</dt><dd>${c.name ?? "—"}</dd>
        <dt>External id</dt><dd>${c.external_id ? html`<code>${c.external_id}</code>` : "—"}</dd>
        <dt>Customer id</dt><dd><code>${c.id}</code></dd>
        <dt>Stripe</dt><dd>${c.stripe_customer_id ? html`<code>${c.stripe_customer_id}</code>` : "Not created yet"}</dd>
        <dt>Created</dt><dd>${this.formatDateTime(c.created)}</dd>
        ${metadata.map(([key, value]) => html`<dt><code>${key}</code></dt><dd>${value}</dd>`)}
      </dl></section>`;
  }

  #subscriptions(subscriptions: Subscription[]) {
    if (subscriptions.length === 0) return html`<p class="muted">No subscriptions.</p>`;
    return html`<ul class="list">${subscriptions.map(
      (
        s,
      ) => html`<li><span class="main"><a href=${`/admin/subscriptions/${s.id}`}>${planName(this.catalogue, s.product, s.price)}${s.quantity > 1 ? ` × ${s.quantity}` : ""}</a>
        <span class="sub">${this.formatMoney(s.mrr_amount, s.currency, s.currency_exponent)}/mo${s.current_period_end ? ` · ${s.cancel_at_period_end ? "ends" : "renews"} ${this.formatDate(s.current_period_end)}` : ""}</span></span>
        ${statusBadge(s)}</li>`,
    )}</ul>`;
  }

  #invoices(invoices: Invoice[]) {
    if (invoices.length === 0) return html`<p class="muted">No invoices yet.</p>`;
    const refundable = this.signedIn.canWrite("subscriptions");
    return html`<ul class="list">${invoices.map(
      (i) => html`<li><span class="main"><span>${this.formatMoney(i.amount_due, i.currency, i.currency_exponent)} ${invoiceBadge(i)}</span>
        <span class="sub">${i.id} · ${this.formatDate(i.created)}</span></span>
        <span class="row-actions">
          ${i.hosted_invoice_url ? html`<a class="button quiet" href=${i.hosted_invoice_url} target="_blank" rel="noopener">View</a>` : nothing}
          ${
            refundable && i.status === "paid" && i.amount_paid > 0
              ? html`<button class="button" type="button" @click=${() => (this.dialog = { kind: "refund", invoice: i })} aria-label=${`Refund ${i.id}`}>Refund</button>`
              : nothing
          }
        </span></li>`,
    )}</ul>`;
  }

  #paymentMethods(methods: PaymentMethod[]) {
    if (methods.length === 0) return html`<p class="muted">No saved payment method.</p>`;
    return html`<ul class="list">${methods.map(
      (
        m,
      ) => html`<li><span class="main"><span>${(m.brand ?? "card").replace(/^\w/, (l) => l.toUpperCase())} •••• ${m.last4 ?? "????"}</span>
        <span class="sub">${m.exp_month && m.exp_year ? `Expires ${String(m.exp_month).padStart(2, "0")}/${m.exp_year}` : ""}</span></span>
        ${m.default ? html`<span class="badge">Default</span>` : nothing}</li>`,
    )}</ul>`;
  }

  #timelineColumns: Column<BillingEvent>[] = [
    { label: "Activity", cell: (e) => eventLabel(e.type) },
    { label: "When", cell: (e) => this.formatDateTime(e.created), align: "end" },
  ];

  #dialog(customer: Customer) {
    const dialog = this.dialog;
    if (!dialog) return nothing;
    const close = () => (this.dialog = undefined);
    if (dialog.kind === "edit")
      return html`<billing-admin-customer-edit .customer=${customer} @billing-admin-close=${close}
        @billing-admin-customer-saved=${(e: CustomEvent<{ customer: Customer }>) => {
          this.record = { status: "ready", data: e.detail.customer };
          this.#changed("The customer was saved.");
        }}></billing-admin-customer-edit>`;
    if (dialog.kind === "refund")
      return html`<billing-admin-refund .invoice=${dialog.invoice} @billing-admin-close=${close}
        @billing-admin-refunded=${() => this.#changed("The refund was made.")}></billing-admin-refund>`;
    return html`<billing-admin-customer-view .customer=${customer} @billing-admin-close=${close}></billing-admin-customer-view>`;
  }

  #body(customer: Customer) {
    return html`<div class="grid">
            ${this.#profile(customer)}
            <section class="card" aria-labelledby="subscriptions"><h2 id="subscriptions">Subscriptions</h2>
              ${section(
                this.accounts,
                (b) => this.#subscriptions(b.subscriptions),
                () => this.#loadBilling(),
                "subscriptions",
              )}</section>
            <section class="card" aria-labelledby="invoices"><h2 id="invoices">Invoices</h2>
              ${section(
                this.accounts,
                (b) => this.#invoices(b.invoices),
                () => this.#loadBilling(),
                "invoices",
              )}</section>
            <section class="card" aria-labelledby="payment-methods"><h2 id="payment-methods">Payment methods</h2>
              ${section(
                this.accounts,
                (b) => this.#paymentMethods(b.paymentMethods),
                () => this.#loadBilling(),
                "payment methods",
              )}</section>
            <section class="card wide" aria-labelledby="entitlements"><h2 id="entitlements">Entitlements</h2>
              <billing-admin-customer-entitlements customer-id=${customer.id}
                @billing-admin-customer-changed=${() => this.#reloadTimeline()}></billing-admin-customer-entitlements></section>
            <section class="wide" aria-labelledby="timeline"><h2 id="timeline" class="section-title">Activity</h2>
              <billing-admin-table label="Activity" .columns=${this.#timelineColumns} .load=${this.#timeline} empty-text="No activity yet."></billing-admin-table></section>
          </div>`;
  }

  protected override render() {
    const record = this.record;
    const c = record.status === "ready" ? record.data : undefined;
    const write = this.signedIn.canWrite("customers");
    return html`<billing-admin-page-header heading=${c ? c.name || c.email || c.id : "Customer"} back-href="/admin/customers" back-label="Customers">
        ${c?.name && c.email ? html`<span class="muted">${c.email}</span>` : nothing}
        ${
          c && write
            ? html`<span slot="actions" class="row-actions">
              <button class="button" type="button" @click=${() => (this.dialog = { kind: "view" })}>View as customer</button>
              <button class="button primary" type="button" @click=${() => (this.dialog = { kind: "edit" })}>Edit</button></span>`
            : nothing
        }
      </billing-admin-page-header>
      <div class="stack">
        <div role="status">${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}</div>
        ${
          record.status === "error"
            ? recordError(this.signedIn, record.error, () => this.#loadRecord(), "customer")
            : section(
                record,
                (customer) => this.#body(customer),
                () => this.#loadRecord(),
                "customer",
              )
        }
      </div>
      ${c ? this.#dialog(c) : nothing}`;
  }
}
