// `@billingos/sdk`: every element (registered on import) and the headless client.
import "./components/billing-provider/define";

export * from "./client/index";
export { BillingProvider } from "./components/billing-provider/billing-provider";
