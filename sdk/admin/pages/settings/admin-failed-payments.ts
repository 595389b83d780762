import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, type FormValues, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { pageLoading, recordError } from "../../elements/page-states";
import { call } from "../../session/admin-api";
import { checkbox } from "../products/product-form";
import { settingsFormStyles } from "./settings-form.styles";
import { settingsNav, settingsNavStyles } from "./settings-tabs";

type BillingSettings = components["schemas"]["BillingSettings"];
type AfterFailedRetries = BillingSettings["after_failed_retries"];

/** The API's choices for the end of Stripe's retries, in the words a merchant decides by. */
const AFTER_FAILED_RETRIES: Array<{ value: AfterFailedRetries; label: string; hint: string }> = [
  { value: "cancel", label: "Cancel the subscription", hint: "It ends and access stops. The customer subscribes again to come back." },
  {
    value: "unpaid",
    label: "Mark it unpaid",
    hint: "The subscription stays, without access, until the customer pays the open invoice.",
  },
  {
    value: "past_due",
    label: "Leave it past due",
    hint: "Nothing more happens: access ends with the grace period and the invoice stays open to pay.",
  },
];

/** A whole number as the API takes it; anything else is sent as typed, so the API names what is wrong under the field. */
const wholeNumber = (value: string | undefined) => (/^\s*-?\d+\s*$/.test(value ?? "") ? Number(value) : (value ?? ""));

/** The body of `POST /v1/billing_settings`: every field the form shows (an empty URL clears it). */
export function billingSettingsBody(values: FormValues) {
  return {
    grace_period_days: wholeNumber(values.grace_period_days) as number,
    after_failed_retries: values.after_failed_retries as AfterFailedRetries,
    update_payment_url: values.update_payment_url?.trim() ? values.update_payment_url.trim() : null,
    paused_keeps_access: values.paused_keeps_access === "true",
  };
}

/**
 * Settings › Failed payments: how long a past-due customer keeps access, what happens when
 * Stripe's retries run out, the page failed-payment e-mails link to, and whether pausing payment
 * collection pauses the service. One mode's settings (test and live are separate).
 *
 * @tagname billing-admin-failed-payments
 */
export class AdminFailedPayments extends AdminElement {
  static override properties = { ...AdminElement.properties, saved: { state: true } };
  declare saved: boolean;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    settingsNavStyles,
    settingsFormStyles,
    css`
      /* A number of days needs no full-width box. */
      #field-grace_period_days {
        max-width: 160px;
      }
      .choices label {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        gap: 2px 10px;
        align-items: start;
        padding: 10px 12px;
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-control);
        font-weight: 400;
        cursor: pointer;
      }
      .choices label:has(input:checked) {
        border-color: var(--_color-accent);
      }
      .choices input {
        grid-row: span 2;
        margin-top: 3px;
      }
      .choices strong {
        font-weight: 500;
      }
    `,
  ];

  readonly #form = new FormController(this);

  constructor() {
    super();
    this.saved = false;
  }

  readonly #settings = new Task(this, {
    task: async () => call(this.signedIn.api.GET("/v1/billing_settings")),
    args: () => [],
  });

  async #save(event: SubmitEvent) {
    this.saved = false;
    const saved = await this.#form.submit(event, (values) =>
      call(this.signedIn.api.POST("/v1/billing_settings", { body: billingSettingsBody(values) })),
    );
    if (saved) this.saved = true;
  }

  /** The radio group of `after_failed_retries`, its API error under it like `field()`. */
  #afterFailedRetries(current: AfterFailedRetries) {
    const error = this.#form.fieldErrors.get("after_failed_retries");
    return html`<fieldset class="choices" aria-describedby=${ifDefined(error ? "after-failed-retries-error" : undefined)}>
      <legend>After the last failed retry</legend>
      ${AFTER_FAILED_RETRIES.map(
        (choice) => html`<label>
          <input type="radio" name="after_failed_retries" value=${choice.value} ?checked=${choice.value === current} />
          <strong>${choice.label}</strong>
          <span class="muted">${choice.hint}</span>
        </label>`,
      )}
      ${error ? html`<p class="field-error" id="after-failed-retries-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  #fields(settings: BillingSettings) {
    return html`${field(this.#form, {
      name: "grace_period_days",
      label: "Grace period (days)",
      type: "number",
      inputmode: "numeric",
      value: String(settings.grace_period_days),
      hint: "How long a customer whose payment failed keeps access while Stripe retries. 0 to 60 days.",
    })}
      ${this.#afterFailedRetries(settings.after_failed_retries)}
      ${field(this.#form, {
        name: "update_payment_url",
        label: "Update-payment page",
        type: "url",
        value: settings.update_payment_url ?? "",
        placeholder: "https://example.com/billing",
        hint: "Where failed-payment e-mails send customers to update their card (https). Empty: Stripe's page for the invoice.",
      })}
      ${checkbox(this.#form, {
        name: "paused_keeps_access",
        label: "Paused subscriptions keep access",
        checked: settings.paused_keeps_access,
        hint: "When you pause payment collection, the customer keeps their features. Off: pausing pauses the service.",
      })}`;
  }

  protected override render() {
    const canWrite = this.signedIn.canWrite("organization");
    return html`<billing-admin-page-header heading="Failed payments"
        description="What happens when a customer's payment fails, in ${this.signedIn.mode} mode."></billing-admin-page-header>
      ${settingsNav("settings/failed-payments")}
      ${this.#settings.render({
        pending: () => pageLoading(),
        error: (error) => recordError(this.signedIn, error, () => this.#settings.run(), "setting"),
        complete: (settings) => html`<form class="card" @submit=${this.#save} novalidate aria-label="Failed payments">
          <fieldset class="group" ?disabled=${!canWrite}>${this.#fields(settings)}</fieldset>
          ${formError(this.#form)}
          ${this.saved ? html`<p class="notice" role="status">Saved.</p>` : nothing}
          ${canWrite ? html`<div class="actions"><button class="button primary" ?disabled=${this.#form.pending}>Save</button></div>` : nothing}
        </form>`,
      })}`;
  }
}
