import { html } from "lit";
import { BillingApiError } from "../../../client/errors";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { call } from "../../session/admin-api";
import type { Invoice } from "../shared/activity";

type Customer = components["schemas"]["Customer"];

/** "12.50" in a currency with `exponent` decimals → 1250; NaN when it is not such an amount. */
export function toMinorUnits(text: string, exponent: number): number {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match || (match[2]?.length ?? 0) > exponent) return Number.NaN;
  return Number(match[1]) * 10 ** exponent + Number((match[2] ?? "").padEnd(exponent, "0") || 0);
}

const dialogTheme = (element: AdminElement & { theme?: string }) => element.theme ?? "auto";

/**
 * Edits a customer's e-mail, name and external id (`POST /v1/customers/{id}`); the API's field
 * errors show beside the field.
 *
 * @tagname billing-admin-customer-edit
 * @event billing-admin-customer-saved - `{ customer }`: what the API answered.
 * @event billing-admin-close - Dismissed.
 */
export class AdminCustomerEdit extends AdminElement {
  static override styles = [tokenStyles, adminStyles, formStyles];
  static override properties = { ...AdminElement.properties, customer: { attribute: false } };
  declare customer: Customer;
  readonly #form = new FormController(this);
  /** What was typed, kept when the API refuses it (the fields re-render from here). */
  #draft: Record<string, string> | undefined;

  #save = (event: SubmitEvent) =>
    this.#form.submit(event, async (values) => {
      this.#draft = values;
      const customer = await call(
        this.signedIn.api.POST("/v1/customers/{id}", {
          params: { path: { id: this.customer.id } },
          body: { email: values.email || null, name: values.name || null, external_id: values.external_id || null },
        }),
      );
      this.emit("billing-admin-customer-saved", { customer });
    });

  protected override render() {
    const c = this.#draft ?? {
      email: this.customer.email ?? "",
      name: this.customer.name ?? "",
      external_id: this.customer.external_id ?? "",
    };
    return html`<billing-dialog open label="Edit customer" theme=${dialogTheme(this)} @billing-dialog-close=${() => this.emit("billing-admin-close", {})}>
      <form @submit=${this.#save} novalidate>
        ${field(this.#form, { name: "email", label: "E-mail", type: "email", value: c.email, autocomplete: "off" })}
        ${field(this.#form, { name: "name", label: "Name", value: c.name, maxlength: 256 })}
        ${field(this.#form, { name: "external_id", label: "External id", value: c.external_id, hint: "Your own id for this customer.", maxlength: 255 })}
        ${formError(this.#form)}
        <div class="actions">
          <button class="button" type="button" @click=${() => this.emit("billing-admin-close", {})}>Cancel</button>
          <button class="button primary" type="submit" ?disabled=${this.#form.pending}>${this.#form.pending ? "Saving…" : "Save"}</button>
        </div>
      </form>
    </billing-dialog>`;
  }
}

/**
 * Refunds all or part of a paid invoice (`POST /v1/refunds`): the amount in the invoice's
 * currency (empty: everything not refunded yet) and a reason. The dialog is the confirmation: its
 * button says what it does and the amount.
 *
 * @tagname billing-admin-refund
 * @event billing-admin-refunded - `{ refund }`.
 * @event billing-admin-close - Dismissed.
 */
export class AdminRefund extends AdminElement {
  static override styles = [tokenStyles, adminStyles, formStyles];
  static override properties = { ...AdminElement.properties, invoice: { attribute: false } };
  declare invoice: Invoice;
  readonly #form = new FormController(this);

  #refund = (event: SubmitEvent) =>
    this.#form.submit(event, async (values) => {
      const text = (values.amount ?? "").trim();
      const amount = text ? toMinorUnits(text, this.invoice.currency_exponent) : undefined;
      if (amount !== undefined && !(amount > 0))
        throw new BillingApiError(400, {
          type: "invalid_request_error",
          code: "parameter_invalid",
          message: "Enter an amount such as 12.50, or leave it empty to refund everything.",
          param: "amount",
          request_id: "",
        });
      const refund = await call(
        this.signedIn.api.POST("/v1/refunds", {
          body: {
            invoice: this.invoice.id,
            ...(amount !== undefined ? { amount } : {}),
            ...(values.reason ? { reason: values.reason as "requested_by_customer" } : {}),
          },
        }),
      );
      this.emit("billing-admin-refunded", { refund });
    });

  protected override render() {
    const i = this.invoice;
    const paid = this.formatMoney(i.amount_paid, i.currency, i.currency_exponent);
    return html`<billing-dialog open label="Refund invoice" theme=${dialogTheme(this)} @billing-dialog-close=${() => this.emit("billing-admin-close", {})}>
      <form @submit=${this.#refund} novalidate>
        <p>Invoice <code>${i.id}</code>: ${paid} paid. The money goes back to the customer's card; this cannot be undone.</p>
        ${field(this.#form, { name: "amount", label: `Amount (${i.currency.toUpperCase()})`, inputmode: "decimal", placeholder: "Everything not refunded yet" })}
        ${field(this.#form, {
          name: "reason",
          label: "Reason",
          options: [
            { value: "requested_by_customer", label: "Requested by the customer" },
            { value: "duplicate", label: "Duplicate" },
            { value: "fraudulent", label: "Fraudulent" },
          ],
        })}
        ${formError(this.#form)}
        <div class="actions">
          <button class="button" type="button" @click=${() => this.emit("billing-admin-close", {})}>Cancel</button>
          <button class="button danger" type="submit" ?disabled=${this.#form.pending}>${this.#form.pending ? "Refunding…" : "Refund"}</button>
        </div>
      </form>
    </billing-dialog>`;
  }
}
