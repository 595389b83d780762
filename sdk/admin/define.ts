// Registers every admin element (the admin is one script, so one place defines them all).
import "../components/billing-dialog/define";
import "../components/billing-portal/define";
import "../components/billing-provider/define";
import "../components/billing-usage-meter/define";
import { AdminChart } from "./elements/admin-chart/admin-chart";
import { AdminConfirm } from "./elements/admin-confirm/admin-confirm";
import { AdminCopy } from "./elements/admin-copy/admin-copy";
import { AdminMetric } from "./elements/admin-metric/admin-metric";
import { AdminPageHeader } from "./elements/admin-page-header/admin-page-header";
import { AdminTable } from "./elements/admin-table/admin-table";
import { AdminCustomer } from "./pages/customers/admin-customer";
import { AdminCustomers } from "./pages/customers/admin-customers";
import { AdminCustomerEdit, AdminRefund } from "./pages/customers/customer-dialogs";
import { AdminCustomerEntitlements } from "./pages/customers/customer-entitlements";
import { AdminCustomerView } from "./pages/customers/customer-view";
import { AdminHome } from "./pages/home/admin-home";
import { AdminOnboarding } from "./pages/home/admin-onboarding";
import { AdminInvitation } from "./pages/invitation/admin-invitation";
import { AdminNotFound } from "./pages/not-found/admin-not-found";
import { AdminNewOrganization } from "./pages/organizations/admin-new-organization";
import { AdminSignIn } from "./pages/sign-in/admin-sign-in";
import { AdminSubscription } from "./pages/subscriptions/admin-subscription";
import { AdminSubscriptions } from "./pages/subscriptions/admin-subscriptions";
import { AdminSubscriptionChange } from "./pages/subscriptions/subscription-change";
import { AdminApp } from "./shell/admin-app";
import { AdminLayout } from "./shell/admin-layout";

AdminChart.define("billing-admin-chart");
AdminConfirm.define("billing-admin-confirm");
AdminCopy.define("billing-admin-copy");
AdminMetric.define("billing-admin-metric");
AdminPageHeader.define("billing-admin-page-header");
AdminTable.define("billing-admin-table");
AdminHome.define("billing-admin-home");
AdminOnboarding.define("billing-admin-onboarding");
AdminInvitation.define("billing-admin-invitation");
AdminNotFound.define("billing-admin-not-found");
AdminNewOrganization.define("billing-admin-new-organization");
AdminSignIn.define("billing-admin-sign-in");
AdminCustomers.define("billing-admin-customers");
AdminCustomer.define("billing-admin-customer");
AdminCustomerEdit.define("billing-admin-customer-edit");
AdminRefund.define("billing-admin-refund");
AdminCustomerEntitlements.define("billing-admin-customer-entitlements");
AdminCustomerView.define("billing-admin-customer-view");
AdminSubscriptions.define("billing-admin-subscriptions");
AdminSubscription.define("billing-admin-subscription");
AdminSubscriptionChange.define("billing-admin-subscription-change");
AdminLayout.define("billing-admin-layout");
AdminApp.define("billing-admin-app");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-app": AdminApp;
    "billing-admin-chart": AdminChart;
    "billing-admin-confirm": AdminConfirm;
    "billing-admin-copy": AdminCopy;
    "billing-admin-metric": AdminMetric;
    "billing-admin-page-header": AdminPageHeader;
    "billing-admin-table": AdminTable<{ id: string }>;
    "billing-admin-home": AdminHome;
    "billing-admin-onboarding": AdminOnboarding;
    "billing-admin-invitation": AdminInvitation;
    "billing-admin-not-found": AdminNotFound;
    "billing-admin-new-organization": AdminNewOrganization;
    "billing-admin-sign-in": AdminSignIn;
    "billing-admin-layout": AdminLayout;
    "billing-admin-customers": AdminCustomers;
    "billing-admin-customer": AdminCustomer;
    "billing-admin-customer-edit": AdminCustomerEdit;
    "billing-admin-refund": AdminRefund;
    "billing-admin-customer-entitlements": AdminCustomerEntitlements;
    "billing-admin-customer-view": AdminCustomerView;
    "billing-admin-subscriptions": AdminSubscriptions;
    "billing-admin-subscription": AdminSubscription;
    "billing-admin-subscription-change": AdminSubscriptionChange;
  }
}
