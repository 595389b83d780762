// The team pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import { AdminTeam } from "./admin-team";

AdminTeam.define("billing-admin-team");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-team": AdminTeam;
  }
}
