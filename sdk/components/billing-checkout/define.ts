import { BillingCheckout } from "./billing-checkout";

BillingCheckout.define("billing-checkout");

declare global {
  interface HTMLElementTagNameMap {
    "billing-checkout": BillingCheckout;
  }
}
