// The home pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import "../../elements/define-charts";
import "../../elements/define-sdk-elements";
import { AdminHome } from "./admin-home";
import { AdminOnboarding } from "./admin-onboarding";

AdminHome.define("billing-admin-home");
AdminOnboarding.define("billing-admin-onboarding");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-home": AdminHome;
    "billing-admin-onboarding": AdminOnboarding;
  }
}
