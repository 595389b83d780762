// The elements of the first load (main.ts): the shell, the building blocks every page uses, the
// screens before a page (sign-in, invitation, new organisation, not found) and the customers list.
// Every other page defines its elements in its folder's define.ts, loaded on demand (pages/index.ts).
import "../components/billing-dialog/define";
import { AdminConfirm } from "./elements/admin-confirm/admin-confirm";
import { AdminCopy } from "./elements/admin-copy/admin-copy";
import { AdminPageHeader } from "./elements/admin-page-header/admin-page-header";
import { AdminTable } from "./elements/admin-table/admin-table";
import { AdminCustomers } from "./pages/customers/admin-customers";
import { AdminInvitation } from "./pages/invitation/admin-invitation";
import { AdminNotFound } from "./pages/not-found/admin-not-found";
import { AdminNewOrganization } from "./pages/organizations/admin-new-organization";
import { AdminSignIn } from "./pages/sign-in/admin-sign-in";
import { AdminApp } from "./shell/admin-app";
import { AdminLayout } from "./shell/admin-layout";

AdminConfirm.define("billing-admin-confirm");
AdminCopy.define("billing-admin-copy");
AdminPageHeader.define("billing-admin-page-header");
AdminTable.define("billing-admin-table");
AdminNotFound.define("billing-admin-not-found");
AdminNewOrganization.define("billing-admin-new-organization");
AdminInvitation.define("billing-admin-invitation");
AdminSignIn.define("billing-admin-sign-in");
AdminCustomers.define("billing-admin-customers");
AdminLayout.define("billing-admin-layout");
AdminApp.define("billing-admin-app");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-confirm": AdminConfirm;
    "billing-admin-copy": AdminCopy;
    "billing-admin-page-header": AdminPageHeader;
    "billing-admin-table": AdminTable<{ id: string }>;
    "billing-admin-not-found": AdminNotFound;
    "billing-admin-new-organization": AdminNewOrganization;
    "billing-admin-invitation": AdminInvitation;
    "billing-admin-sign-in": AdminSignIn;
    "billing-admin-customers": AdminCustomers;
    "billing-admin-layout": AdminLayout;
    "billing-admin-app": AdminApp;
  }
}
