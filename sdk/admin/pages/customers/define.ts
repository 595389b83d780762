// The customers pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import "../../elements/define-sdk-elements";
import { AdminCustomer } from "./admin-customer";
import { AdminCustomerEdit, AdminRefund } from "./customer-dialogs";
import { AdminCustomerEntitlements } from "./customer-entitlements";
import { AdminCustomerView } from "./customer-view";

AdminCustomer.define("billing-admin-customer");
AdminCustomerEdit.define("billing-admin-customer-edit");
AdminRefund.define("billing-admin-refund");
AdminCustomerEntitlements.define("billing-admin-customer-entitlements");
AdminCustomerView.define("billing-admin-customer-view");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-customer": AdminCustomer;
    "billing-admin-customer-edit": AdminCustomerEdit;
    "billing-admin-refund": AdminRefund;
    "billing-admin-customer-entitlements": AdminCustomerEntitlements;
    "billing-admin-customer-view": AdminCustomerView;
  }
}
