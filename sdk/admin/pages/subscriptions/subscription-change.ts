import { css, html, nothing } from "lit";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { call } from "../../session/admin-api";
import { type Catalogue, priceLabel } from "../shared/catalogue";
import type { Subscription } from "../shared/status";

type Preview = components["schemas"]["SubscriptionChangePreview"];
type Choice = { price: string; quantity: number; timing: "now" | "period_end" };

/**
 * Changes a subscription's plan or quantity, in the SDK's `<billing-dialog>`: "now" first shows the
 * API's proration preview (`preview_change`) and applies it with the preview's `proration_date`,
 * so the customer is charged exactly what was shown; "at period end" schedules it.
 *
 * @tagname billing-admin-subscription-change
 * @event billing-admin-subscription-changed - `{ subscription }`: the API's answer after the change.
 * @event billing-admin-close - The dialog was dismissed.
 */
export class AdminSubscriptionChange extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    css`
      .lines {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.875rem;
      }
      .lines td {
        padding: 6px 0;
        border-bottom: 1px solid var(--_color-border);
        vertical-align: top;
      }
      .lines td.amount {
        text-align: end;
        white-space: nowrap;
        padding-inline-start: 12px;
      }
      .total {
        display: flex;
        justify-content: space-between;
        font-weight: 600;
      }
      .review {
        display: grid;
        gap: 12px;
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    subscription: { attribute: false },
    catalogue: { attribute: false },
    choice: { state: true },
    preview: { state: true },
    draft: { state: true },
  };
  declare subscription: Subscription;
  declare catalogue: Catalogue;
  declare choice: Choice | undefined;
  declare preview: Preview | undefined;
  declare draft: Choice | undefined;
  readonly #form = new FormController(this);

  /** Recurring, active prices in the subscription's currency: what the API accepts. */
  #prices() {
    return this.catalogue.prices.filter((p) => p.active && p.recurring && p.currency === this.subscription.currency);
  }

  #review = (event: SubmitEvent) =>
    this.#form.submit(event, async (values) => {
      const choice: Choice = {
        price: values.price ?? "",
        quantity: Number(values.quantity),
        timing: values.timing === "period_end" ? "period_end" : "now",
      };
      // Kept before the call, so a refused choice stays in the fields (they re-render from it).
      this.draft = choice;
      const body = { price: choice.price, quantity: choice.quantity };
      this.preview =
        choice.timing === "now"
          ? await call(
              this.signedIn.api.POST("/v1/subscriptions/{id}/preview_change", { params: { path: { id: this.subscription.id } }, body }),
            )
          : undefined;
      this.choice = choice;
    });

  #apply = (event: SubmitEvent) =>
    this.#form.submit(event, async () => {
      const choice = this.choice;
      if (!choice) return;
      const subscription = await call(
        this.signedIn.api.POST("/v1/subscriptions/{id}/change", {
          params: { path: { id: this.subscription.id } },
          body: {
            price: choice.price,
            quantity: choice.quantity,
            timing: choice.timing,
            ...(this.preview ? { proration_date: this.preview.proration_date } : {}),
          },
        }),
      );
      this.emit("billing-admin-subscription-changed", { subscription });
    });

  #choose() {
    const s = this.subscription;
    const money = (amount: number, currency: string, exponent: number) => this.formatMoney(amount, currency, exponent);
    const prices = this.#prices().map((p) => ({ value: p.id, label: priceLabel(this.catalogue, p, money) }));
    return html`<form @submit=${this.#review} novalidate>
      ${field(this.#form, { name: "price", label: "Plan", options: prices, value: this.draft?.price ?? s.price ?? "" })}
      ${field(this.#form, { name: "quantity", label: "Quantity", type: "number", inputmode: "numeric", value: String(this.draft?.quantity ?? s.quantity), required: true })}
      ${field(this.#form, {
        name: "timing",
        label: "When",
        value: this.draft?.timing ?? "now",
        options: [
          { value: "now", label: "Now, prorated (charged at once)" },
          { value: "period_end", label: "At the end of the period" },
        ],
      })}
      ${formError(this.#form)}
      <div class="actions">
        <button class="button" type="button" @click=${() => this.emit("billing-admin-close", {})}>Cancel</button>
        <button class="button primary" type="submit" ?disabled=${this.#form.pending}>${this.#form.pending ? "Previewing…" : "Review change"}</button>
      </div>
    </form>`;
  }

  #confirm(choice: Choice) {
    const preview = this.preview;
    const price = this.catalogue.prices.find((p) => p.id === choice.price);
    const money = (amount: number) =>
      this.formatMoney(
        amount,
        preview?.currency ?? this.subscription.currency,
        preview?.currency_exponent ?? this.subscription.currency_exponent,
      );
    const plan = price ? priceLabel(this.catalogue, price, (a, c, e) => this.formatMoney(a, c, e)) : choice.price;
    return html`<form class="review" @submit=${this.#apply} novalidate>
      <p class="review-plan"><strong>${plan}</strong> × ${choice.quantity},
        ${choice.timing === "now" ? "from now" : `from ${this.subscription.current_period_end ? this.formatDate(this.subscription.current_period_end) : "the end of the period"}`}.</p>
      ${
        preview
          ? html`<table class="lines" aria-label="Proration preview">
                <tbody>${preview.lines.map((line) => html`<tr><td>${line.description}</td><td class="amount">${money(line.amount)}</td></tr>`)}</tbody>
              </table>
              <p class="total" part="preview"><span>Charged now</span><span>${money(preview.amount_due_now)}</span></p>
              ${preview.next_invoice_amount === null ? nothing : html`<p class="muted">Next invoice: ${money(preview.next_invoice_amount)}</p>`}`
          : html`<p class="muted">Nothing is charged now; the next invoice bills the new plan.</p>`
      }
      ${formError(this.#form)}
      <div class="actions">
        <button class="button" type="button" @click=${() => (this.choice = undefined)}>Back</button>
        <button class="button primary" type="submit" ?disabled=${this.#form.pending}>${this.#form.pending ? "Applying…" : "Confirm change"}</button>
      </div>
    </form>`;
  }

  protected override render() {
    return html`<billing-dialog open label="Change plan or quantity" theme=${this.theme ?? this.session?.theme ?? "auto"}
      @billing-dialog-close=${() => this.emit("billing-admin-close", {})}>
      ${this.choice ? this.#confirm(this.choice) : this.#choose()}
    </billing-dialog>`;
  }
}
