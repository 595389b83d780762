import type { PropertyValues } from "lit";
import type { BillingClient, Subscription } from "../../client/client";
import { BillingApiError, BillingSessionError } from "../../client/errors";
import type { Loadable } from "../../client/loadable";
import type { PortalActionDetail, PortalErrorDetail } from "../../events/portal-events";
import { BillingElement } from "../../internal/billing-element";
import { messagesFor } from "../../internal/localize";
import { StoreController } from "../../internal/store-controller";
import "../billing-dialog/define";
import type { StripePayment } from "../billing-checkout/stripe-payment";
import { en, type PortalMessages } from "./billing-portal.messages";
import { type PortalApi, portalApi, type Timing } from "./portal-api";
import type { CancelDialog, PauseDialog } from "./portal-cancel";
import type { AddCardDialog, RemoveCardDialog } from "./portal-cards";
import type { ChangeDialog } from "./portal-change";
import { PortalData } from "./portal-data";
import type { PayDialog } from "./portal-invoices";
import { productOf } from "./portal-plans";
import { describeProblem, type PortalView } from "./portal-view";

export type PortalSection = "subscriptions" | "usage" | "payment-methods" | "invoices";
const SECTIONS: PortalSection[] = ["subscriptions", "usage", "payment-methods", "invoices"];

export type Dialog = ChangeDialog | CancelDialog | PauseDialog | AddCardDialog | RemoveCardDialog | PayDialog;

/**
 * The portal's plumbing, under the element that draws it: loading (with the client's shared stores
 * and PortalData), the dialog state with focus given back to what opened it, and `act`, which runs
 * one action at a time and shows what the API answered.
 */
export class PortalElement extends BillingElement {
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
  protected opener: HTMLElement | undefined;
  /** The reload of the subscriptions after the last action (what the API now says). */
  #reloaded: Promise<unknown> = Promise.resolve();
  /** Stripe.js mounts here when adding a card: a light-DOM child projected through the `payment` slot. */
  protected readonly mountNode: HTMLDivElement = Object.assign(document.createElement("div"), { slot: "payment" });
  protected payment: StripePayment | undefined;
  protected readonly data = new PortalData(
    this,
    () => this.api,
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
    if (this.mountNode.parentNode !== this) this.append(this.mountNode);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unmountPayment();
  }

  protected get text(): PortalMessages {
    return messagesFor("portal", en, this.resolvedLocale);
  }

  protected get shown(): PortalSection[] {
    const asked = this.sections.split(/\s+/);
    return SECTIONS.filter((name) => asked.includes(name)).sort((a, b) => asked.indexOf(a) - asked.indexOf(b));
  }

  protected get api(): PortalApi | undefined {
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
    this.data.reset();
    if (this.shown.includes("usage")) void this.data.loadUsage();
    if (this.shown.includes("payment-methods") || this.shown.includes("invoices")) void this.data.loadCards();
    if (this.shown.includes("invoices")) void this.data.loadInvoices();
  }

  protected reloadInvoices(): void {
    if (this.shown.includes("invoices")) void this.data.loadInvoices();
  }

  protected get subscriptions(): Loadable<Subscription[]> {
    const state = this.billingClient?.$customer.get();
    if (!state) return { status: "idle" };
    if (state.status === "ready")
      return { status: "ready", data: state.data.subscriptions.filter((sub) => sub.status !== "incomplete_expired") };
    return state;
  }

  protected problem(error: unknown): string {
    return describeProblem(error, this.text, this.resolvedLocale);
  }

  protected get view(): PortalView {
    const text = this.text;
    const pricing = this.billingClient?.$pricing.get();
    const doc = pricing?.status === "ready" ? pricing.data : undefined;
    return {
      text,
      busy: this.busy,
      money: (amount, currency, exponent) => this.formatMoney(amount, currency, exponent),
      date: (seconds) => this.formatDate(seconds),
      planOf: (price, quantity) => text.plan(productOf(doc, price)?.name ?? text.unknownPlan, quantity),
      priceOf: (price, quantity, currency) => {
        const option = productOf(doc, price)?.prices[currency]?.find((o) => o.price === price);
        if (option?.type !== "recurring" || !option.interval) return undefined;
        return `${this.formatMoney(option.unit_amount * quantity, currency, doc?.currency_exponents[currency] ?? 2)} ${text.every(option.interval, option.interval_count ?? 1)}`;
      },
      problem: (error) => this.problem(error),
    };
  }

  protected timings(): Timing[] {
    const allowed = this.changeTiming.split(/\s+/).filter((t): t is Timing => t === "now" || t === "period_end");
    return allowed.length ? allowed : ["now"];
  }

  protected seats = (product: string, sub: Subscription) =>
    sub.quantity > 1 || this.perSeat === "all" || (this.perSeat ?? "").split(/\s+/).includes(product);

  // ——— dialogs ———

  protected openDialog(dialog: Dialog): void {
    const active = this.shadowRoot?.activeElement;
    this.opener = active instanceof HTMLElement ? active : undefined;
    this.notice = undefined;
    this.dialog = dialog;
  }

  /** Closes the dialog (not while its action is in flight) and gives focus back to what opened it. */
  protected closeDialog = (): void => {
    if (this.busy) return;
    this.unmountPayment();
    this.dialog = undefined;
    void this.updateComplete.then(() => this.restoreFocus());
  };

  protected restoreFocus(fallback?: string): void {
    const opener = this.opener;
    const target =
      opener?.isConnected && !(opener as HTMLButtonElement).disabled
        ? opener
        : fallback
          ? this.shadowRoot?.querySelector<HTMLElement>(fallback)
          : undefined;
    target?.focus();
  }

  protected patchDialog(patch: Partial<Dialog>): void {
    if (this.dialog) this.dialog = { ...this.dialog, ...patch } as Dialog;
  }

  /**
   * Runs one action: one at a time, the API's answer decides what is shown, then the data it touched
   * is reloaded (so other BillingOS elements on the page follow too).
   */
  protected async act<T>(
    key: string,
    action: PortalActionDetail["action"],
    call: (api: PortalApi) => Promise<T>,
    done: (result: T) => string,
  ): Promise<boolean> {
    const api = this.api;
    if (!api || this.busy) return false;
    this.busy = key;
    if (this.dialog) this.patchDialog({ error: undefined });
    try {
      const result = await call(api);
      this.notice = { tone: "good", text: done(result) };
      this.emit<PortalActionDetail>("billing-portal-action", { action, result });
      return true;
    } catch (error) {
      const message = this.problem(error);
      if (this.dialog) this.patchDialog({ error: message });
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
  protected async confirmed(ok: boolean, fallback: string): Promise<void> {
    if (!ok) return;
    this.unmountPayment();
    this.dialog = undefined;
    await this.#reloaded;
    await this.updateComplete;
    this.restoreFocus(fallback);
  }

  protected async focusDialog(selector: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  protected unmountPayment(): void {
    this.payment?.destroy();
    this.payment = undefined;
  }

  protected dialogClosed = (event: Event): void => {
    event.stopPropagation();
    if (!this.dialog) return;
    this.unmountPayment();
    this.dialog = undefined;
    void this.updateComplete.then(() => this.restoreFocus());
  };
}
