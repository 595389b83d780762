import { css, html, nothing } from "lit";
import { BillingApiError } from "../../../client/errors";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, type FormValues, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { call } from "../../session/admin-api";
import { type Currency, intervalText, type Price, toMinorUnits } from "./catalogue";

const intervals = [
  { value: "month", label: "Monthly" },
  { value: "year", label: "Yearly" },
  { value: "week", label: "Weekly" },
  { value: "day", label: "Daily" },
  { value: "one_time", label: "One time" },
];

/** A typed amount in minor units by the currency's exponent, or a field error named after the API's `param`. */
function minorUnits(text: string | undefined, currency: string, currencies: Currency[], param: string): number {
  const exponent = currencies.find((c) => c.code === currency)?.exponent ?? 2;
  const amount = toMinorUnits(text ?? "", exponent);
  if (amount !== undefined) return amount;
  throw new BillingApiError(400, {
    type: "invalid_request_error",
    code: "parameter_invalid",
    message: exponent === 0 ? "Enter a whole amount, e.g. 1900." : `Enter an amount with at most ${exponent} decimals, e.g. 19.99.`,
    param,
    request_id: "",
  });
}

const optionAmount = (code: string) => `currency_options[${code}][unit_amount]`;

/**
 * The form that adds a price to a product: an amount in one currency and, optionally, the same
 * price in other currencies (`currency_options`), all typed as "19.99" and sent in minor units by
 * `GET /v1/currencies`' exponent. With `replacing`, it adds the price that replaces that one for
 * new subscribers (same currency and billing period; the page then archives the old one).
 *
 * @tagname billing-admin-price-form
 * @event billing-admin-price-created - `{ price }`: the API's new price.
 * @event billing-admin-close - Cancel was pressed while replacing.
 */
export class AdminPriceForm extends AdminElement {
  static override properties = {
    ...AdminElement.properties,
    productId: { attribute: "product-id" },
    currencies: { attribute: false },
    replacing: { attribute: false },
    others: { state: true },
  };
  declare productId: string;
  declare currencies: Currency[];
  declare replacing: Price | undefined;
  /** The extra currencies, in the order they were added. */
  declare others: string[];

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    css`
      .row {
        display: grid;
        align-items: start;
        gap: 12px;
        grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 8px;
      }
      legend {
        font-size: 0.875rem;
        font-weight: 500;
        padding: 0;
        margin-bottom: 4px;
      }
      .option {
        display: grid;
        gap: 8px 12px;
        grid-template-columns: minmax(90px, 140px) minmax(120px, 1fr) auto;
        align-items: start;
      }
      .option .button {
        margin-top: 26px;
      }
      .add-currency {
        justify-self: start;
      }
    `,
  ];

  readonly #form = new FormController(this);

  constructor() {
    super();
    this.currencies = [];
    this.others = [];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has("replacing")) this.others = Object.keys(this.replacing?.currency_options ?? {});
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has("replacing") || !this.replacing) return;
    const amount = this.shadowRoot?.querySelector<HTMLInputElement>('input[name="unit_amount"]');
    amount?.focus();
    amount?.scrollIntoView({ block: "center" });
  }

  #mainCurrency(): string {
    return this.replacing?.currency ?? this.signedIn.organization.default_currency;
  }

  #addCurrency() {
    const used = new Set([this.#mainCurrency(), ...this.others]);
    const next = this.currencies.find((c) => !used.has(c.code));
    if (next) this.others = [...this.others, next.code];
  }

  #body(values: FormValues) {
    const replacing = this.replacing;
    const currency = replacing?.currency ?? values.currency ?? "";
    const options: Record<string, { unit_amount: number }> = {};
    for (const code of this.others) {
      if (options[code])
        throw new BillingApiError(400, {
          type: "invalid_request_error",
          code: "parameter_invalid",
          message: "This currency is already listed.",
          param: `currency_options[${code}]`,
          request_id: "",
        });
      options[code] = { unit_amount: minorUnits(values[optionAmount(code)], code, this.currencies, optionAmount(code)) };
    }
    const interval = replacing ? (replacing.recurring?.interval ?? "one_time") : values["recurring.interval"];
    const count = replacing ? replacing.recurring?.interval_count : Number(values["recurring.interval_count"] || "1");
    const trial = values.trial_period_days?.trim();
    return {
      product: this.productId,
      currency,
      unit_amount: minorUnits(values.unit_amount, currency, this.currencies, "unit_amount"),
      ...(this.others.length ? { currency_options: options } : {}),
      ...(interval === "one_time" ? {} : { recurring: { interval: interval as "month", interval_count: count ?? 1 } }),
      ...(trial ? { trial_period_days: Number(trial) } : {}),
      ...(values.nickname?.trim() ? { nickname: values.nickname.trim() } : {}),
      // The old price (or its copy in a new version) holds the key: the API moves it to this one.
      ...(replacing?.lookup_key ? { lookup_key: replacing.lookup_key, transfer_lookup_key: true } : {}),
    };
  }

  #submit = async (event: SubmitEvent) => {
    const price = await this.#form.submit(event, async (values, form) => {
      const created = await call(this.signedIn.api.POST("/v1/prices", { body: this.#body(values) }));
      form.reset();
      this.others = [];
      return created;
    });
    if (price) this.emit("billing-admin-price-created", { price });
  };

  #option(code: string, index: number) {
    const choices = this.currencies.map((c) => ({ value: c.code, label: c.code.toUpperCase() }));
    return html`<div class="option" @change=${(event: Event) => {
      const target = event.target as HTMLSelectElement;
      if (target.tagName !== "SELECT") return;
      this.others = this.others.map((other, i) => (i === index ? target.value : other));
    }}>
      ${field(this.#form, { name: `currency_options[${code}]`, label: "Also in", value: code, options: choices })}
      ${field(this.#form, { name: optionAmount(code), label: `Amount in ${code.toUpperCase()}`, required: true, inputmode: "decimal", placeholder: "19.99" })}
      <button class="button quiet" type="button" aria-label=${`Remove ${code.toUpperCase()}`}
        @click=${() => (this.others = this.others.filter((_, i) => i !== index))}>Remove</button>
    </div>`;
  }

  #terms() {
    const replacing = this.replacing;
    if (replacing)
      return html`<p class="muted">${replacing.currency.toUpperCase()}, billed ${intervalText(replacing)}: the same terms, so subscribers can be migrated to it.</p>
        <div class="row">
          ${field(this.#form, { name: "unit_amount", label: `New amount in ${replacing.currency.toUpperCase()}`, required: true, inputmode: "decimal", placeholder: "19.99" })}
          ${replacing.recurring ? field(this.#form, { name: "trial_period_days", label: "Trial days", type: "number", inputmode: "numeric", value: String(replacing.trial_period_days ?? ""), hint: "Empty: no trial." }) : nothing}
          ${field(this.#form, { name: "nickname", label: "Nickname", maxlength: 250, value: replacing.nickname ?? "", hint: "Only you see it." })}
        </div>`;
    return html`<div class="row">
      ${field(this.#form, {
        name: "currency",
        label: "Currency",
        value: this.#mainCurrency(),
        options: this.currencies.map((c) => ({ value: c.code, label: c.code.toUpperCase() })),
      })}
      ${field(this.#form, { name: "unit_amount", label: "Amount", required: true, inputmode: "decimal", placeholder: "19.99" })}
      ${field(this.#form, { name: "recurring.interval", label: "Billing period", value: "month", options: intervals })}
      ${field(this.#form, { name: "recurring.interval_count", label: "Every", type: "number", inputmode: "numeric", value: "1", hint: "periods" })}
      ${field(this.#form, { name: "trial_period_days", label: "Trial days", type: "number", inputmode: "numeric", hint: "Empty: no trial." })}
      ${field(this.#form, { name: "nickname", label: "Nickname", maxlength: 250, hint: "Only you see it." })}
    </div>`;
  }

  protected override render() {
    const replacing = this.replacing;
    return html`<form @submit=${this.#submit} novalidate aria-label=${replacing ? "Replace a price" : "Add a price"}>
      <h3>${replacing ? `Replace ${this.formatMoney(replacing.unit_amount, replacing.currency, replacing.currency_exponent)} ${intervalText(replacing)}` : "Add a price"}</h3>
      ${this.#terms()}
      <fieldset>
        <legend>Other currencies</legend>
        <p class="hint">The same price for customers who pay in another currency; the pricing table offers each one.</p>
        ${this.others.map((code, index) => this.#option(code, index))}
        <button class="button quiet add-currency" type="button" @click=${() => this.#addCurrency()}>Add a currency</button>
      </fieldset>
      ${formError(this.#form)}
      <div class="actions">
        ${replacing ? html`<button class="button" type="button" @click=${() => this.emit("billing-admin-close", {})}>Cancel</button>` : nothing}
        <button class="button primary" ?disabled=${this.#form.pending}>${replacing ? "Replace price" : "Add price"}</button>
      </div>
    </form>`;
  }
}
