import "../billing-dialog/define";
import { BillingPricingTable } from "./billing-pricing-table";

BillingPricingTable.define("billing-pricing-table");

declare global {
  interface HTMLElementTagNameMap {
    "billing-pricing-table": BillingPricingTable;
  }
}

export type { PlanSelectDetail, PlanSelectEvent } from "../../events/plan-select";
export { BillingPricingTable };
