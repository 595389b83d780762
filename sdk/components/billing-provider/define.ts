import { BillingProvider } from "./billing-provider";

BillingProvider.define("billing-provider");

declare global {
  interface HTMLElementTagNameMap {
    "billing-provider": BillingProvider;
  }
}

export { BillingProvider };
