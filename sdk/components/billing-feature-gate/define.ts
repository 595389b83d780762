// The upgrade prompt opens the pricing table or the checkout in a dialog.
import "../billing-checkout/define";
import "../billing-dialog/define";
import "../billing-pricing-table/define";
import { BillingFeatureGate } from "./billing-feature-gate";

BillingFeatureGate.define("billing-feature-gate");

declare global {
  interface HTMLElementTagNameMap {
    "billing-feature-gate": BillingFeatureGate;
  }
}

export type { EntitlementChangeDetail, EntitlementChangeEvent, UpgradeDetail, UpgradeEvent } from "../../events/entitlement-change";
export { BillingFeatureGate };
