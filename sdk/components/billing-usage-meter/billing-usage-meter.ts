import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { type CustomerStateDocument, type Entitlement, entitlementOf } from "../../client/entitlement-decision";
import { BillingElement } from "../../internal/billing-element";
import { formatNumber, messagesFor } from "../../internal/localize";
import { hasPausedPlan } from "../../internal/paused-plan";
import { StoreController } from "../../internal/store-controller";
import { tokenStyles } from "../../internal/tokens";
import { en, type UsageMeterMessages } from "./billing-usage-meter.messages";
import { styles } from "./billing-usage-meter.styles";
import { type MeterModel, type MeterState, meterModel } from "./usage-model";

type Status = "loading" | "ready" | "empty" | "error";

/** Overage is billed in the currency of the subscription that grants the feature, whatever the page prefers. */
function billedCurrency(state: CustomerStateDocument, entitlement: Entitlement): string | undefined {
  const source = entitlement.sources.find((each) => each.type === "subscription");
  return source && state.subscriptions.find((sub) => sub.id === source.id)?.currency;
}
const STATES = ["loading", "ready", "empty", "error", "ok", "warning", "over", "unlimited", "limit-reached"] as const;

/**
 * How much of a feature the signed-in customer has used this period: used / limit, percentage, the
 * date the counter resets, a warning at 80 %, the overage and its price past a soft quota. Reads the
 * page's shared customer state (one request for every meter and gate, polled, refreshed after any
 * purchase or plan change on the page), so the meter moves without a reload.
 *
 * @tagname billing-usage-meter
 * @summary Usage meter: used / limit of one feature, with its state and reset date.
 *
 * @csspart base - The whole meter.
 * @csspart label - The feature's name.
 * @csspart value - "1,234 of 10,000" (or "Unlimited").
 * @csspart track - The bar (`role="meter"`).
 * @csspart fill - The used part of the bar.
 * @csspart percent - The percentage.
 * @csspart reset - "Resets on …".
 * @csspart note - The warning, limit-reached or overage line.
 * @csspart skeleton - Loading placeholder.
 * @csspart empty - Shown when the feature is not in the customer's plan, the plan is paused, or nobody is signed in.
 * @csspart error - Shown when the usage cannot be loaded.
 *
 * @cssstate loading - The customer state is being fetched.
 * @cssstate ready - The meter is shown.
 * @cssstate empty - Not in the plan, or signed out.
 * @cssstate error - The customer state could not be loaded.
 * @cssstate ok - Below 80 % of the limit.
 * @cssstate warning - At 80 % or more of the limit.
 * @cssstate over - Past a soft quota (overage is billed).
 * @cssstate unlimited - No limit (or a feature that is simply included).
 * @cssstate limit-reached - A hard limit is used up.
 *
 * @cssproperty --billing-color-accent - The bar while under 80 %.
 * @cssproperty --billing-color-warning - The bar from 80 %.
 * @cssproperty --billing-color-danger - The bar past the quota or at a hard limit.
 */
export class BillingUsageMeter extends BillingElement {
  static override styles = [tokenStyles, styles];
  static override properties = {
    ...BillingElement.properties,
    feature: { reflect: true },
    variant: { reflect: true },
  };

  /** The feature's key (as in the catalogue, e.g. `api_calls`). */
  declare feature: string;
  /** `full` (a card with the reset date and notes) or `compact` (one line, for lists such as the portal's usage section). */
  declare variant: "full" | "compact";

  readonly #stores = new StoreController(this);
  #status: Status = "loading";
  #state: MeterState | undefined;
  #limitReached = false;

  constructor() {
    super();
    this.feature = "";
    this.variant = "full";
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.billingClient;
    // Subscribing is what loads and polls the shared state (one request for the whole page).
    this.#stores.watch(client ? [client.$customerState, client.$pricing] : []);
    // A feature the customer has no entitlement to is named from the public catalogue (loaded once per page).
    const state = client?.$customerState.get();
    if (state?.status === "ready" && state.data && !entitlementOf(state.data, this.feature)) client?.loadPricing().catch(() => {});
  }

  protected override render() {
    const t = messagesFor("usageMeter", en, this.resolvedLocale);
    const client = this.billingClient;
    const loadable = client?.$customerState.get() ?? { status: "error" as const };
    this.#state = undefined;
    this.#limitReached = false;
    let body: TemplateResult;
    if (!client) body = this.#error("Set publishable-key on <billing-usage-meter> or place it inside <billing-provider>.", false, t);
    else if (loadable.status === "error") body = this.#error(t.error, true, t);
    else if (loadable.status !== "ready") body = this.#skeleton(t);
    else if (loadable.data === null) body = this.#empty(t.signedOut);
    else {
      const entitlement = entitlementOf(loadable.data, this.feature);
      if (!entitlement) body = this.#empty(this.#withoutEntitlement(loadable.data, t));
      else {
        const model = meterModel(entitlement, billedCurrency(loadable.data, entitlement) ?? this.preferredCurrency);
        this.#status = "ready";
        this.#state = model.state;
        this.#limitReached = model.limitReached;
        body = this.#meter(model, entitlement.feature_name, entitlement.unit_label ?? entitlement.feature_name, t);
      }
    }
    return html`<div part="base" class="base ${this.variant === "compact" ? "compact" : "full"}" aria-busy=${this.#status === "loading" ? "true" : "false"}>${body}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const state of STATES) {
      const on = state === this.#status || state === this.#state || (state === "limit-reached" && this.#limitReached);
      if (on) this.internals.states.add(state);
      else this.internals.states.delete(state);
    }
    // The fill's width is set through the CSSOM: a strict CSP refuses inline style attributes.
    const fill = this.renderRoot.querySelector<HTMLElement>(".fill");
    const percent = Number(fill?.dataset.percent);
    if (fill) fill.style.setProperty("inline-size", `${Math.min(100, Number.isFinite(percent) ? percent : 0)}%`);
  }

  #meter(model: MeterModel, name: string, unit: string, t: UsageMeterMessages): TemplateResult {
    const number = (value: number) => formatNumber(value, this.resolvedLocale);
    const percentText =
      model.percent === null
        ? ""
        : new Intl.NumberFormat(this.resolvedLocale, { style: "percent" }).format(Math.floor(model.percent) / 100);
    const label = html`<span part="label" class="label">${name}</span>`;
    if (model.limit === null) {
      const compact = this.variant === "compact";
      const used = t.usedUnlimited(number(model.used));
      const value = model.included ? t.included : compact ? `${t.unlimited} · ${used}` : used;
      return html`<div class="head">${label}<span part="value" class="value">${value}</span></div>
        ${model.included || compact ? nothing : html`<div class="foot"><span part="percent">${t.unlimited}</span></div>`}`;
    }
    const used = number(model.used);
    const limit = number(model.limit);
    const note = this.#note(model, unit, t);
    return html`<div class="head">${label}<span part="value" class="value">${t.usedOf(used, limit)}</span></div>
      <div part="track" class="track" role="meter" aria-label=${name} aria-valuemin="0" aria-valuemax=${model.limit}
        aria-valuenow=${Math.min(model.used, model.limit)} aria-valuetext=${t.valueText(used, limit, name, percentText)}>
        <div part="fill" class="fill" data-percent=${model.percent ?? 0}></div>
      </div>
      ${
        this.variant === "compact"
          ? nothing
          : html`<div class="foot"><span part="percent">${percentText}</span>
            ${model.resetsAt === null ? nothing : html`<span part="reset">${t.resetsOn(this.formatDate(model.resetsAt))}</span>`}</div>
            ${note ? html`<p part="note" class="note">${note}</p>` : nothing}`
      }`;
  }

  /** Why there is nothing to measure: the plan is paused, or does not include the feature (named as the catalogue names it). */
  #withoutEntitlement(state: CustomerStateDocument, t: UsageMeterMessages): string {
    const pricing = this.billingClient?.$pricing.get();
    const name = pricing?.status === "ready" ? pricing.data.features.find((feature) => feature.key === this.feature)?.name : undefined;
    return hasPausedPlan(state) ? t.paused(name) : t.notInPlan(name);
  }

  #note(model: MeterModel, unit: string, t: UsageMeterMessages): string | undefined {
    const number = (value: number) => formatNumber(value, this.resolvedLocale);
    if (model.state === "over") {
      const price = model.overagePrice;
      if (!price) return t.overageUnpriced(number(model.overUnits));
      const money = (amount: number) => this.formatMoney(amount, price.currency, price.exponent);
      return t.overage(number(model.overUnits), money(price.unitAmount), unit, money(model.overUnits * price.unitAmount));
    }
    if (model.limitReached) return t.limitReached;
    return model.state === "warning" ? t.warning : undefined;
  }

  #skeleton(t: UsageMeterMessages): TemplateResult {
    this.#status = "loading";
    return html`<span class="visually-hidden" role="status">${t.loading}</span>
      <div part="skeleton" class="skeleton" aria-hidden="true"><span class="bar"></span><span class="bar track-bar"></span></div>`;
  }

  #empty(text: string): TemplateResult {
    this.#status = "empty";
    return html`<p part="empty" class="empty">${text}</p>`;
  }

  #error(text: string, retry: boolean, t: UsageMeterMessages): TemplateResult {
    this.#status = "error";
    return html`<div part="error" class="error" role="alert"><span>${text}</span>
      ${retry ? html`<button type="button" class="link" @click=${() => this.billingClient?.refreshCustomerState()}>${t.retry}</button>` : nothing}</div>`;
  }
}
