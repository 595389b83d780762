// The feature comparison table: one column per plan, one row per feature the catalogue grants.
import { html, nothing, type TemplateResult } from "lit";
import type { PricingTableMessages } from "./billing-pricing-table.messages";
import type { FeatureRow, Product } from "./pricing-model";

export interface ComparisonContext {
  t: PricingTableMessages;
  money: (amount: number, currency: string) => string;
  number: (value: number) => string;
  currency: string;
}

export function comparisonTable(products: Product[], features: FeatureRow[], context: ComparisonContext): TemplateResult {
  const { t } = context;
  return html`<div class="comparison" part="comparison" role="region" aria-labelledby="comparison-caption" tabindex="0">
    <table>
      <caption id="comparison-caption" class="visually-hidden">${t.compare}</caption>
      <thead>
        <tr>
          <th scope="col">${t.feature}</th>
          ${products.map((product) => html`<th scope="col" part="comparison-plan">${product.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${features.map(
          (feature) => html`<tr part="comparison-row">
            <th scope="row">${feature.name}</th>
            ${products.map((product) => html`<td>${cell(feature, product.id, context)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function cell(feature: FeatureRow, product: string, { t, money, number, currency }: ComparisonContext): TemplateResult {
  const grant = feature.values[product];
  if (!grant) return html`<span class="no" aria-hidden="true">—</span><span class="visually-hidden">${t.notIncluded}</span>`;
  const { value } = grant;
  if (value === true)
    return html`<svg class="check" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M3.5 8.5l3 3 6-7" /></svg
      ><span class="visually-hidden">${t.included}</span>`;
  if (value === "unlimited") return html`${t.unlimited}`;
  const overage = grant.overage_unit_amounts?.[currency];
  return html`${number(value)}${
    overage === undefined
      ? nothing
      : html`<span class="overage">${t.overage(money(overage, currency), feature.unit_label ?? feature.name)}</span>`
  }`;
}
