// The subscriptions pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import "../../elements/define-sdk-elements";
import { AdminSubscription } from "./admin-subscription";
import { AdminSubscriptions } from "./admin-subscriptions";
import { AdminSubscriptionChange } from "./subscription-change";

AdminSubscriptions.define("billing-admin-subscriptions");
AdminSubscription.define("billing-admin-subscription");
AdminSubscriptionChange.define("billing-admin-subscription-change");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-subscriptions": AdminSubscriptions;
    "billing-admin-subscription": AdminSubscription;
    "billing-admin-subscription-change": AdminSubscriptionChange;
  }
}
