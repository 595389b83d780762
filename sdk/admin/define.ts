// Registers every admin element (the admin is one script, so one place defines them all).
import "../components/billing-dialog/define";
import "../components/billing-pricing-table/define";
import { AdminChart } from "./elements/admin-chart/admin-chart";
import { AdminConfirm } from "./elements/admin-confirm/admin-confirm";
import { AdminCopy } from "./elements/admin-copy/admin-copy";
import { AdminMetric } from "./elements/admin-metric/admin-metric";
import { AdminPageHeader } from "./elements/admin-page-header/admin-page-header";
import { AdminTable } from "./elements/admin-table/admin-table";
import { AdminApiKeys } from "./pages/api-keys/admin-api-keys";
import { AdminHome } from "./pages/home/admin-home";
import { AdminOnboarding } from "./pages/home/admin-onboarding";
import { AdminInvitation } from "./pages/invitation/admin-invitation";
import { AdminNotFound } from "./pages/not-found/admin-not-found";
import { AdminNewOrganization } from "./pages/organizations/admin-new-organization";
import { AdminNewProduct } from "./pages/products/admin-new-product";
import { AdminPricingPreview } from "./pages/products/admin-pricing-preview";
import { AdminProduct } from "./pages/products/admin-product";
import { AdminProductGrants } from "./pages/products/admin-product-grants";
import { AdminProductPrices } from "./pages/products/admin-product-prices";
import { AdminProducts } from "./pages/products/admin-products";
import { AdminSignIn } from "./pages/sign-in/admin-sign-in";
import { AdminTeam } from "./pages/team/admin-team";
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
AdminProducts.define("billing-admin-products");
AdminNewProduct.define("billing-admin-new-product");
AdminProduct.define("billing-admin-product");
AdminProductPrices.define("billing-admin-product-prices");
AdminProductGrants.define("billing-admin-product-grants");
AdminPricingPreview.define("billing-admin-pricing-preview");
AdminApiKeys.define("billing-admin-api-keys");
AdminTeam.define("billing-admin-team");
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
    "billing-admin-products": AdminProducts;
    "billing-admin-new-product": AdminNewProduct;
    "billing-admin-product": AdminProduct;
    "billing-admin-product-prices": AdminProductPrices;
    "billing-admin-product-grants": AdminProductGrants;
    "billing-admin-pricing-preview": AdminPricingPreview;
    "billing-admin-api-keys": AdminApiKeys;
    "billing-admin-team": AdminTeam;
    "billing-admin-layout": AdminLayout;
  }
}
