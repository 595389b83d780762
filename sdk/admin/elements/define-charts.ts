// The charts and figures (uPlot): defined by the pages that draw them, on demand.
import { AdminChart } from "./admin-chart/admin-chart";
import { AdminCohortMap } from "./admin-cohort-map/admin-cohort-map";
import { AdminMetric } from "./admin-metric/admin-metric";

AdminChart.define("billing-admin-chart");
AdminCohortMap.define("billing-admin-cohort-map");
AdminMetric.define("billing-admin-metric");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-chart": AdminChart;
    "billing-admin-cohort-map": AdminCohortMap;
    "billing-admin-metric": AdminMetric;
  }
}
