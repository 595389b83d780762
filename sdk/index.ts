// `@billingos/sdk`: every element (registered on import) and the headless client.
// The provider first: an element upgraded before its <billing-provider> asks for the context when
// no one can answer yet, and a page that loads the script after its markup upgrades in this order.
import "./components/billing-provider/define";
import "./components/billing-checkout/define";
import "./components/billing-dialog/define";
import "./components/billing-pricing-table/define";
import "./components/billing-usage-meter/define";
import "./components/billing-feature-gate/define";
import "./components/billing-portal/define";

export * from "./client/index";
export { BillingCheckout } from "./components/billing-checkout/billing-checkout";
export { BillingDialog } from "./components/billing-dialog/billing-dialog";
export { BillingFeatureGate } from "./components/billing-feature-gate/billing-feature-gate";
export { BillingPortal } from "./components/billing-portal/billing-portal";
export { BillingPricingTable } from "./components/billing-pricing-table/billing-pricing-table";
export { BillingProvider } from "./components/billing-provider/billing-provider";
export { BillingUsageMeter } from "./components/billing-usage-meter/billing-usage-meter";
export type { CheckoutCompleteDetail, CheckoutErrorDetail } from "./events/checkout-events";
export type { EntitlementChangeDetail, EntitlementChangeEvent, UpgradeDetail, UpgradeEvent } from "./events/entitlement-change";
export type { PlanSelectDetail, PlanSelectEvent } from "./events/plan-select";
export type { PortalActionDetail, PortalErrorDetail } from "./events/portal-events";
