import { html, nothing, type TemplateResult } from "lit";
import type { Subscription } from "../../client/client";
import { styles } from "./billing-portal.styles";
import { cancelDialog, pauseDialog } from "./portal-cancel";
import { addCardDialog, cardsSection, removeCardDialog } from "./portal-cards";
import { changeDialog } from "./portal-change";
import type { PortalSection } from "./portal-element";
import { invoicesSection, payDialog } from "./portal-invoices";
import { PortalPayments } from "./portal-payments";
import { planOptions } from "./portal-plans";
import { subscriptionsSection } from "./portal-subscriptions";
import { usageSection } from "./portal-usage";
import type { PortalView } from "./portal-view";

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
export class BillingPortal extends PortalPayments {
  static override styles = styles;

  #startChange = (sub: Subscription): void => {
    const timing = this.timings()[0] ?? "now";
    this.openDialog({ kind: "change", sub, price: sub.price ?? "", quantity: sub.quantity, timing, step: "choose" });
  };

  async #review(): Promise<void> {
    const dialog = this.dialog;
    const api = this.api;
    if (dialog?.kind !== "change" || !api || this.busy) return;
    if (dialog.timing === "period_end") {
      this.patchDialog({ step: "review", preview: undefined, error: undefined });
      return this.focusDialog(".review-plan");
    }
    this.busy = "preview";
    try {
      const preview = await api.preview(dialog.sub.id, { price: dialog.price, quantity: dialog.quantity });
      this.patchDialog({ step: "review", preview, error: undefined });
      this.busy = undefined;
      await this.focusDialog(".review-plan");
    } catch (error) {
      this.busy = undefined;
      this.patchDialog({ error: this.problem(error) });
    }
  }

  async #confirmChange(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "change") return;
    const { sub, price, quantity, timing, preview } = dialog;
    // The preview's proration_date makes Stripe charge exactly what the customer was shown.
    const body = { price, quantity, timing, ...(timing === "now" && preview ? { proration_date: preview.proration_date } : {}) };
    const ok = await this.act(
      "change",
      "change",
      (api) => api.change(sub.id, body),
      () => this.text.changed,
    );
    // A change charged now made an invoice: the list shows it with the plan.
    if (ok) this.reloadInvoices();
    await this.confirmed(ok, `#plan-${sub.id}`);
  }

  async #confirmCancel(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "cancel") return;
    const comment = dialog.comment.trim();
    const body = { at_period_end: true, ...(dialog.reason ? { reason: dialog.reason } : {}), ...(comment ? { comment } : {}) };
    const ok = await this.act(
      "cancel",
      "cancel",
      (api) => api.cancel(dialog.sub.id, body),
      (sub) => (sub.current_period_end ? this.text.canceledNotice(this.formatDate(sub.current_period_end)) : this.text.canceled),
    );
    await this.confirmed(ok, `[data-action="undo:${dialog.sub.id}"]`);
  }

  async #confirmPause(): Promise<void> {
    const dialog = this.dialog;
    if (dialog?.kind !== "pause") return;
    const ok = await this.act(
      "pause",
      "pause",
      (api) => api.pause(dialog.sub.id),
      () => this.text.pausedNotice,
    );
    await this.confirmed(ok, `[data-action="resume:${dialog.sub.id}"]`);
  }

  /** Non-destructive actions run at once; focus moves to the subscription, whose buttons changed. */
  async #direct(key: string, action: "undo_cancel" | "resume", sub: Subscription): Promise<void> {
    const ok = await this.act(
      key,
      action,
      (api) => (action === "resume" ? api.resume(sub.id) : api.undoCancel(sub.id)),
      () => (action === "resume" ? this.text.resumed : this.text.undone),
    );
    this.opener = undefined;
    if (ok) await this.confirmed(true, `#plan-${sub.id}`);
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const view = this.view;
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
        return subscriptionsSection(view, this.subscriptions, {
          retry: () => void this.billingClient?.loadCustomer({ force: true }).catch(() => {}),
          change: this.#startChange,
          cancel: (sub) => this.openDialog({ kind: "cancel", sub, comment: "" }),
          undoCancel: (sub) => void this.#direct(`undo:${sub.id}`, "undo_cancel", sub),
          pause: (sub) => this.openDialog({ kind: "pause", sub }),
          resume: (sub) => void this.#direct(`resume:${sub.id}`, "resume", sub),
          canPause: this.allowPause,
          canChange: (sub) => planOptions(doc, sub).length > 0,
        });
      case "usage":
        return usageSection(view, this.data.usage, () => void this.data.loadUsage());
      case "payment-methods":
        return cardsSection(view, this.data.cards, {
          retry: () => void this.data.loadCards(),
          add: () => void this.addCard(),
          makeDefault: (card) => void this.makeDefault(card),
          remove: (card) => this.openDialog({ kind: "remove-card", card }),
        });
      case "invoices":
        return invoicesSection(view, this.data.invoices, {
          retry: () => void this.data.loadInvoices(),
          pay: (invoice) => {
            const cards = this.data.cards.status === "ready" ? this.data.cards.data : [];
            this.openDialog({ kind: "pay", invoice, method: (cards.find((card) => card.default) ?? cards[0])?.id });
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
        timings: this.timings(),
        seats: (option) => this.seats(option.product.id, dialog.sub),
        update: (patch) => this.patchDialog(patch),
        review: () => void this.#review(),
        confirm: () => void this.#confirmChange(),
        cancel: this.closeDialog,
      });
    } else if (dialog?.kind === "cancel") {
      label = text.cancelTitle;
      body = cancelDialog(view, dialog, {
        update: (patch) => this.patchDialog(patch),
        confirm: () => void this.#confirmCancel(),
        close: this.closeDialog,
      });
    } else if (dialog?.kind === "pause") {
      label = text.pauseTitle;
      body = pauseDialog(view, dialog, { confirm: () => void this.#confirmPause(), close: this.closeDialog });
    } else if (dialog?.kind === "add-card") {
      label = text.addCard;
      body = addCardDialog(view, dialog, { save: () => void this.saveCard(), close: this.closeDialog });
    } else if (dialog?.kind === "remove-card") {
      label = text.removeTitle;
      body = removeCardDialog(view, dialog, { confirm: () => void this.confirmRemove(), close: this.closeDialog });
    } else if (dialog?.kind === "pay") {
      label = text.payNow(this.formatMoney(dialog.invoice.amount_due, dialog.invoice.currency, dialog.invoice.currency_exponent));
      body = payDialog(view, dialog, this.data.cards.status === "ready" ? this.data.cards.data : [], {
        choose: (method) => this.patchDialog({ method }),
        confirm: () => void this.confirmPay(),
        close: this.closeDialog,
      });
    }
    return html`<billing-dialog .open=${Boolean(dialog)} label=${label} locale=${this.resolvedLocale}
      theme=${this.resolvedTheme} @billing-dialog-close=${this.dialogClosed}>${body}</billing-dialog>`;
  }
}
