import { Task } from "@lit/task";
import { css, html, nothing } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../../elements/admin.styles";
import { AdminElement } from "../../elements/admin-element";
import { errorMessage } from "../../session/admin-api";
import { metricCard } from "../shared/metric-card";
import { type Figure, type HomeFigures, loadHomeFigures } from "./home-figures";

/** What a card says when it shows no change. */
function emptyComparison(figure: Figure<number | null> | undefined): string {
  return figure?.previous === undefined || figure.previous === null
    ? "No earlier month to compare with"
    : "Nothing last month to compare with";
}

/**
 * Home: this month's MRR, active subscriptions, new customers and churn against last month, the MRR
 * of the last twelve months (all from `/v1/analytics/*`), and what is left to set up.
 *
 * @tagname billing-admin-home
 */
export class AdminHome extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      .stack {
        display: grid;
        gap: 24px;
      }
      .metrics {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
        gap: 16px;
      }
      .chart {
        display: grid;
        gap: 12px;
      }
      .chart-head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 8px;
      }
      .section-title {
        font-size: 0.875rem;
        font-weight: 600;
        color: var(--_color-text-muted);
        margin-bottom: -8px;
      }
    `,
  ];

  readonly #figures = new Task(this, {
    task: async () => {
      const session = this.signedIn;
      return loadHomeFigures(session.api, session.organization.default_currency);
    },
    args: () => [this.session?.organization.id, this.session?.mode],
  });

  #money(amount: number, figures: HomeFigures): string {
    return this.formatMoney(amount, figures.currency, figures.exponent);
  }

  #cards(figures: HomeFigures | undefined, error?: string) {
    const loading = figures === undefined && !error;
    const card = (
      label: string,
      value: string | undefined,
      figure: Figure<number | null> | undefined,
      extra: { lowerIsBetter?: boolean; comparison: string },
    ) => metricCard({ label, value, figure, loading, error, ...extra, emptyComparison: emptyComparison(figure) });
    return html`<div class="metrics">
      ${card("MRR", figures && this.#money(figures.mrr.value, figures), figures?.mrr, { comparison: "vs end of last month" })}
      ${card("Active subscriptions", figures && this.formatNumber(figures.activeSubscriptions.value), figures?.activeSubscriptions, {
        comparison: "vs end of last month",
      })}
      ${card("New customers", figures && this.formatNumber(figures.newCustomers.value), figures?.newCustomers, { comparison: "vs last month" })}
      ${card("Churn", figures && (figures.churn.value === null ? "–" : this.formatPercent(figures.churn.value)), figures?.churn, {
        comparison: "vs last month",
        lowerIsBetter: true,
      })}
    </div>`;
  }

  #chart(figures: HomeFigures) {
    const monthName = (seconds: number) =>
      new Intl.DateTimeFormat(this.resolvedLocale, { month: "short", year: "2-digit", timeZone: "UTC" }).format(seconds * 1000);
    return html`<section class="card chart" aria-labelledby="mrr-title">
      <div class="chart-head">
        <h2 id="mrr-title">MRR, last 12 months</h2>
        ${
          figures.otherCurrencies.length
            ? html`<p class="muted">Also ${figures.otherCurrencies.map((other) => this.formatMoney(other.mrr, other.currency, other.exponent)).join(", ")}</p>`
            : nothing
        }
      </div>
      <billing-admin-chart label="MRR at the end of each month" x-label="Month" .x=${figures.months}
        .series=${[{ label: `MRR (${figures.currency.toUpperCase()})`, values: figures.mrrByMonth }]}
        .formatValue=${(value: number) => this.formatMoney(Math.round(value), figures.currency, figures.exponent, { whole: true })}
        .formatX=${monthName}></billing-admin-chart>
    </section>`;
  }

  protected override render() {
    return html`<billing-admin-page-header heading="Home" description="This month so far, and what is left to set up."></billing-admin-page-header>
      <div class="stack">
        <billing-admin-onboarding></billing-admin-onboarding>
        <h2 class="section-title">This month</h2>
        ${this.#figures.render({
          pending: () => this.#cards(undefined),
          error: (error) => html`${this.#cards(undefined, errorMessage(error))}
            <p><button class="button" type="button" @click=${() => this.#figures.run()}>Try again</button></p>`,
          complete: (figures) => html`${this.#cards(figures)} ${this.#chart(figures)}`,
        })}
      </div>`;
  }
}
