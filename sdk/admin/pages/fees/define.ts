// The fees pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import "../../elements/define-charts";
import { AdminFees } from "./admin-fees";

AdminFees.define("billing-admin-fees");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-fees": AdminFees;
  }
}
