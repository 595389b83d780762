import { html, nothing } from "lit";
import type { Pricing } from "../../client/client";
import type { PricingTableMessages } from "./billing-pricing-table.messages";
import { bestSavingPercent, type Interval } from "./pricing-model";

export interface ControlsState {
  currency: string;
  intervals: Interval[];
  interval: Interval | undefined;
  locale: string;
}

/** The billing-period switch (with the best yearly saving) and the currency choice; nothing when there is no choice to make. */
export function controlsView(
  pricing: Pricing,
  t: PricingTableMessages,
  { currency, intervals, interval, locale }: ControlsState,
  on: { interval: (interval: Interval) => void; currency: (currency: string) => void },
) {
  const saving = bestSavingPercent(pricing, currency);
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  if (intervals.length < 2 && pricing.currencies.length < 2) return nothing;
  return html`<div class="controls" part="controls">
    ${
      intervals.length > 1
        ? html`<fieldset class="switch" part="interval-switch">
            <legend class="visually-hidden">${t.billingPeriod}</legend>
            ${intervals.map(
              (option) => html`<label class=${option === interval ? "on" : ""}>
                <input type="radio" name="interval" value=${option} .checked=${option === interval}
                  @change=${() => on.interval(option)} />
                <span>${t.interval[option]}</span>
                ${option === "year" && saving ? html`<span class="saving" part="saving">${t.saveUpTo(saving)}</span>` : nothing}
              </label>`,
            )}
          </fieldset>`
        : nothing
    }
    ${
      pricing.currencies.length > 1
        ? html`<label class="currency">
            <span class="visually-hidden">${t.currency}</span>
            <select part="currency" @change=${(event: Event) => on.currency((event.target as HTMLSelectElement).value)}>
              ${pricing.currencies.map((code) => html`<option value=${code} ?selected=${code === currency}>${code.toUpperCase()} · ${names.of(code.toUpperCase())}</option>`)}
            </select>
          </label>`
        : nothing
    }
  </div>`;
}
