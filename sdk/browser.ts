// The all-in-one script (`<script src="…/sdk/billingos.js">`): registers every element and exposes
// the headless client as `window.BillingOS`.
export * from "./index";
