import { css, html, nothing } from "lit";
import type { operations } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { FormController, type FormValues, field, formError } from "../../elements/form";
import { formStyles } from "../../elements/form.styles";
import { call, type Mode } from "../../session/admin-api";
import { settingsFormStyles } from "./settings-form.styles";
import type { ConnectAccount } from "./stripe-account";

type Schedule = operations["updatePayoutSchedule"]["requestBody"]["content"]["application/json"];
type Interval = Schedule["interval"];

const INTERVALS: Array<{ value: Interval; label: string }> = [
  { value: "daily", label: "Daily" },
  { value: "weekly", label: "Weekly" },
  { value: "monthly", label: "Monthly" },
  { value: "manual", label: "Manual (you start each payout in Stripe)" },
];
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/** A whole number as the API takes it; anything else is sent as typed, so the API names what is wrong. */
const wholeNumber = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : value) as number;

/** The body of `POST /v1/connect/payout_schedule`: the anchor of the chosen interval only; an empty delay keeps Stripe's. */
export function payoutScheduleBody(values: FormValues): Schedule {
  const interval = values.interval as Interval;
  const body: Schedule = { interval };
  if (interval === "weekly") body.weekly_anchor = values.weekly_anchor as NonNullable<Schedule["weekly_anchor"]>;
  if (interval === "monthly" && values.monthly_anchor?.trim()) body.monthly_anchor = wholeNumber(values.monthly_anchor);
  if (interval !== "manual" && values.delay_days?.trim()) body.delay_days = wholeNumber(values.delay_days);
  return body;
}

/**
 * The payout schedule of one mode's Stripe account (inside `<billing-admin-stripe-account>`): how
 * often Stripe pays out, on which weekday or day of the month, and after how many days. Read-only
 * for roles that may not change the organisation.
 *
 * @tagname billing-admin-payout-schedule
 * @event billing-admin-account - Saved: the updated account.
 */
export class AdminPayoutSchedule extends AdminElement {
  static override properties = {
    ...AdminElement.properties,
    account: { attribute: false },
    mode: {},
    interval: { state: true },
    saved: { state: true },
  };
  declare account: ConnectAccount | undefined;
  declare mode: Mode;
  /** The interval chosen in the form (its anchor field follows it). */
  declare interval: Interval | undefined;
  declare saved: boolean;

  static override styles = [
    tokenStyles,
    adminStyles,
    formStyles,
    settingsFormStyles,
    css`
      :host {
        display: block;
        border-top: 1px solid var(--_color-border);
        padding-top: 16px;
      }
      form {
        max-width: none;
      }
      h3 {
        margin: 0;
        font-size: 0.9375rem;
      }
    `,
  ];

  readonly #form = new FormController(this);

  constructor() {
    super();
    this.mode = "test";
    this.saved = false;
  }

  get #schedule(): Partial<Record<keyof Schedule, unknown>> {
    return (this.account?.payout_schedule ?? {}) as Partial<Record<keyof Schedule, unknown>>;
  }

  async #save(event: SubmitEvent): Promise<void> {
    this.saved = false;
    const account = await this.#form.submit(event, (values) =>
      call(
        this.signedIn.api.POST("/v1/connect/payout_schedule", {
          body: payoutScheduleBody(values),
          headers: { "BillingOS-Mode": this.mode },
        }),
      ),
    );
    if (!account) return;
    this.saved = true;
    this.emit("billing-admin-account", account);
  }

  #changed(event: Event): void {
    const target = event.target as HTMLSelectElement;
    if (target.name === "interval") this.interval = target.value as Interval;
  }

  protected override render() {
    const schedule = this.#schedule;
    const interval = this.interval ?? (schedule.interval as Interval | undefined) ?? "daily";
    const canWrite = this.signedIn.canWrite("organization");
    const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
    return html`<form @submit=${this.#save} @change=${this.#changed} novalidate aria-labelledby="payouts-title">
      <h3 id="payouts-title">Payout schedule</h3>
      <fieldset ?disabled=${!canWrite}>
        <div class="row">
          ${field(this.#form, { name: "interval", label: "Pay out", value: interval, options: INTERVALS })}
          ${
            interval === "weekly"
              ? field(this.#form, {
                  name: "weekly_anchor",
                  label: "On",
                  value: text(schedule.weekly_anchor) || "monday",
                  options: WEEKDAYS.map((day) => ({ value: day, label: day[0]?.toUpperCase() + day.slice(1) })),
                })
              : nothing
          }
          ${
            interval === "monthly"
              ? field(this.#form, {
                  name: "monthly_anchor",
                  label: "Day of the month",
                  type: "number",
                  inputmode: "numeric",
                  value: text(schedule.monthly_anchor),
                  hint: "1 to 31; short months pay on their last day.",
                })
              : nothing
          }
          ${
            interval === "manual"
              ? nothing
              : field(this.#form, {
                  name: "delay_days",
                  label: "Delay (days)",
                  type: "number",
                  inputmode: "numeric",
                  value: text(schedule.delay_days),
                  hint: "Days a payment waits before it is paid out: 2 to 365.",
                })
          }
        </div>
      </fieldset>
      ${formError(this.#form)}
      ${this.saved ? html`<p class="notice" role="status">Payout schedule saved.</p>` : nothing}
      ${
        canWrite
          ? html`<div class="actions"><button class="button" ?disabled=${this.#form.pending}>Save payout schedule</button></div>`
          : nothing
      }
    </form>`;
  }
}
