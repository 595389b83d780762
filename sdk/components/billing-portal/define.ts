import { BillingPortal } from "./billing-portal";

BillingPortal.define("billing-portal");

declare global {
  interface HTMLElementTagNameMap {
    "billing-portal": BillingPortal;
  }
}
