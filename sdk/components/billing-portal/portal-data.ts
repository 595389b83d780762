import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { BillingError } from "../../client/errors";
import { toBillingError } from "../../client/errors";
import type { Loadable } from "../../client/loadable";
import type { Invoice, PaymentMethod, PortalApi } from "./portal-api";

/**
 * What the portal loads besides the client's shared stores (subscriptions, pricing): the customer's
 * metered features, cards and invoices, each with its own loading and error state. A reload keeps
 * showing the previous answer until the new one arrives (no flash of skeletons after an action).
 */
export class PortalData implements ReactiveController {
  usage: Loadable<string[]> = { status: "idle" };
  cards: Loadable<PaymentMethod[]> = { status: "idle" };
  invoices: Loadable<Invoice[]> = { status: "idle" };
  #customerId: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The API as the current client calls it, and the customer the session was minted for (if the grant said). */
    private readonly api: () => PortalApi | undefined,
    private readonly sessionCustomer: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The session's customer: as the merchant's backend minted it, else as the API knows it. */
  async customer(api: PortalApi): Promise<string> {
    this.#customerId ??= this.sessionCustomer() || (await api.state()).customer;
    return this.#customerId;
  }

  /** Forgets the customer (another client or session). */
  reset(): void {
    this.#customerId = undefined;
  }

  loadUsage(): Promise<void> {
    return this.#load("usage", async (api) => (await api.state()).entitlements.filter((e) => e.type === "metered").map((e) => e.feature));
  }

  loadCards(): Promise<void> {
    return this.#load("cards", async (api) => (await api.cards(await this.customer(api))).data);
  }

  loadInvoices(): Promise<void> {
    return this.#load("invoices", async (api) => (await api.invoices()).data);
  }

  async #load<K extends "usage" | "cards" | "invoices">(key: K, call: (api: PortalApi) => Promise<unknown>): Promise<void> {
    const api = this.api();
    if (!api) return;
    if (this[key].status !== "ready") this.#set(key, { status: "loading" });
    try {
      this.#set(key, { status: "ready", data: await call(api) });
    } catch (error) {
      this.#set(key, { status: "error", error: toBillingError(error) as BillingError });
    }
  }

  #set(key: "usage" | "cards" | "invoices", value: Loadable<unknown>): void {
    (this as Record<string, unknown>)[key] = value;
    this.host.requestUpdate();
  }
}
