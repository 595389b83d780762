// The products pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import "../../elements/define-sdk-elements";
import { AdminNewProduct } from "./admin-new-product";
import { AdminPricingPreview } from "./admin-pricing-preview";
import { AdminProduct } from "./admin-product";
import { AdminProductGrants } from "./admin-product-grants";
import { AdminProductPrices } from "./admin-product-prices";
import { AdminProducts } from "./admin-products";
import { AdminMigrateSubscribers } from "./migrate-subscribers";
import { AdminPriceForm } from "./price-form";
import { AdminProductOrder } from "./product-order";

AdminProducts.define("billing-admin-products");
AdminNewProduct.define("billing-admin-new-product");
AdminProduct.define("billing-admin-product");
AdminProductPrices.define("billing-admin-product-prices");
AdminProductGrants.define("billing-admin-product-grants");
AdminPriceForm.define("billing-admin-price-form");
AdminMigrateSubscribers.define("billing-admin-migrate-subscribers");
AdminProductOrder.define("billing-admin-product-order");
AdminPricingPreview.define("billing-admin-pricing-preview");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-products": AdminProducts;
    "billing-admin-new-product": AdminNewProduct;
    "billing-admin-product": AdminProduct;
    "billing-admin-product-prices": AdminProductPrices;
    "billing-admin-product-grants": AdminProductGrants;
    "billing-admin-price-form": AdminPriceForm;
    "billing-admin-migrate-subscribers": AdminMigrateSubscribers;
    "billing-admin-product-order": AdminProductOrder;
    "billing-admin-pricing-preview": AdminPricingPreview;
  }
}
