import { html, nothing, type TemplateResult } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { readQuery, writeQuery } from "../../session/url-state";
import { metricCard } from "../shared/metric-card";
import { type Loaded, track } from "../shared/record";
import { pageStyles } from "./analytics.styles";
import { currenciesOf, loadCards } from "./analytics-data";
import type { AnalyticsCards } from "./analytics-figures";
import {
  type AnalyticsView,
  comparisonOf,
  INTERVALS,
  isoDate,
  PRESETS,
  type Range,
  rangeError,
  rangeOf,
  viewFromQuery,
  viewToQuery,
} from "./analytics-range";
import { type Formats, periodFormats, type SectionConfig, sectionElement } from "./section-config";
import { cohortsSection, growthSection, limitsSection, retentionSection, usageSection } from "./sections-customers";
import { mrrSection, recoverySection, revenueSection } from "./sections-revenue";

type Cards = { cards: AnalyticsCards; exponent: number };

/**
 * Analytics: the cards (MRR, subscriptions, new subscriptions, churn, net revenue, ARPU) against the
 * period of the same length before, then a section per figure (MRR movements, revenue, growth,
 * retention, cohorts, recovery, usage), each loading on its own with its CSV. The range, interval
 * and currency are in the address, so a link or a reload shows the same view.
 *
 * @tagname billing-admin-analytics
 */
export class AdminAnalytics extends AdminElement {
  static override styles = [tokenStyles, adminStyles, pageStyles];
  static override properties = {
    ...AdminElement.properties,
    view: { state: true },
    cards: { state: true },
    currencies: { state: true },
  };

  declare view: AnalyticsView;
  declare cards: Loaded<Cards> | undefined;
  /** The currencies with data in the range (the picker shows when there is more than one). */
  declare currencies: string[];
  #range: Range | undefined;
  #loadCards: (() => Promise<Cards>) | undefined;
  /** The sections of the view, built once per view (their `load` functions are what starts a load). */
  #sections: TemplateResult[] = [];

  constructor() {
    super();
    this.view = viewFromQuery(readQuery());
    this.currencies = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#apply(this.view);
  }

  /** The currency shown: the chosen one, else the organisation's default. */
  get #currency(): string {
    return this.view.currency ?? this.signedIn.organization.default_currency;
  }

  #formats(range: Range): Formats {
    return {
      money: (amount, currency, exponent) => this.formatMoney(amount, currency, exponent),
      number: (value) => this.formatNumber(value),
      percent: (ratio) => this.formatPercent(ratio),
      ...periodFormats(range.interval, this.resolvedLocale),
    };
  }

  /** Shows `view`: the address first, then (for a valid range) every load; an invalid range sends nothing. */
  #apply(view: AnalyticsView): void {
    this.view = view;
    writeQuery(viewToQuery(view));
    const range = rangeOf(view, new Date());
    this.#range = range;
    if (!range) {
      this.#sections = [];
      this.#loadCards = undefined;
      this.cards = undefined;
      return;
    }
    const session = this.signedIn;
    const currency = this.#currency;
    const context = { api: session.api, range, currency, format: this.#formats(range) };
    this.#sections = [
      mrrSection(context),
      revenueSection(context),
      growthSection(context),
      retentionSection(context),
      recoverySection(context),
      cohortsSection(context),
      usageSection(context),
      limitsSection(context),
    ].map((section) => sectionElement(section as SectionConfig<unknown>));
    this.#loadCards = () => loadCards(session.api, range, currency);
    this.#cardsAgain();
    currenciesOf(session.api, range, currency).then(
      (found) => {
        if (this.#range !== range) return;
        // No data in the default currency but in another: show that one (a chosen currency stays).
        if (!view.currency && found.main !== currency) return this.#apply({ ...view, currency: found.main });
        this.currencies = [...new Set([...found.codes, currency])].sort();
      },
      // The picker is a convenience: without the list, the page stays in the shown currency.
      () => undefined,
    );
  }

  #cardsAgain(): void {
    const load = this.#loadCards;
    // A slower answer for a view left since never replaces the current one's.
    if (!load) return;
    void track(load, (state) => {
      if (this.#loadCards === load) this.cards = state;
    });
  }

  #change(patch: Partial<AnalyticsView>): void {
    const next = { ...this.view, ...patch };
    if (patch.preset === "custom" && this.#range && !next.from && !next.to) {
      // Start a custom range from the one shown.
      next.from = isoDate(this.#range.from);
      next.to = isoDate(this.#range.to - 86_400);
    }
    this.#apply(next);
  }

  #select(name: string, label: string, value: string, options: Array<{ value: string; label: string }>, set: (value: string) => void) {
    return html`<div class="field"><label for=${`pick-${name}`}>${label}</label>
      <select id=${`pick-${name}`} @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}>
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
      </select></div>`;
  }

  #dateField(name: "from" | "to", label: string, error: ReturnType<typeof rangeError>) {
    const invalid = error?.field === name;
    return html`<div class="field"><label for=${`pick-${name}`}>${label}</label>
      <input id=${`pick-${name}`} type="date" .value=${this.view[name]} aria-invalid=${invalid ? "true" : "false"}
        aria-describedby=${invalid ? "range-error" : nothing}
        @change=${(event: Event) => this.#change({ [name]: (event.target as HTMLInputElement).value })} /></div>`;
  }

  #toolbar(): TemplateResult {
    const view = this.view;
    const error = rangeError(view);
    const range = this.#range;
    const currencies = this.currencies.length > 1 || (view.currency && !this.currencies.includes(view.currency));
    return html`<div class="toolbar" role="group" aria-label="What to show">
        ${this.#select("range", "Range", view.preset, PRESETS, (value) => this.#change({ preset: value as AnalyticsView["preset"] }))}
        ${view.preset === "custom" ? html`${this.#dateField("from", "From", error)} ${this.#dateField("to", "To", error)}` : nothing}
        ${this.#select("interval", "Interval", range?.interval ?? view.interval ?? "day", INTERVALS, (value) =>
          this.#change({ interval: value as AnalyticsView["interval"] }),
        )}
        ${
          currencies
            ? this.#select(
                "currency",
                "Currency",
                this.#currency,
                [...new Set([...this.currencies, this.#currency])].map((code) => ({ value: code, label: code.toUpperCase() })),
                (value) => this.#change({ currency: value }),
              )
            : nothing
        }
        ${range ? html`<p class="muted range-note">${this.formatDate(range.from)} – ${this.formatDate(range.to - 86_400)} · ${this.#currency.toUpperCase()}</p>` : nothing}
      </div>
      ${error ? html`<p class="field-error" id="range-error" role="alert">${error.message}</p>` : nothing}`;
  }

  #cards(): TemplateResult | typeof nothing {
    const state = this.cards;
    const range = this.#range;
    if (!state || !range) return nothing;
    const ready = state.status === "ready" ? state.data : undefined;
    const error = state.status === "error" ? state.message : undefined;
    const comparison = comparisonOf(this.view, range);
    const money = (amount: number | null) => ready && (amount === null ? "–" : this.formatMoney(amount, this.#currency, ready.exponent));
    const card = (label: string, value: string | undefined, figure: keyof AnalyticsCards, lowerIsBetter = false) =>
      metricCard({
        label,
        value,
        figure: ready?.cards[figure],
        comparison,
        emptyComparison: "No earlier period to compare with",
        loading: state.status === "loading",
        error,
        lowerIsBetter,
      });
    const cards = ready?.cards;
    return html`<h2 class="section-title">Overview</h2>
      <div class="metrics">
        ${card("MRR", money(cards?.mrr.value ?? 0), "mrr")}
        ${card("Active subscriptions", cards && this.formatNumber(cards.activeSubscriptions.value), "activeSubscriptions")}
        ${card("New subscriptions", cards && this.formatNumber(cards.newSubscriptions.value), "newSubscriptions")}
        ${card("Churn rate", cards && (cards.churn.value === null ? "–" : this.formatPercent(cards.churn.value)), "churn", true)}
        ${card("Net revenue", money(cards?.netRevenue.value ?? 0), "netRevenue")}
        ${card("ARPU", money(cards?.arpu.value ?? null), "arpu")}
      </div>
      ${error ? html`<p><button class="button" type="button" @click=${() => this.#cardsAgain()}>Try again</button></p>` : nothing}`;
  }

  protected override render() {
    return html`<billing-admin-page-header heading="Analytics" description="How the business is doing: revenue, growth, retention and usage."></billing-admin-page-header>
      <div class="stack">
        ${this.#toolbar()} ${this.#cards()}
        <div class="sections">${this.#sections}</div>
      </div>`;
  }
}
