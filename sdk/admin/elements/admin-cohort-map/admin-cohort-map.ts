import { html, nothing } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import type { components } from "../../../client/openapi";
import { tokenStyles } from "../../../internal/tokens";
import { adminStyles } from "../admin.styles";
import { AdminElement } from "../admin-element";
import { styles } from "./admin-cohort-map.styles";

export type CohortCell = components["schemas"]["AnalyticsCohortCell"];
export type CohortMeasure = "customers" | "revenue";

/** A cohort's row: its month, size and retention at each month since (null: that month has not ended, or no base). */
export interface CohortLine {
  cohort: number;
  customers: number;
  initialMrr: number;
  values: Array<number | null | undefined>;
}

/** The cohorts as rows (oldest first), each with its retention by months since, for one measure. */
export function cohortLines(cells: CohortCell[], measure: CohortMeasure): CohortLine[] {
  const byCohort = new Map<number, CohortLine>();
  for (const cell of cells) {
    const line = byCohort.get(cell.cohort) ?? { cohort: cell.cohort, customers: cell.customers, initialMrr: cell.initial_mrr, values: [] };
    line.values[cell.months_since] = measure === "customers" ? cell.logo_retention : cell.revenue_retention;
    byCohort.set(cell.cohort, line);
  }
  return [...byCohort.values()].sort((a, b) => a.cohort - b.cohort);
}

/** How strongly a cell is shaded, 0–100 (retention above 100 % shades fully). */
export const shadeOf = (ratio: number) => Math.round(Math.min(Math.max(ratio, 0), 1) * 100);

/**
 * A cohort heat map: a real table (cohort month × months since), each cell the share of the cohort
 * still paying (customers) or the share of its first MRR still there (revenue), shaded by that
 * share. Scrolls sideways on narrow screens with the cohort column kept in view.
 *
 * @tagname billing-admin-cohort-map
 * @cssproperty --shade - Set on each cell: its retention as a percentage.
 */
export class AdminCohortMap extends AdminElement {
  static override styles = [tokenStyles, adminStyles, styles];
  static override properties = {
    ...AdminElement.properties,
    cells: { attribute: false },
    measure: { reflect: true },
    label: {},
  };

  /** The API's cells (`GET /v1/analytics/cohorts`), one currency. */
  declare cells: CohortCell[];
  declare measure: CohortMeasure;
  /** The table's caption. */
  declare label: string;

  constructor() {
    super();
    this.cells = [];
    this.measure = "customers";
    this.label = "Retention by cohort";
  }

  #month(seconds: number): string {
    return new Intl.DateTimeFormat(this.resolvedLocale, { month: "short", year: "numeric", timeZone: "UTC" }).format(seconds * 1000);
  }

  #cell(value: number | null | undefined) {
    if (value === undefined) return html`<td class="none"><span class="sr-only">not yet</span></td>`;
    if (value === null) return html`<td class="none">–</td>`;
    return html`<td style=${styleMap({ "--shade": `${shadeOf(value)}%` })}>${this.formatPercent(value)}</td>`;
  }

  #toggle(measure: CohortMeasure, label: string) {
    return html`<button type="button" aria-pressed=${this.measure === measure ? "true" : "false"}
      @click=${() => (this.measure = measure)}>${label}</button>`;
  }

  protected override render() {
    const lines = cohortLines(this.cells, this.measure);
    const months = Math.max(0, ...lines.map((line) => line.values.length));
    const currency = this.cells[0];
    return html`<div class="head">
        <p class="muted">${this.measure === "customers" ? "Share of each cohort still paying" : "Share of each cohort's first MRR still there"}</p>
        <div class="measure" role="group" aria-label="Measure">
          ${this.#toggle("customers", "Customers")} ${this.#toggle("revenue", "Revenue")}
        </div>
      </div>
      <div class="scroll" tabindex="0" role="region" aria-label=${this.label}>
        <table>
          <caption class="sr-only">${this.label}: ${this.measure === "customers" ? "customers retained" : "revenue retained"}</caption>
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              <th scope="col">${this.measure === "customers" ? "Customers" : "First MRR"}</th>
              ${Array.from({ length: months }, (_, k) => html`<th scope="col">${k === 0 ? "Month 0" : `+${k}`}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${lines.map(
              (line) => html`<tr>
                <th scope="row">${this.#month(line.cohort)}</th>
                <td class="size">${
                  this.measure === "customers" || !currency
                    ? this.formatNumber(line.customers)
                    : this.formatMoney(line.initialMrr, currency.currency, currency.currency_exponent)
                }</td>
                ${Array.from({ length: months }, (_, k) => this.#cell(line.values[k]))}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${lines.length ? html`<p class="legend" aria-hidden="true"><span>0%</span><span class="ramp"></span><span>100%</span></p>` : nothing}`;
  }
}
