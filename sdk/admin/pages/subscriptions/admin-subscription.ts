import { html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { recordError } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import { type BillingEvent, eventLabel, type Invoice, invoiceBadge } from "../shared/activity";
import { type Catalogue, loadCatalogue, planName } from "../shared/catalogue";
import { detailStyles } from "../shared/detail.styles";
import { type Loaded, section, track } from "../shared/record";
import { type Subscription, statusBadge } from "../shared/status";

type Action = "cancel_now" | "cancel_at_period_end" | "undo_cancel" | "pause" | "resume";

/**
 * One subscription (deep link /admin/subscriptions/sub_…): plan, quantity, period, trial,
 * scheduled and pending changes, history (its events) and invoices; actions: change plan or
 * quantity with the proration preview, cancel now or at period end, undo, pause, resume — each
 * destructive one confirmed first, and hidden from roles that cannot change subscriptions.
 *
 * @tagname billing-admin-subscription
 */
export class AdminSubscription extends AdminElement {
  static override styles = [tokenStyles, adminStyles, detailStyles];
  static override properties = {
    ...AdminElement.properties,
    subscriptionId: { attribute: "subscription-id" },
    record: { state: true },
    history: { state: true },
    invoices: { state: true },
    catalogue: { state: true },
    customerName: { state: true },
    changing: { state: true },
    busy: { state: true },
    notice: { state: true },
    actionError: { state: true },
  };
  declare subscriptionId: string;
  declare record: Loaded<Subscription>;
  declare history: Loaded<BillingEvent[]>;
  declare invoices: Loaded<Invoice[]>;
  declare catalogue: Catalogue | undefined;
  /** The customer's name or e-mail, once loaded (the id until then). */
  declare customerName: string | undefined;
  declare changing: boolean;
  declare busy: Action | undefined;
  declare notice: string | undefined;
  declare actionError: string | undefined;

  constructor() {
    super();
    this.subscriptionId = "";
    this.record = { status: "loading" };
    this.history = { status: "loading" };
    this.invoices = { status: "loading" };
    this.changing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadAll();
    loadCatalogue(this.signedIn.api).then(
      (catalogue) => (this.catalogue = catalogue),
      () => undefined,
    );
  }

  get #api() {
    return this.signedIn.api;
  }

  async #loadAll(): Promise<void> {
    await track(
      () => call(this.#api.GET("/v1/subscriptions/{id}", { params: { path: { id: this.subscriptionId } } })),
      (s) => (this.record = s),
    );
    this.#loadHistory();
    const customer = this.record.status === "ready" ? this.record.data.customer : null;
    if (customer) {
      this.#loadInvoices(customer);
      call(this.#api.GET("/v1/customers/{id}", { params: { path: { id: customer } } })).then(
        (c) => (this.customerName = c.name || c.email || undefined),
        // The id stays as the link's text.
        () => undefined,
      );
    } else this.invoices = { status: "ready", data: [] };
  }

  #loadHistory(): void {
    void track(
      async () => (await call(this.#api.GET("/v1/events", { params: { query: { object: this.subscriptionId, limit: 50 } } }))).data,
      (s) => (this.history = s),
    );
  }

  #loadInvoices(customer: string): void {
    void track(
      async () =>
        (await call(this.#api.GET("/v1/invoices", { params: { query: { customer, limit: 100 } } }))).data.filter(
          (invoice) => invoice.subscription === this.subscriptionId,
        ),
      (s) => (this.invoices = s),
    );
  }

  async #act(action: Action, subscription: Subscription): Promise<void> {
    const ends = subscription.current_period_end ? this.formatDate(subscription.current_period_end) : "the end of the period";
    const questions: Partial<Record<Action, { title: string; message: string; confirmLabel: string }>> = {
      cancel_now: {
        title: "Cancel this subscription now?",
        message: "Access ends at once and nothing more is billed. This cannot be undone.",
        confirmLabel: "Cancel now",
      },
      cancel_at_period_end: {
        title: "Cancel at the end of the period?",
        message: `The subscription stays active until ${ends}, then ends. You can undo this until then.`,
        confirmLabel: "Cancel at period end",
      },
      pause: {
        title: "Pause payment collection?",
        message: "Invoices are voided until you resume; the customer is not charged meanwhile.",
        confirmLabel: "Pause",
      },
    };
    const question = questions[action];
    if (question && !(await confirmAction(this, question))) return;
    this.busy = action;
    this.actionError = undefined;
    this.notice = undefined;
    const path = { params: { path: { id: subscription.id } } };
    try {
      const updated = await call(
        action === "cancel_now" || action === "cancel_at_period_end"
          ? this.#api.POST("/v1/subscriptions/{id}/cancel", { ...path, body: { at_period_end: action === "cancel_at_period_end" } })
          : action === "undo_cancel"
            ? this.#api.POST("/v1/subscriptions/{id}/undo_cancel", path)
            : action === "pause"
              ? this.#api.POST("/v1/subscriptions/{id}/pause", { ...path, body: {} })
              : this.#api.POST("/v1/subscriptions/{id}/resume", path),
      );
      this.#updated(updated as Subscription, DONE[action]);
    } catch (error) {
      this.actionError = errorMessage(error);
    } finally {
      this.busy = undefined;
    }
  }

  #updated(subscription: Subscription, notice: string): void {
    this.record = { status: "ready", data: subscription };
    this.notice = notice;
    this.#loadHistory();
    if (subscription.customer) this.#loadInvoices(subscription.customer);
  }

  #actions(s: Subscription) {
    if (!this.signedIn.canWrite("subscriptions") || s.status === "canceled" || s.status === "incomplete_expired") return nothing;
    const button = (action: Action, label: string, kind = "") =>
      html`<button class=${`button ${kind}`} type="button" ?disabled=${this.busy !== undefined} @click=${() => this.#act(action, s)}>
        ${this.busy === action ? "Working…" : label}</button>`;
    return html`<span slot="actions" class="row-actions">
      <button class="button primary" type="button" ?disabled=${!this.catalogue || this.busy !== undefined} @click=${() => (this.changing = true)}>Change plan</button>
      ${s.cancel_at_period_end ? button("undo_cancel", "Undo cancellation") : button("cancel_at_period_end", "Cancel at period end")}
      ${s.paused ? button("resume", "Resume") : button("pause", "Pause", "quiet")}
      ${button("cancel_now", "Cancel now", "danger")}
    </span>`;
  }

  #facts(s: Subscription) {
    const date = (seconds: number | null) => (seconds ? this.formatDate(seconds) : "—");
    const planOf = (price: string | null) =>
      planName(this.catalogue, this.catalogue?.prices.find((p) => p.id === price)?.product ?? null, price);
    return html`<div class="grid">
      <section class="card" aria-labelledby="summary">
        <h2 id="summary">Summary</h2>
        <dl>
          <dt>Customer</dt><dd>${s.customer ? html`<a href=${`/admin/customers/${s.customer}`}>${this.customerName ?? s.customer}</a>` : "—"}</dd>
          <dt>Plan</dt><dd>${planName(this.catalogue, s.product, s.price)}${s.product_version ? html` <span class="muted">v${s.product_version}</span>` : nothing}</dd>
          <dt>Price</dt><dd><code>${s.price ?? s.stripe_price_id ?? "—"}</code></dd>
          <dt>Quantity</dt><dd>${this.formatNumber(s.quantity)}</dd>
          <dt>MRR</dt><dd>${this.formatMoney(s.mrr_amount, s.currency, s.currency_exponent)}</dd>
          <dt>Created</dt><dd>${this.formatDateTime(s.created)}</dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="period">
        <h2 id="period">Period</h2>
        <dl>
          <dt>${s.cancel_at_period_end ? "Ends" : "Renews"}</dt><dd>${date(s.current_period_end)}</dd>
          <dt>Trial</dt><dd>${s.trial_end ? `Until ${date(s.trial_end)}` : "No trial"}</dd>
          <dt>Paused</dt><dd>${s.paused ? "Yes: payment collection is paused" : "No"}</dd>
          ${s.past_due_since ? html`<dt>Past due since</dt><dd>${date(s.past_due_since)}</dd>` : nothing}
          ${s.access_ends_at ? html`<dt>Access ends</dt><dd>${date(s.access_ends_at)}</dd>` : nothing}
          ${s.cancellation_reason ? html`<dt>Cancellation reason</dt><dd>${s.cancellation_reason.replace(/_/g, " ")}${s.cancellation_comment ? `: “${s.cancellation_comment}”` : ""}</dd>` : nothing}
        </dl>
      </section>
      <section class="card" aria-labelledby="changes">
        <h2 id="changes">Changes</h2>
        <dl>
          <dt>Scheduled</dt>
          <dd>${s.scheduled_change ? `${planOf(s.scheduled_change.price)} × ${s.scheduled_change.quantity} from ${date(s.scheduled_change.effective_at)}` : "None"}</dd>
          <dt>Pending payment</dt>
          <dd>${
            s.pending_change
              ? html`${planOf(s.pending_change.price)} × ${s.pending_change.quantity}, once invoice
                  <code>${s.pending_change.invoice ?? "—"}</code> is paid${s.pending_change.expires_at ? ` (lapses ${this.formatDateTime(s.pending_change.expires_at)})` : ""}`
              : "None"
          }</dd>
        </dl>
      </section>
    </div>`;
  }

  #invoiceList(invoices: Invoice[]) {
    if (invoices.length === 0) return html`<p class="muted">No invoices yet.</p>`;
    return html`<ul class="list">${invoices.map(
      (invoice) => html`<li>
        <span class="main"><span>${this.formatMoney(invoice.amount_due, invoice.currency, invoice.currency_exponent)} ${invoiceBadge(invoice)}</span>
          <span class="sub">${invoice.id} · ${this.formatDate(invoice.created)}</span></span>
        ${invoice.hosted_invoice_url ? html`<a href=${invoice.hosted_invoice_url} target="_blank" rel="noopener">View invoice</a>` : nothing}
      </li>`,
    )}</ul>`;
  }

  #historyList(events: BillingEvent[]) {
    if (events.length === 0) return html`<p class="muted">No events in the last 30 days.</p>`;
    return html`<ul class="list">${events.map(
      (event) => html`<li><span class="main"><span>${eventLabel(event.type)}</span><span class="sub">${event.id}</span></span>
        <time class="sub" datetime=${new Date(event.created * 1000).toISOString()}>${this.formatDateTime(event.created)}</time></li>`,
    )}</ul>`;
  }

  protected override render() {
    const record = this.record;
    const title = record.status === "ready" ? planName(this.catalogue, record.data.product, record.data.price) : "Subscription";
    return html`<billing-admin-page-header heading=${title} back-href="/admin/subscriptions" back-label="Subscriptions">
        ${record.status === "ready" ? html`${statusBadge(record.data)} <code class="muted">${record.data.id}</code>` : nothing}
        ${record.status === "ready" ? this.#actions(record.data) : nothing}
      </billing-admin-page-header>
      <div class="stack">
        <div role="status">${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}</div>
        ${this.actionError ? html`<p class="alert" role="alert">${this.actionError}</p>` : nothing}
        ${
          record.status === "error"
            ? recordError(this.signedIn, record.error, () => void this.#loadAll(), "subscription")
            : section(
                record,
                (s) => this.#facts(s),
                () => void this.#loadAll(),
                "subscription",
              )
        }
        <div class="grid">
          <section class="card" aria-labelledby="history"><h2 id="history">History</h2>
            ${section(
              this.history,
              (events) => this.#historyList(events),
              () => this.#loadHistory(),
              "history",
            )}</section>
          <section class="card" aria-labelledby="invoices"><h2 id="invoices">Invoices</h2>
            ${section(
              this.invoices,
              (invoices) => this.#invoiceList(invoices),
              () => void this.#loadAll(),
              "invoices",
            )}</section>
        </div>
      </div>
      ${
        this.changing && record.status === "ready" && this.catalogue
          ? html`<billing-admin-subscription-change .subscription=${record.data} .catalogue=${this.catalogue}
              @billing-admin-close=${() => (this.changing = false)}
              @billing-admin-subscription-changed=${(e: CustomEvent<{ subscription: Subscription }>) => {
                this.changing = false;
                this.#updated(e.detail.subscription, "The plan was changed.");
              }}></billing-admin-subscription-change>`
          : nothing
      }`;
  }
}

const DONE: Record<Action, string> = {
  cancel_now: "The subscription was canceled.",
  cancel_at_period_end: "The subscription will cancel at the end of the period.",
  undo_cancel: "The cancellation was undone.",
  pause: "Payment collection is paused.",
  resume: "The subscription was resumed.",
};
