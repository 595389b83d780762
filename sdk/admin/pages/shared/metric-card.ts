import { html, type TemplateResult } from "lit";
import { change, type Figure } from "./figures";

export interface MetricCard {
  label: string;
  /** The value, formatted (undefined while loading or on error). */
  value: string | undefined;
  figure: Figure<number | null> | undefined;
  /** What the change compares with ("vs last month", "vs previous 30 days"). */
  comparison: string;
  /** Said when there is no change to show. */
  emptyComparison: string;
  loading: boolean;
  error?: string;
  lowerIsBetter?: boolean;
}

/** A `<billing-admin-metric>` for a figure and its change against the period before (Home, Analytics). */
export function metricCard(card: MetricCard): TemplateResult {
  return html`<billing-admin-metric label=${card.label} .value=${card.value} .change=${card.figure ? change(card.figure) : undefined}
    ?loading=${card.loading} .error=${card.error} comparison=${card.comparison} empty-comparison=${card.emptyComparison}
    ?lower-is-better=${card.lowerIsBetter ?? false}></billing-admin-metric>`;
}
