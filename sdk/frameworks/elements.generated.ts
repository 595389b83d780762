// Generated from custom-elements.json by sdk/scripts/element-types.ts (`npm run element-types -w sdk`). Do not edit.

import type { BillingCheckout } from "../components/billing-checkout/billing-checkout";
import type { BillingDialog } from "../components/billing-dialog/billing-dialog";
import type { BillingFeatureGate } from "../components/billing-feature-gate/billing-feature-gate";
import type { BillingPortal } from "../components/billing-portal/billing-portal";
import type { BillingPricingTable } from "../components/billing-pricing-table/billing-pricing-table";
import type { BillingProvider } from "../components/billing-provider/billing-provider";
import type { BillingUsageMeter } from "../components/billing-usage-meter/billing-usage-meter";

/** Each BillingOS tag: its class, public properties, attributes and the events it emits. */
export interface BillingElementTypes {
  "billing-checkout": {
    element: BillingCheckout;
    properties: "price" | "quantity" | "promotionCode" | "publishableKey" | "apiBase" | "locale" | "currency" | "theme";
    attributes: "price" | "quantity" | "promotion-code" | "publishable-key" | "api-base" | "locale" | "currency" | "theme";
    events: "billing-checkout-complete" | "billing-checkout-error";
  };
  "billing-dialog": {
    element: BillingDialog;
    properties: "label" | "open" | "publishableKey" | "apiBase" | "locale" | "currency" | "theme";
    attributes: "label" | "open" | "publishable-key" | "api-base" | "locale" | "currency" | "theme";
    events: "billing-dialog-close";
  };
  "billing-feature-gate": {
    element: BillingFeatureGate;
    properties: "feature" | "required" | "price" | "publishableKey" | "apiBase" | "locale" | "currency" | "theme";
    attributes: "feature" | "required" | "price" | "publishable-key" | "api-base" | "locale" | "currency" | "theme";
    events: "billing-entitlement-change" | "billing-upgrade";
  };
  "billing-portal": {
    element: BillingPortal;
    properties: "sections" | "changeTiming" | "allowPause" | "perSeat" | "publishableKey" | "apiBase" | "locale" | "currency" | "theme";
    attributes: "sections" | "change-timing" | "allow-pause" | "per-seat" | "publishable-key" | "api-base" | "locale" | "currency" | "theme";
    events: "billing-portal-action" | "billing-portal-error";
  };
  "billing-pricing-table": {
    element: BillingPricingTable;
    properties: "interval" | "perSeat" | "comparison" | "selectedCurrency" | "seats" | "publishableKey" | "apiBase" | "locale" | "currency" | "theme";
    attributes: "interval" | "per-seat" | "comparison" | "publishable-key" | "api-base" | "locale" | "currency" | "theme";
    events: "billing-plan-select";
  };
  "billing-provider": {
    element: BillingProvider;
    properties: "fetchSession" | "pollInterval" | "client" | "publishableKey" | "apiBase" | "locale" | "currency" | "theme";
    attributes: "poll-interval" | "publishable-key" | "api-base" | "locale" | "currency" | "theme";
    events: never;
  };
  "billing-usage-meter": {
    element: BillingUsageMeter;
    properties: "feature" | "variant" | "publishableKey" | "apiBase" | "locale" | "currency" | "theme";
    attributes: "feature" | "variant" | "publishable-key" | "api-base" | "locale" | "currency" | "theme";
    events: never;
  };
}

/** The events of each tag at run time (the React wrappers map them to `on…` props). */
export const elementEvents = {
  "billing-checkout": ["billing-checkout-complete", "billing-checkout-error"],
  "billing-dialog": ["billing-dialog-close"],
  "billing-feature-gate": ["billing-entitlement-change", "billing-upgrade"],
  "billing-portal": ["billing-portal-action", "billing-portal-error"],
  "billing-pricing-table": ["billing-plan-select"],
  "billing-provider": [],
  "billing-usage-meter": [],
} as const satisfies { [Tag in keyof BillingElementTypes]: readonly BillingElementTypes[Tag]["events"][] };
