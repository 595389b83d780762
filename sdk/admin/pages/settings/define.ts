// The settings pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import "../../elements/define-sdk-elements";
import { AdminAuditLog } from "./admin-audit-log";
import { AdminBilling } from "./admin-billing";
import { AdminBranding } from "./admin-branding";
import { AdminBusiness } from "./admin-business";
import { AdminFailedPayments } from "./admin-failed-payments";
import { AdminStripe } from "./admin-stripe";
import { AdminPayoutSchedule } from "./payout-schedule";
import { AdminStripeAccount } from "./stripe-account";

AdminBusiness.define("billing-admin-business");
AdminStripe.define("billing-admin-stripe");
AdminStripeAccount.define("billing-admin-stripe-account");
AdminPayoutSchedule.define("billing-admin-payout-schedule");
AdminFailedPayments.define("billing-admin-failed-payments");
AdminAuditLog.define("billing-admin-audit-log");
AdminBilling.define("billing-admin-billing");
AdminBranding.define("billing-admin-branding");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-business": AdminBusiness;
    "billing-admin-stripe": AdminStripe;
    "billing-admin-stripe-account": AdminStripeAccount;
    "billing-admin-payout-schedule": AdminPayoutSchedule;
    "billing-admin-failed-payments": AdminFailedPayments;
    "billing-admin-audit-log": AdminAuditLog;
    "billing-admin-billing": AdminBilling;
    "billing-admin-branding": AdminBranding;
  }
}
