// Every element's French, one module loaded once per page when an element first needs French
// (`import()` in the npm package; its own script with SRI next to the all-in-one script).
import { fr as checkout } from "../components/billing-checkout/billing-checkout.messages.fr";
import { fr as featureGate } from "../components/billing-feature-gate/billing-feature-gate.messages.fr";
import { fr as portal } from "../components/billing-portal/billing-portal.messages.fr";
import { fr as pricingTable } from "../components/billing-pricing-table/billing-pricing-table.messages.fr";
import { fr as usageMeter } from "../components/billing-usage-meter/billing-usage-meter.messages.fr";
import type { ElementMessages } from "./element-messages";

export const fr: ElementMessages = { checkout, dialog: { close: "Fermer" }, featureGate, portal, pricingTable, usageMeter };
