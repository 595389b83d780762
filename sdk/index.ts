// `@billingos/sdk`: every element (registered on import) and the headless client.
import "./components/billing-provider/define";
import "./components/billing-checkout/define";

export * from "./client/index";
export { BillingCheckout } from "./components/billing-checkout/billing-checkout";
export { BillingProvider } from "./components/billing-provider/billing-provider";
export type { CheckoutCompleteDetail, CheckoutErrorDetail } from "./events/checkout-events";
