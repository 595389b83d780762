import type { PortalActionDetail, PortalErrorDetail } from "../../events/portal-events";
import { stripeAppearance } from "../../internal/appearance";
import { StripePayment } from "../billing-checkout/stripe-payment";
import type { PaymentMethod } from "./portal-api";
import { cardName } from "./portal-cards";
import { PortalElement } from "./portal-element";

/** The portal's payment-method and invoice actions; `<billing-portal>` adds subscriptions and rendering. */
export class PortalPayments extends PortalElement {
  /** Opens the add-card dialog and mounts Stripe's Payment Element for a new SetupIntent. */
  protected async addCard(): Promise<void> {
    const api = this.api;
    if (!api || this.busy) return;
    this.openDialog({ kind: "add-card", mounted: false });
    try {
      const intent = await api.setupIntent(await this.data.customer(api));
      if (!intent.stripe.publishable_key) throw new Error("Stripe is not configured for this mode.");
      await this.updateComplete;
      const payment = await StripePayment.mount(
        this.mountNode,
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
      this.payment = payment;
      this.patchDialog({ mounted: true });
    } catch (error) {
      if (this.dialog?.kind === "add-card") this.patchDialog({ error: this.problem(error) });
    }
  }

  protected async saveCard(): Promise<void> {
    const payment = this.payment;
    const api = this.api;
    if (!payment || !api || this.busy) return;
    // With no card before this one, nothing pays the next invoice (a trial started without a card).
    const first = this.data.cards.status === "ready" && this.data.cards.data.length === 0;
    this.busy = "save-card";
    this.patchDialog({ error: undefined });
    const outcome = await payment.confirm();
    this.busy = undefined;
    if (outcome.status !== "succeeded") {
      const message = outcome.status === "network" ? this.text.network : this.text.declined(outcome.message);
      this.patchDialog({ error: message });
      this.emit<PortalErrorDetail>("billing-portal-error", {
        action: "payment_method_add",
        code: outcome.status === "network" ? "network_error" : (outcome.code ?? "card_declined"),
        message,
      });
      return;
    }
    // Stripe attached the card; the list shows it as the API now answers.
    await this.data.loadCards();
    const cards = this.data.cards.status === "ready" ? this.data.cards.data : [];
    if (first && cards.length === 1 && cards[0] && !cards[0].default) {
      // The first card pays from now on. BillingOS also does this when Stripe's webhook arrives; asking
      // here shows it at once. If this call fails, the webhook still makes the card the default.
      const made = await api.makeDefault(await this.data.customer(api), cards[0].id).catch(() => undefined);
      if (made) await this.data.loadCards();
    }
    this.notice = { tone: "good", text: this.text.cardAdded };
    this.emit<PortalActionDetail>("billing-portal-action", { action: "payment_method_add", result: { setup_intent: outcome.intent } });
    await this.confirmed(true, '[data-action="add-card"]');
  }

  protected async makeDefault(card: PaymentMethod): Promise<void> {
    const ok = await this.act(
      `default:${card.id}`,
      "payment_method_default",
      async (api) => api.makeDefault(await this.data.customer(api), card.id),
      (made) => this.text.defaultSet(cardName(this.view, made)),
    );
    if (ok) await this.data.loadCards();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`[data-card="${card.id}"] [data-action^="remove:"]`)?.focus();
  }

  protected async confirmRemove(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "remove-card") return;
    const ok = await this.act(
      "remove",
      "payment_method_remove",
      async (api) => api.removeCard(await this.data.customer(api), dialog.card.id),
      () => this.text.cardRemoved,
    );
    if (ok) await this.data.loadCards();
    await this.confirmed(ok, '[data-action="add-card"]');
  }

  protected async confirmPay(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "pay" || !dialog.method) return;
    const { invoice, method } = dialog;
    const ok = await this.act(
      "pay",
      "invoice_pay",
      (api) => api.payInvoice(invoice.id, method),
      (paid) => this.text.paid(this.formatMoney(paid.amount_paid, paid.currency, paid.currency_exponent)),
    );
    // Paid or declined, the invoice list shows what the API now says (a decline leaves it open); the
    // card that paid became the default.
    await Promise.all([this.data.loadInvoices(), ok && this.data.loadCards()]);
    await this.confirmed(ok, "#invoices-title");
  }
}
