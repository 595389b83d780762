// The analytics pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import "../../elements/define-charts";
import { AdminAnalytics } from "./admin-analytics";
import { AdminAnalyticsSection } from "./analytics-section";

AdminAnalytics.define("billing-admin-analytics");
AdminAnalyticsSection.define("billing-admin-analytics-section");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-analytics": AdminAnalytics;
    "billing-admin-analytics-section": AdminAnalyticsSection;
  }
}
