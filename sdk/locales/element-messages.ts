import type { CheckoutMessages } from "../components/billing-checkout/billing-checkout.messages";
import type { FeatureGateMessages } from "../components/billing-feature-gate/billing-feature-gate.messages";
import type { PortalMessages } from "../components/billing-portal/billing-portal.messages";
import type { PricingTableMessages } from "../components/billing-pricing-table/billing-pricing-table.messages";
import type { UsageMeterMessages } from "../components/billing-usage-meter/billing-usage-meter.messages";

/**
 * Every element's texts in one language. A language other than English is one module holding all of
 * them (./fr.ts), typed by this, so a missing string is a type error rather than a runtime fallback.
 */
export interface ElementMessages {
  checkout: CheckoutMessages;
  dialog: { close: string };
  featureGate: FeatureGateMessages;
  portal: PortalMessages;
  pricingTable: PricingTableMessages;
  usageMeter: UsageMeterMessages;
}
