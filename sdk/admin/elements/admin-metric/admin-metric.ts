import { css, html } from "lit";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../admin.styles";
import { AdminElement } from "../admin-element";

/**
 * A headline number with its change against the previous period: "MRR $12,340.00 ▲ 4.2 % vs
 * previous 30 days". The change is green when it is good news: up, or down for metrics where lower
 * is better (`lower-is-better`, e.g. churn). Without a value it shows a skeleton (`loading`) or the
 * `error` text.
 *
 * @tagname billing-admin-metric
 */
export class AdminMetric extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      .card {
        display: grid;
        gap: 6px;
        padding: 16px 18px;
        min-height: 112px;
        align-content: start;
      }
      .label {
        font-size: 0.8125rem;
        font-weight: 500;
        color: var(--_color-text-muted);
      }
      .value {
        font-size: 1.5rem;
        font-weight: 600;
        letter-spacing: -0.01em;
        font-variant-numeric: tabular-nums;
        overflow-wrap: anywhere;
      }
      .change {
        font-size: 0.8125rem;
        color: var(--_color-text-muted);
      }
      .good {
        color: var(--_color-success);
        font-weight: 500;
      }
      .bad {
        color: var(--_color-danger);
        font-weight: 500;
      }
      .skeleton {
        display: block;
        height: 28px;
        width: 60%;
        border-radius: 6px;
        background: var(--_color-skeleton);
      }
      .error {
        font-size: 0.8125rem;
        color: var(--_color-danger);
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    label: {},
    value: {},
    change: { type: Number },
    comparison: {},
    emptyComparison: { attribute: "empty-comparison" },
    lowerIsBetter: { attribute: "lower-is-better", type: Boolean },
    loading: { type: Boolean },
    error: {},
  };

  declare label: string;
  /** The number, already formatted (money with the API's exponent, counts, percentages). */
  declare value: string | undefined;
  /** Relative change against the previous period (0.042 = +4.2 %); undefined when there is nothing to compare with. */
  declare change: number | undefined;
  /** What the change compares with ("vs previous 30 days"). */
  declare comparison: string;
  /** Said instead of a change when there is none to compute ("Nothing last month to compare with"). */
  declare emptyComparison: string;
  declare lowerIsBetter: boolean;
  declare loading: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    this.label = "";
    this.comparison = "vs previous period";
    this.emptyComparison = "No earlier period to compare with";
    this.lowerIsBetter = false;
    this.loading = false;
  }

  #change() {
    const change = this.change;
    if (change === undefined || Number.isNaN(change)) return html`<p class="change">${this.emptyComparison}</p>`;
    if (change === 0) return html`<p class="change">No change ${this.comparison}</p>`;
    const good = change > 0 !== this.lowerIsBetter;
    const arrow = change > 0 ? "▲" : "▼";
    return html`<p class="change">
      <span class=${good ? "good" : "bad"}><span aria-hidden="true">${arrow} </span>${this.formatPercent(change, { signed: true })}</span>
      ${this.comparison}
    </p>`;
  }

  protected override render() {
    const busy = this.loading && this.value === undefined;
    return html`<section class="card" aria-busy=${busy ? "true" : "false"} aria-label=${this.label}>
      <h3 class="label">${this.label}</h3>
      ${
        this.error
          ? html`<p class="error" role="alert">${this.error}</p>`
          : busy
            ? html`<span class="skeleton"></span>`
            : html`<p class="value">${this.value ?? "–"}</p>
              ${this.#change()}`
      }
    </section>`;
  }
}
