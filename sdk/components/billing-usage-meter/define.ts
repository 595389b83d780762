import { BillingUsageMeter } from "./billing-usage-meter";

BillingUsageMeter.define("billing-usage-meter");

declare global {
  interface HTMLElementTagNameMap {
    "billing-usage-meter": BillingUsageMeter;
  }
}

export { BillingUsageMeter };
