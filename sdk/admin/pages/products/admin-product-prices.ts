import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import { BillingApiError } from "../../../client/errors";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { confirmAction } from "../../elements/admin-confirm/admin-confirm";
import { AdminElement } from "../../elements/admin-element";
import { FormController, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { badge, pageLoading } from "../../elements/page-states";
import { call, errorMessage } from "../../session/admin-api";
import { type Currency, intervalText, loadCurrencies, type Price, toMinorUnits } from "./catalogue";

const intervals = [
  { value: "month", label: "Monthly" },
  { value: "year", label: "Yearly" },
  { value: "week", label: "Weekly" },
  { value: "day", label: "Daily" },
  { value: "one_time", label: "One time" },
];

/**
 * A product's prices (every currency and interval), a form to add one, and archiving one (kept for
 * its subscribers, no longer sold).
 *
 * @tagname billing-admin-product-prices
 */
export class AdminProductPrices extends AdminElement {
  static override properties = { ...AdminElement.properties, productId: { attribute: "product-id" } };
  declare productId: string;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    css`
      section.card {
        display: grid;
        gap: 12px;
      }
      h3 {
        margin-top: 8px;
      }
      ul.prices {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 8px;
      }
      ul.prices li:last-child {
        border-bottom: none;
      }
      ul.prices li {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 12px;
        align-items: center;
        justify-content: space-between;
        padding: 10px 0;
        border-bottom: 1px solid var(--_color-border);
      }
      .amount {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .row {
        display: grid;
        gap: 12px;
        grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
      }
    `,
  ];

  readonly #form = new FormController(this);

  readonly #data = new Task(this, {
    task: async ([product]) => {
      const api = this.signedIn.api;
      const [prices, currencies] = await Promise.all([
        call(api.GET("/v1/prices", { params: { query: { product: product as string, limit: 100 } } })),
        loadCurrencies(api),
      ]);
      return { prices: prices.data, currencies };
    },
    args: () => [this.productId],
  });

  async #add(event: SubmitEvent, currencies: Currency[]) {
    const price = await this.#form.submit(event, async (values, form) => {
      const currency = values.currency ?? "";
      const exponent = currencies.find((c) => c.code === currency)?.exponent ?? 2;
      const unitAmount = toMinorUnits(values.unit_amount ?? "", exponent);
      if (unitAmount === undefined)
        throw new BillingApiError(400, {
          type: "invalid_request_error",
          code: "parameter_invalid",
          message: exponent === 0 ? "Enter a whole amount, e.g. 1900." : `Enter an amount with at most ${exponent} decimals, e.g. 19.99.`,
          param: "unit_amount",
          request_id: "",
        });
      const trial = values.trial_period_days?.trim();
      const created = await call(
        this.signedIn.api.POST("/v1/prices", {
          body: {
            product: this.productId,
            currency,
            unit_amount: unitAmount,
            ...(values["recurring.interval"] === "one_time"
              ? {}
              : {
                  recurring: {
                    interval: values["recurring.interval"] as "month",
                    interval_count: Number(values["recurring.interval_count"] || "1"),
                  },
                }),
            ...(trial ? { trial_period_days: Number(trial) } : {}),
            ...(values.nickname?.trim() ? { nickname: values.nickname.trim() } : {}),
          },
        }),
      );
      form.reset();
      return created;
    });
    if (price) this.#data.run();
  }

  async #archive(price: Price) {
    const ok = await confirmAction(this, {
      title: "Archive this price?",
      message: "New customers can no longer choose it. Existing subscribers keep paying it.",
      confirmLabel: "Archive price",
      danger: true,
    });
    if (!ok) return;
    try {
      await call(this.signedIn.api.POST("/v1/prices/{id}", { params: { path: { id: price.id } }, body: { active: false } }));
      this.#data.run();
    } catch (error) {
      this.#form.showError(error);
    }
  }

  #price(price: Price, canWrite: boolean) {
    const trial = price.trial_period_days ? ` · ${price.trial_period_days}-day trial` : "";
    const others = Object.keys(price.currency_options ?? {}).filter((code) => code !== price.currency);
    return html`<li>
      <span>
        <span class="amount">${this.formatMoney(price.unit_amount, price.currency, price.currency_exponent)}</span>
        <span class="muted">${intervalText(price)}${trial}${others.length ? ` · also ${others.join(", ").toUpperCase()}` : ""}</span>
        ${price.nickname ? html`<span class="muted"> · ${price.nickname}</span>` : nothing}
      </span>
      <span>
        ${price.active ? badge("Active", "success") : badge("Archived")}
        ${
          canWrite && price.active
            ? html`<button class="button quiet" type="button" @click=${() => this.#archive(price)}
              aria-label=${`Archive ${this.formatMoney(price.unit_amount, price.currency, price.currency_exponent)} ${intervalText(price)}`}>Archive</button>`
            : nothing
        }
      </span>
    </li>`;
  }

  #addForm(currencies: Currency[]) {
    const defaultCurrency = this.signedIn.organization.default_currency;
    return html`<form @submit=${(event: SubmitEvent) => this.#add(event, currencies)} novalidate aria-label="Add a price">
      <h3>Add a price</h3>
      <div class="row">
        ${field(this.#form, {
          name: "currency",
          label: "Currency",
          value: defaultCurrency,
          options: currencies.map((c) => ({ value: c.code, label: c.code.toUpperCase() })),
        })}
        ${field(this.#form, { name: "unit_amount", label: "Amount", required: true, inputmode: "decimal", placeholder: "19.99" })}
        ${field(this.#form, { name: "recurring.interval", label: "Billing period", value: "month", options: intervals })}
        ${field(this.#form, { name: "recurring.interval_count", label: "Every", type: "number", inputmode: "numeric", value: "1", hint: "periods" })}
        ${field(this.#form, { name: "trial_period_days", label: "Trial days", type: "number", inputmode: "numeric", hint: "Empty: no trial." })}
        ${field(this.#form, { name: "nickname", label: "Nickname", maxlength: 250, hint: "Only you see it." })}
      </div>
      ${formError(this.#form)}
      <div class="actions"><button class="button primary" ?disabled=${this.#form.pending}>Add price</button></div>
    </form>`;
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("catalogue");
    return html`<section class="card" aria-labelledby="prices-heading">
      <h2 id="prices-heading">Prices</h2>
      ${this.#data.render({
        pending: () => pageLoading("Loading prices…"),
        error: (error) => html`<div role="alert"><p>${errorMessage(error)}</p>
          <button class="button" type="button" @click=${() => this.#data.run()}>Try again</button></div>`,
        complete: ({ prices, currencies }) => html`${
          prices.length
            ? html`<ul class="prices">${prices.map((price) => this.#price(price, canWrite))}</ul>`
            : html`<p class="muted">No prices yet: the product is not for sale until it has one.</p>`
        }
          ${canWrite ? this.#addForm(currencies) : nothing}`,
      })}
    </section>`;
  }
}
