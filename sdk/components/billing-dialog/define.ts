import { BillingDialog } from "./billing-dialog";

BillingDialog.define("billing-dialog");

declare global {
  interface HTMLElementTagNameMap {
    "billing-dialog": BillingDialog;
  }
}

export { BillingDialog };
