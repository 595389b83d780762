import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import type { BillingClient, Subscription } from "../../client/client";
import { BillingApiError, BillingSessionError } from "../../client/errors";
import type { Loadable } from "../../client/loadable";
import type { PortalActionDetail, PortalErrorDetail } from "../../events/portal-events";
import { BillingElement } from "../../internal/billing-element";
import { messagesFor } from "../../internal/localize";
import { StoreController } from "../../internal/store-controller";
import "../billing-dialog/define";
import { stripeAppearance } from "../../internal/appearance";
import { StripePayment } from "../billing-checkout/stripe-payment";
import { messages, type PortalMessages } from "./billing-portal.messages";
import { styles } from "./billing-portal.styles";
import { type PaymentMethod, type PortalApi, portalApi, type Timing } from "./portal-api";
import { type CancelDialog, cancelDialog, type PauseDialog, pauseDialog } from "./portal-cancel";
import { type AddCardDialog, addCardDialog, cardName, cardsSection, type RemoveCardDialog, removeCardDialog } from "./portal-cards";
import { type ChangeDialog, changeDialog } from "./portal-change";
import { PortalData } from "./portal-data";
import { invoicesSection, type PayDialog, payDialog } from "./portal-invoices";
import { planOptions, productOf } from "./portal-plans";
import { subscriptionsSection } from "./portal-subscriptions";
import { usageSection } from "./portal-usage";
import { describeProblem, type PortalView } from "./portal-view";

export type PortalSection = "subscriptions" | "usage" | "payment-methods" | "invoices";
const SECTIONS: PortalSection[] = ["subscriptions", "usage", "payment-methods", "invoices"];

type Dialog = ChangeDialog | CancelDialog | PauseDialog | AddCardDialog | RemoveCardDialog | PayDialog;

/**
 * The customer's self-serve billing page, for the customer of the current session: subscriptions
 * with their status in words, plan and quantity changes with the API's proration preview, cancel
 * (with Stripe's reasons) and undo, pause and resume, payment methods, invoices and usage. Every
 * destructive action asks first, in a dialog; what the portal shows after an action is what the
 * API answered, never a guess.
 *
 * @tagname billing-portal
 * @summary Self-serve billing for the signed-in customer (like Stripe's customer portal, in the page).
 *
 * @slot payment - Filled by the element itself: the light-DOM node Stripe's Payment Element mounts in when adding a card.
 *
 * @event billing-portal-action - An action succeeded; `detail`: `PortalActionDetail` (what the API answered).
 * @event billing-portal-error - An action failed (the portal shows why); `detail`: `PortalErrorDetail`.
 *
 * @csspart section - Every section; each also has its name (`subscriptions`, `usage`, `payment-methods`, `invoices`).
 * @csspart subscription - One subscription.
 * @csspart status - A subscription's status badge.
 * @csspart preview - The proration preview's totals.
 * @csspart card - One payment method.
 * @csspart invoice - One invoice row.
 * @csspart notice - The result of the last action.
 * @csspart error - Error messages.
 *
 * @cssstate loading - The subscriptions are loading.
 *
 * @cssproperty --billing-color-accent - Primary buttons and focus rings.
 * @cssproperty --billing-color-danger - Destructive buttons, past-due states and errors.
 */
export class BillingPortal extends BillingElement {
  static override styles = styles;
  static override properties = {
    ...BillingElement.properties,
    sections: {},
    changeTiming: { attribute: "change-timing" },
    allowPause: { attribute: "allow-pause", type: Boolean },
    perSeat: { attribute: "per-seat" },
    dialog: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    signedOut: { state: true, attribute: false },
  };

  /** Which sections to show, space-separated, in this order: `subscriptions usage payment-methods invoices` (the default). */
  declare sections: string;
  /** When plan changes apply: `now` (prorated, the default), `period_end`, or both (`now period_end`: the customer chooses). */
  declare changeTiming: string;
  /** Lets customers pause payment collection, and resume it. */
  declare allowPause: boolean;
  /** Products sold per seat (`prod_a prod_b`, or `all`): their quantity can be changed. */
  declare perSeat: string | undefined;
  declare protected dialog: Dialog | undefined;
  declare protected busy: string | undefined;
  declare protected notice: { tone: "good" | "bad"; text: string } | undefined;
  /** The page has no signed-in customer (no `fetchSession`, or it resolved null). */
  declare protected signedOut: boolean;

  readonly #stores = new StoreController(this);
  /** What had focus before a dialog opened, so closing it returns there. */
  #opener: HTMLElement | undefined;
  /** The reload of the subscriptions after the last action (what the API now says). */
  #reloaded: Promise<unknown> = Promise.resolve();
  /** Stripe.js mounts here when adding a card: a light-DOM child projected through the `payment` slot. */
  readonly #mountNode: HTMLDivElement = Object.assign(document.createElement("div"), { slot: "payment" });
  #payment: StripePayment | undefined;
  readonly #data = new PortalData(
    this,
    () => this.#api,
    () => {
      const session = this.billingClient?.$session.get();
      return (session?.status === "active" && session.customer) || undefined;
    },
  );
  /** The client the sections were loaded with, and whether that load is under way. */
  #loadedFor: BillingClient | undefined;
  #loadedWith: BillingClient["fetchSession"];
  #loading = false;

  constructor() {
    super();
    this.sections = SECTIONS.join(" ");
    this.changeTiming = "now";
    this.allowPause = false;
    this.signedOut = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#mountNode.parentNode !== this) this.append(this.#mountNode);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unmount();
  }

  protected get text(): PortalMessages {
    return messagesFor(messages, this.resolvedLocale);
  }

  protected get shown(): PortalSection[] {
    const asked = this.sections.split(/\s+/);
    return SECTIONS.filter((name) => asked.includes(name)).sort((a, b) => asked.indexOf(a) - asked.indexOf(b));
  }

  get #api(): PortalApi | undefined {
    const client = this.billingClient;
    return client && portalApi(client);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.billingClient;
    this.#stores.watch(client ? [client.$customer, client.$pricing, client.$session] : []);
    if (client?.$customer.get().status === "loading") this.internals.states.add("loading");
    else this.internals.states.delete("loading");
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const client = this.billingClient;
    if (!client || !this.isConnected || this.#loading) return;
    // Load once per client and session callback, and again when a (re-)minted session left the subscriptions unloaded.
    const again = client.$customer.get().status === "idle" && client.$session.get().status === "active";
    if (client === this.#loadedFor && client.fetchSession === this.#loadedWith && !again) return;
    this.#loadedFor = client;
    this.#loadedWith = client.fetchSession;
    this.#loading = true;
    // After this update: loading sets state the next render shows.
    queueMicrotask(() => this.#load(client));
  }

  /** Loads what the shown sections need; each section shows its own loading and error state. */
  #load(client: BillingClient): void {
    void client.loadPricing().catch(() => {});
    void client
      .loadCustomer()
      .then((customer) => {
        this.signedOut = customer === null;
      })
      .catch(() => {})
      .finally(() => {
        this.#loading = false;
      });
    this.#data.reset();
    if (this.shown.includes("usage")) void this.#data.loadUsage();
    if (this.shown.includes("payment-methods") || this.shown.includes("invoices")) void this.#data.loadCards();
    if (this.shown.includes("invoices")) void this.#data.loadInvoices();
  }

  get #subscriptions(): Loadable<Subscription[]> {
    const state = this.billingClient?.$customer.get();
    if (!state) return { status: "idle" };
    if (state.status === "ready")
      return { status: "ready", data: state.data.subscriptions.filter((sub) => sub.status !== "incomplete_expired") };
    return state;
  }

  #problem(error: unknown): string {
    return describeProblem(error, this.text, this.resolvedLocale);
  }

  get #view(): PortalView {
    const text = this.text;
    const pricing = this.billingClient?.$pricing.get();
    const doc = pricing?.status === "ready" ? pricing.data : undefined;
    return {
      text,
      busy: this.busy,
      money: (amount, currency) => this.formatMoney(amount, currency),
      date: (seconds) => this.formatDate(seconds),
      planOf: (price, quantity) => text.plan(productOf(doc, price)?.name ?? text.unknownPlan, quantity),
      priceOf: (price, quantity, currency) => {
        const option = productOf(doc, price)?.prices[currency]?.find((o) => o.price === price);
        if (option?.type !== "recurring" || !option.interval) return undefined;
        return `${this.formatMoney(option.unit_amount * quantity, currency)} ${text.every(option.interval, option.interval_count ?? 1)}`;
      },
      problem: (error) => this.#problem(error),
    };
  }

  #timings(): Timing[] {
    const allowed = this.changeTiming.split(/\s+/).filter((t): t is Timing => t === "now" || t === "period_end");
    return allowed.length ? allowed : ["now"];
  }

  #seats = (product: string, sub: Subscription) =>
    sub.quantity > 1 || this.perSeat === "all" || (this.perSeat ?? "").split(/\s+/).includes(product);

  // ——— dialogs ———

  #open(dialog: Dialog): void {
    const active = this.shadowRoot?.activeElement;
    this.#opener = active instanceof HTMLElement ? active : undefined;
    this.notice = undefined;
    this.dialog = dialog;
  }

  /** Closes the dialog (not while its action is in flight) and gives focus back to what opened it. */
  #close = (): void => {
    if (this.busy) return;
    this.#unmount();
    this.dialog = undefined;
    void this.updateComplete.then(() => this.#restoreFocus());
  };

  #restoreFocus(fallback?: string): void {
    const opener = this.#opener;
    const target =
      opener?.isConnected && !(opener as HTMLButtonElement).disabled
        ? opener
        : fallback
          ? this.shadowRoot?.querySelector<HTMLElement>(fallback)
          : undefined;
    target?.focus();
  }

  #update(patch: Partial<Dialog>): void {
    if (this.dialog) this.dialog = { ...this.dialog, ...patch } as Dialog;
  }

  /**
   * Runs one action: one at a time, the API's answer decides what is shown, then the data it touched
   * is reloaded (so other BillingOS elements on the page follow too).
   */
  async #act<T>(
    key: string,
    action: PortalActionDetail["action"],
    call: (api: PortalApi) => Promise<T>,
    done: (result: T) => string,
  ): Promise<boolean> {
    const api = this.#api;
    if (!api || this.busy) return false;
    this.busy = key;
    if (this.dialog) this.#update({ error: undefined });
    try {
      const result = await call(api);
      this.notice = { tone: "good", text: done(result) };
      this.emit<PortalActionDetail>("billing-portal-action", { action, result });
      return true;
    } catch (error) {
      const message = this.#problem(error);
      if (this.dialog) this.#update({ error: message });
      else this.notice = { tone: "bad", text: message };
      const code = error instanceof BillingApiError || error instanceof BillingSessionError ? error.code : "network_error";
      this.emit<PortalErrorDetail>("billing-portal-error", { action, code, message });
      return false;
    } finally {
      this.busy = undefined;
      this.#reloaded = this.billingClient?.loadCustomer({ force: true }).catch(() => null) ?? Promise.resolve();
    }
  }

  /** An action that asked for confirmation succeeded: the dialog closes and focus goes back. */
  async #confirmed(ok: boolean, fallback: string): Promise<void> {
    if (!ok) return;
    this.#unmount();
    this.dialog = undefined;
    await this.#reloaded;
    await this.updateComplete;
    this.#restoreFocus(fallback);
  }

  #startChange = (sub: Subscription): void => {
    const timing = this.#timings()[0] ?? "now";
    this.#open({ kind: "change", sub, price: sub.price ?? "", quantity: sub.quantity, timing, step: "choose" });
  };

  async #review(): Promise<void> {
    const dialog = this.dialog;
    const api = this.#api;
    if (dialog?.kind !== "change" || !api || this.busy) return;
    if (dialog.timing === "period_end") {
      this.#update({ step: "review", preview: undefined, error: undefined });
      return this.#focusDialog(".review-plan");
    }
    this.busy = "preview";
    try {
      const preview = await api.preview(dialog.sub.id, { price: dialog.price, quantity: dialog.quantity });
      this.#update({ step: "review", preview, error: undefined });
      this.busy = undefined;
      await this.#focusDialog(".review-plan");
    } catch (error) {
      this.busy = undefined;
      this.#update({ error: this.#problem(error) });
    }
  }

  async #focusDialog(selector: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  async #confirmChange(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "change") return;
    const { sub, price, quantity, timing, preview } = dialog;
    // The preview's proration_date makes Stripe charge exactly what the customer was shown.
    const body = { price, quantity, timing, ...(timing === "now" && preview ? { proration_date: preview.proration_date } : {}) };
    const ok = await this.#act(
      "change",
      "change",
      (api) => api.change(sub.id, body),
      () => this.text.changed,
    );
    await this.#confirmed(ok, `#plan-${sub.id}`);
  }

  async #confirmCancel(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "cancel") return;
    const comment = dialog.comment.trim();
    const body = { at_period_end: true, ...(dialog.reason ? { reason: dialog.reason } : {}), ...(comment ? { comment } : {}) };
    const ok = await this.#act(
      "cancel",
      "cancel",
      (api) => api.cancel(dialog.sub.id, body),
      (sub) => (sub.current_period_end ? this.text.canceledNotice(this.formatDate(sub.current_period_end)) : this.text.canceled),
    );
    await this.#confirmed(ok, `[data-action="undo:${dialog.sub.id}"]`);
  }

  async #confirmPause(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "pause") return;
    const ok = await this.#act(
      "pause",
      "pause",
      (api) => api.pause(dialog.sub.id),
      () => this.text.pausedNotice,
    );
    await this.#confirmed(ok, `[data-action="resume:${dialog.sub.id}"]`);
  }

  /** Non-destructive actions run at once; focus moves to the subscription, whose buttons changed. */
  async #direct(key: string, action: "undo_cancel" | "resume", sub: Subscription): Promise<void> {
    const ok = await this.#act(
      key,
      action,
      (api) => (action === "resume" ? api.resume(sub.id) : api.undoCancel(sub.id)),
      () => (action === "resume" ? this.text.resumed : this.text.undone),
    );
    this.#opener = undefined;
    if (ok) await this.#confirmed(true, `#plan-${sub.id}`);
  }

  // ——— payment methods and invoices ———

  /** Opens the add-card dialog and mounts Stripe's Payment Element for a new SetupIntent. */
  async #addCard(): Promise<void> {
    const api = this.#api;
    if (!api || this.busy) return;
    this.#open({ kind: "add-card", mounted: false });
    try {
      const intent = await api.setupIntent(await this.#data.customer(api));
      if (!intent.stripe.publishable_key) throw new Error("Stripe is not configured for this mode.");
      await this.updateComplete;
      const payment = await StripePayment.mount(
        this.#mountNode,
        {
          publishableKey: intent.stripe.publishable_key,
          account: intent.stripe.account,
          clientSecret: intent.client_secret,
          kind: "setup_intent",
          appearance: stripeAppearance(this),
          locale: this.resolvedLocale,
        },
        () => this.requestUpdate(),
      );
      if (this.dialog?.kind !== "add-card") return payment.destroy();
      this.#payment = payment;
      this.#update({ mounted: true });
    } catch (error) {
      if (this.dialog?.kind === "add-card") this.#update({ error: this.#problem(error) });
    }
  }

  async #saveCard(): Promise<void> {
    const payment = this.#payment;
    if (!payment || this.busy) return;
    this.busy = "save-card";
    this.#update({ error: undefined });
    const outcome = await payment.confirm();
    this.busy = undefined;
    if (outcome.status !== "succeeded") {
      const message = outcome.status === "network" ? this.text.network : this.text.declined(outcome.message);
      this.#update({ error: message });
      this.emit<PortalErrorDetail>("billing-portal-error", {
        action: "payment_method_add",
        code: outcome.status === "network" ? "network_error" : (outcome.code ?? "card_declined"),
        message,
      });
      return;
    }
    // Stripe attached the card; the list shows it as the API now answers.
    await this.#data.loadCards();
    this.notice = { tone: "good", text: this.text.cardAdded };
    this.emit<PortalActionDetail>("billing-portal-action", { action: "payment_method_add", result: { setup_intent: outcome.intent } });
    await this.#confirmed(true, '[data-action="add-card"]');
  }

  async #makeDefault(card: PaymentMethod): Promise<void> {
    const ok = await this.#act(
      `default:${card.id}`,
      "payment_method_default",
      async (api) => api.makeDefault(await this.#data.customer(api), card.id),
      (made) => this.text.defaultSet(cardName(this.#view, made)),
    );
    if (ok) await this.#data.loadCards();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`[data-card="${card.id}"] [data-action^="remove:"]`)?.focus();
  }

  async #confirmRemove(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "remove-card") return;
    const ok = await this.#act(
      "remove",
      "payment_method_remove",
      async (api) => api.removeCard(await this.#data.customer(api), dialog.card.id),
      () => this.text.cardRemoved,
    );
    if (ok) await this.#data.loadCards();
    await this.#confirmed(ok, '[data-action="add-card"]');
  }

  async #confirmPay(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "pay" || !dialog.method) return;
    const { invoice, method } = dialog;
    const ok = await this.#act(
      "pay",
      "invoice_pay",
      (api) => api.payInvoice(invoice.id, method),
      (paid) => this.text.paid(this.formatMoney(paid.amount_paid, paid.currency)),
    );
    // Paid or declined, the invoice list shows what the API now says (a decline leaves it open).
    await this.#data.loadInvoices();
    await this.#confirmed(ok, "#invoices-title");
  }

  #unmount(): void {
    this.#payment?.destroy();
    this.#payment = undefined;
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const view = this.#view;
    if (this.signedOut || (this.billingClient && !this.billingClient.fetchSession))
      return html`<p class="problem" role="alert" part="error">${this.text.signIn}</p>`;
    return html`<div class="portal">
      <p class="notice ${this.notice?.tone ?? ""}" part="notice" role="status">${this.notice?.text ?? ""}</p>
      ${this.shown.map((name) => this.#section(name, view))}
    </div>
    ${this.#dialog(view)}`;
  }

  #section(name: PortalSection, view: PortalView): TemplateResult | typeof nothing {
    const pricing = this.billingClient?.$pricing.get();
    const doc = pricing?.status === "ready" ? pricing.data : undefined;
    switch (name) {
      case "subscriptions":
        return subscriptionsSection(view, this.#subscriptions, {
          retry: () => void this.billingClient?.loadCustomer({ force: true }).catch(() => {}),
          change: this.#startChange,
          cancel: (sub) => this.#open({ kind: "cancel", sub, comment: "" }),
          undoCancel: (sub) => void this.#direct(`undo:${sub.id}`, "undo_cancel", sub),
          pause: (sub) => this.#open({ kind: "pause", sub }),
          resume: (sub) => void this.#direct(`resume:${sub.id}`, "resume", sub),
          canPause: this.allowPause,
          canChange: (sub) => planOptions(doc, sub).length > 0,
        });
      case "usage":
        return usageSection(view, this.#data.usage, () => void this.#data.loadUsage());
      case "payment-methods":
        return cardsSection(view, this.#data.cards, {
          retry: () => void this.#data.loadCards(),
          add: () => void this.#addCard(),
          makeDefault: (card) => void this.#makeDefault(card),
          remove: (card) => this.#open({ kind: "remove-card", card }),
        });
      case "invoices":
        return invoicesSection(view, this.#data.invoices, {
          retry: () => void this.#data.loadInvoices(),
          pay: (invoice) => {
            const cards = this.#data.cards.status === "ready" ? this.#data.cards.data : [];
            this.#open({ kind: "pay", invoice, method: (cards.find((card) => card.default) ?? cards[0])?.id });
          },
        });
      default:
        return nothing;
    }
  }

  #dialog(view: PortalView): TemplateResult {
    const dialog = this.dialog;
    const text = this.text;
    const pricing = this.billingClient?.$pricing.get();
    const doc = pricing?.status === "ready" ? pricing.data : undefined;
    let label = "";
    let body: TemplateResult | typeof nothing = nothing;
    if (dialog?.kind === "change") {
      label = text.changePlan;
      body = changeDialog(view, dialog, {
        options: planOptions(doc, dialog.sub),
        timings: this.#timings(),
        seats: (option) => this.#seats(option.product.id, dialog.sub),
        update: (patch) => this.#update(patch),
        review: () => void this.#review(),
        confirm: () => void this.#confirmChange(),
        cancel: this.#close,
      });
    } else if (dialog?.kind === "cancel") {
      label = text.cancelTitle;
      body = cancelDialog(view, dialog, {
        update: (patch) => this.#update(patch),
        confirm: () => void this.#confirmCancel(),
        close: this.#close,
      });
    } else if (dialog?.kind === "pause") {
      label = text.pauseTitle;
      body = pauseDialog(view, dialog, { confirm: () => void this.#confirmPause(), close: this.#close });
    } else if (dialog?.kind === "add-card") {
      label = text.addCard;
      body = addCardDialog(view, dialog, { save: () => void this.#saveCard(), close: this.#close });
    } else if (dialog?.kind === "remove-card") {
      label = text.removeTitle;
      body = removeCardDialog(view, dialog, { confirm: () => void this.#confirmRemove(), close: this.#close });
    } else if (dialog?.kind === "pay") {
      label = text.payNow(this.formatMoney(dialog.invoice.amount_due, dialog.invoice.currency));
      body = payDialog(view, dialog, this.#data.cards.status === "ready" ? this.#data.cards.data : [], {
        choose: (method) => this.#update({ method }),
        confirm: () => void this.#confirmPay(),
        close: this.#close,
      });
    }
    return html`<billing-dialog .open=${Boolean(dialog)} label=${label} locale=${this.resolvedLocale}
      theme=${this.theme ?? this.billing?.theme ?? "auto"} @billing-dialog-close=${this.#dialogClosed}>${body}</billing-dialog>`;
  }

  /** Escape, the backdrop or the close button: the dialog is gone; our state follows (an action in flight still completes). */
  #dialogClosed = (event: Event): void => {
    event.stopPropagation();
    if (!this.dialog) return;
    this.#unmount();
    this.dialog = undefined;
    void this.updateComplete.then(() => this.#restoreFocus());
  };
}
